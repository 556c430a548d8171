// What a field path means where it is used: looked up in the innermost #each item first, then outwards.
import { type FieldType, findMember, knownNames, readValue, type TemplateShape } from './shape';
import { closestName } from './suggest';

/** One level of context: the document's data, or one item of an #each (with its position). */
export interface Scope {
  readonly shape: TemplateShape;
  readonly data: unknown;
  /** 0-based position and count, inside an #each. */
  readonly index?: number;
  readonly count?: number;
}

/** What a path resolved to, with its value when data is present. */
export type Resolution =
  | { readonly kind: 'field'; readonly type: FieldType; readonly value: unknown }
  | {
      readonly kind: 'relation';
      readonly name: string;
      readonly shape: TemplateShape;
      readonly value: unknown;
    }
  | {
      readonly kind: 'list';
      readonly name: string;
      readonly shape: TemplateShape;
      readonly items: readonly unknown[];
    }
  | { readonly kind: 'unknown'; readonly message: string };

/** Resolves a path against the scopes, innermost last in the array. */
export function resolvePath(path: readonly string[], scopes: readonly Scope[]): Resolution {
  const inner = scopes[scopes.length - 1];
  const [head = '', ...rest] = path;
  const word = head.toLowerCase();
  if (word === '@number' || word === '@count') return positional(word, scopes);
  if (word === 'this' && inner) {
    if (rest.length > 0) return walk(inner.shape, inner.data, rest, rest);
    if (inner.shape.scalar) return { kind: 'field', type: inner.shape.scalar, value: inner.data };
    return { kind: 'unknown', message: '{{this}} needs a field name here, e.g. {{this.Name}}' };
  }
  // Innermost first; a plain field cannot take `.Part`, so `{{Branch.Name}}` inside an issue (which has a
  // Branch field) still reaches the document's Branch record.
  const holders = [...scopes].reverse().filter((scope) => findMember(scope.shape, head));
  const fits = holders.find((scope) => rest.length === 0 || findMember(scope.shape, head)?.kind !== 'field');
  const scope = fits ?? holders[0];
  if (scope) return walk(scope.shape, scope.data, path, path);
  return unknown(
    path,
    scopes.flatMap((each) => knownNames(each.shape)),
  );
}

/** Follows a path down relations; only the last step may be a field or a list. */
function walk(
  shape: TemplateShape,
  data: unknown,
  path: readonly string[],
  whole: readonly string[],
): Resolution {
  const [head = '', ...rest] = path;
  const member = findMember(shape, head);
  if (!member)
    return unknown(
      whole,
      knownNames(shape).map((name) => prefix(whole, path) + name),
    );
  if (member.kind === 'relation') {
    const value = readValue(data, member.name);
    if (rest.length === 0) return { kind: 'relation', name: member.name, shape: member.shape, value };
    return walk(member.shape, value, rest, whole);
  }
  if (rest.length > 0)
    return {
      kind: 'unknown',
      message: `{{${whole.join('.')}}}: ${member.name} has no parts to pick with "."`,
    };
  if (member.kind === 'list') {
    const value = readValue(data, member.name);
    return { kind: 'list', name: member.name, shape: member.shape, items: Array.isArray(value) ? value : [] };
  }
  return { kind: 'field', type: member.spec.type, value: readValue(data, member.name, member.spec.aliases) };
}

/** The already-walked part of a path, as `Member.`, for suggestions. */
function prefix(whole: readonly string[], remaining: readonly string[]): string {
  const walked = whole.slice(0, whole.length - remaining.length);
  return walked.length > 0 ? `${walked.join('.')}.` : '';
}

function positional(word: string, scopes: readonly Scope[]): Resolution {
  const item = [...scopes].reverse().find((scope) => scope.index !== undefined);
  if (!item) return { kind: 'unknown', message: `{{${word}}} only works inside {{#each …}}` };
  const value = word === '@number' ? item.index! + 1 : item.count!;
  return { kind: 'field', type: 'number', value };
}

function unknown(path: readonly string[], known: readonly string[]): Resolution {
  const typed = path.join('.');
  const suggestion = closestName(typed, known);
  const hint = suggestion ? `did you mean {{${suggestion}}}?` : 'no field has this name here';
  return { kind: 'unknown', message: `{{${typed}}}: ${hint}` };
}

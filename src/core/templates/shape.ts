// Template shapes: which fields, related records and lists a kind of document can use, found by forgiving names.
import { headerKey } from '../headerKey';

/** How a field's value is shown when the template gives no format. */
export type FieldType =
  | 'text'
  | 'longText'
  | 'date'
  | 'dateTime'
  | 'money'
  | 'number'
  | 'boolean'
  | 'email'
  | 'phone'
  | 'url';

/** One field a template may name, with the other names volunteers might type for it. */
export interface FieldSpec {
  /** Canonical name: the spreadsheet header, and the key in the data. */
  readonly name: string;
  readonly aliases?: readonly string[];
  readonly type: FieldType;
}

/**
 * What a template may refer to. `relations` are single related records (`{{Member.Name}}`), `lists` are
 * repeated records (`{{#each Issues}}`). A list of plain values (not records) sets `scalar` to their type and is
 * read with `{{this}}`.
 */
export interface TemplateShape {
  readonly fields: readonly FieldSpec[];
  readonly relations?: Readonly<Record<string, TemplateShape>>;
  readonly lists?: Readonly<Record<string, TemplateShape>>;
  readonly scalar?: FieldType;
}

/** A field, relation or list found in a shape under its canonical name. */
export type ShapeMember =
  | { readonly kind: 'field'; readonly name: string; readonly spec: FieldSpec }
  | { readonly kind: 'relation'; readonly name: string; readonly shape: TemplateShape }
  | { readonly kind: 'list'; readonly name: string; readonly shape: TemplateShape };

/** Finds what a typed name means in a shape, ignoring case, spacing and punctuation, and honouring aliases. */
export function findMember(shape: TemplateShape, typed: string): ShapeMember | undefined {
  const key = headerKey(typed);
  if (key === '') return undefined;
  for (const spec of shape.fields) {
    if (headerKey(spec.name) === key || (spec.aliases ?? []).some((alias) => headerKey(alias) === key))
      return { kind: 'field', name: spec.name, spec };
  }
  for (const [name, related] of Object.entries(shape.relations ?? {}))
    if (headerKey(name) === key) return { kind: 'relation', name, shape: related };
  for (const [name, listShape] of Object.entries(shape.lists ?? {}))
    if (headerKey(name) === key) return { kind: 'list', name, shape: listShape };
  return undefined;
}

/** Every name a template can use directly in this shape, with relation fields as `Relation.Field`. */
export function knownNames(shape: TemplateShape): string[] {
  const names = shape.fields.map((spec) => spec.name);
  for (const [name, related] of Object.entries(shape.relations ?? {})) {
    names.push(name);
    for (const spec of related.fields) names.push(`${name}.${spec.name}`);
  }
  names.push(...Object.keys(shape.lists ?? {}));
  return names;
}

/**
 * Reads a value from a record by canonical name, falling back to a forgiving match on its keys, so data built
 * from slightly different headers ("E-mail" for "Email") still fills the document.
 */
export function readValue(record: unknown, name: string, aliases: readonly string[] = []): unknown {
  if (record === null || typeof record !== 'object' || Array.isArray(record) || record instanceof Date)
    return undefined;
  const fields = record as Record<string, unknown>;
  if (name in fields) return fields[name];
  const keys = new Set([name, ...aliases].map(headerKey));
  for (const [key, value] of Object.entries(fields)) if (keys.has(headerKey(key))) return value;
  return undefined;
}

// Reads what is inside one {{ }}: a field with formats and a default, or a block marker (#each, #if, else, /if).

/** Block kinds: repeat per item, or show when a value is (or is not) filled in. */
export type BlockKind = 'each' | 'if' | 'unless';

/** Formats a field can be shown in; the option is what follows the colon (`date:short`). */
export type FormatName = 'date' | 'datetime' | 'time' | 'gbp' | 'number' | 'upper' | 'lower';

/** One `|format` step. */
export interface Format {
  readonly name: FormatName;
  readonly option?: string;
}

/** `{{Path.To.Field|format|default:"text"}}`. */
export interface FieldTag {
  readonly kind: 'field';
  readonly path: readonly string[];
  readonly formats: readonly Format[];
  /** Shown when the value is empty. */
  readonly fallback?: string;
}

/** `{{#each X}}`, `{{#if X}}`, `{{#unless X}}`. */
export interface OpenTag {
  readonly kind: 'open';
  readonly block: BlockKind;
  readonly path: readonly string[];
}

/** `{{else}}`. */
export interface ElseTag {
  readonly kind: 'else';
}

/** `{{/each}}`, `{{/if}}`, `{{/unless}}`. */
export interface CloseTag {
  readonly kind: 'close';
  readonly block: BlockKind;
}

/** Anything that can sit between `{{` and `}}`. */
export type Tag = FieldTag | OpenTag | ElseTag | CloseTag;

/** A tag, or why its text could not be read. */
export type TagResult =
  | { readonly ok: true; readonly tag: Tag }
  | { readonly ok: false; readonly message: string };

const FORMAT_OPTIONS: Readonly<Record<FormatName, readonly string[]>> = {
  date: ['', 'short', 'long', 'weekday'],
  datetime: [''],
  time: [''],
  gbp: ['', 'pence'],
  number: [''],
  upper: [''],
  lower: [''],
};

const BLOCKS: readonly BlockKind[] = ['each', 'if', 'unless'];

/** Docs turns typed straight quotes into curly ones, so both open and close a default's text. */
const QUOTES = /^["'\u201c\u201d\u2018\u2019]([\s\S]*)["'\u201c\u201d\u2018\u2019]$/;

/** Reads the text between `{{` and `}}` (without the braces). */
export function parseTag(inner: string): TagResult {
  const text = inner.trim();
  if (text === '') return { ok: false, message: 'empty {{ }}: put a field name inside' };
  if (text === 'else') return { ok: true, tag: { kind: 'else' } };
  if (text.startsWith('#') || text.startsWith('/')) return parseBlockTag(text);
  return parseFieldTag(text);
}

function parseBlockTag(text: string): TagResult {
  const [word = '', ...rest] = text.slice(1).trim().split(/\s+/);
  const block = BLOCKS.find((kind) => kind === word.toLowerCase());
  if (!block) return { ok: false, message: `{{${text}}}: blocks are #each, #if and #unless` };
  if (text.startsWith('/')) {
    if (rest.length > 0) return { ok: false, message: `{{${text}}}: write just {{/${block}}}` };
    return { ok: true, tag: { kind: 'close', block } };
  }
  const name = rest.join(' ');
  if (name === '') return { ok: false, message: `{{${text}}}: say which field, e.g. {{#${block} Issues}}` };
  return { ok: true, tag: { kind: 'open', block, path: splitPath(name) } };
}

function parseFieldTag(text: string): TagResult {
  const [name = '', ...steps] = splitPipes(text);
  if (name.trim() === '') return { ok: false, message: `{{${text}}}: the field name is missing` };
  const formats: Format[] = [];
  let fallback: string | undefined;
  for (const step of steps) {
    const colon = step.indexOf(':');
    const word = (colon < 0 ? step : step.slice(0, colon)).trim().toLowerCase();
    const option = colon < 0 ? '' : step.slice(colon + 1).trim();
    if (word === 'default') {
      fallback = option.replace(QUOTES, '$1');
      continue;
    }
    const format = toFormat(word, option.toLowerCase());
    if (!format)
      return { ok: false, message: `{{${text}}}: unknown format "${step.trim()}"; ${FORMAT_HELP}` };
    formats.push(format);
  }
  const tag: FieldTag = {
    kind: 'field',
    path: splitPath(name),
    formats,
    ...(fallback !== undefined && { fallback }),
  };
  return { ok: true, tag };
}

const FORMAT_HELP =
  'formats are date, date:short, date:weekday, datetime, time, gbp, gbp:pence, number, upper, lower and default:"…"';

function toFormat(word: string, option: string): Format | undefined {
  if (!(word in FORMAT_OPTIONS)) return undefined;
  const name = word as FormatName;
  if (!FORMAT_OPTIONS[name].includes(option)) return undefined;
  return option === '' ? { name } : { name, option };
}

/** `Member . Name` -> ['Member', 'Name']. */
function splitPath(name: string): string[] {
  return name.split('.').map((part) => part.trim());
}

/** Splits on `|` outside a quoted option, so a default text may itself contain a bar or an apostrophe. */
function splitPipes(text: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quote: string | undefined;
  for (const char of text) {
    if (quote) {
      if (QUOTE_PAIRS[quote]?.includes(char)) quote = undefined;
    } else if (char in QUOTE_PAIRS && current.trimEnd().endsWith(':')) quote = char;
    else if (char === '|') {
      parts.push(current);
      current = '';
      continue;
    }
    current += char;
  }
  parts.push(current);
  return parts;
}

const QUOTE_PAIRS: Readonly<Record<string, string>> = {
  '"': '"\u201d',
  '\u201c': '\u201d"',
  "'": "'\u2019",
  '\u2018': "\u2019'",
};

/** Writes a tag back as a volunteer would have typed it, for messages. */
export function tagLabel(tag: Tag): string {
  switch (tag.kind) {
    case 'field':
      return `{{${tag.path.join('.')}}}`;
    case 'open':
      return `{{#${tag.block} ${tag.path.join('.')}}}`;
    case 'else':
      return '{{else}}';
    case 'close':
      return `{{/${tag.block}}}`;
  }
}

// The field checks every side-panel payload goes through: plain objects, text within limits, real dates, allowed choices, ids.
import { parseUkDate } from '../core/normalise/dates';
import { cleanLine, cleanParagraph } from '../core/normalise/text';

/** The longest text the side panel may send in one field (a cell holds 50,000; a note needs far less). */
export const MAX_TEXT = 5000;

/** A payload object, before its fields are checked. */
export type Fields = Readonly<Record<string, unknown>>;

/** A plain object with only the expected keys, or a refusal naming what was sent. */
export function fieldsOf(raw: unknown, what: string, keys: readonly string[]): Fields {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw))
    throw new Error(`The side panel sent ${what} in a form Solidarity Desk does not understand. Reload it.`);
  const unknown = Object.keys(raw).filter((k) => !keys.includes(k));
  if (unknown.length > 0)
    throw new Error(`The side panel sent ${what} with unexpected fields (${unknown.join(', ')}). Reload it.`);
  return raw as Fields;
}

/** How a text field is checked. */
export interface TextRule {
  readonly label: string;
  readonly required?: boolean;
  readonly multiline?: boolean;
  readonly max?: number;
}

/** A text field: strings only, tidied, within the length limit; '' when optional and empty. */
export function textField(fields: Fields, key: string, rule: TextRule): string {
  const raw = fields[key];
  if (raw !== undefined && raw !== null && typeof raw !== 'string')
    throw new Error(`"${rule.label}" must be text.`);
  const text = rule.multiline ? cleanParagraph(raw ?? '') : cleanLine(raw ?? '');
  const max = rule.max ?? MAX_TEXT;
  if (text.length > max)
    throw new Error(`"${rule.label}" is ${text.length} characters long: keep it under ${max}.`);
  if (rule.required && text === '') throw new Error(`Fill in "${rule.label}".`);
  return text;
}

/** A calendar day written YYYY-MM-DD (what `<input type="date">` sends), checked to exist; null when empty. */
export function dayField(fields: Fields, key: string, label: string, required: boolean): string | null {
  const text = textField(fields, key, { label, max: 100 });
  if (text === '') {
    if (required) throw new Error(`Give a date for "${label}".`);
    return null;
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text) || !parseUkDate(text))
    throw new Error(`"${label}" must be a date like 2026-04-03, not "${text}".`);
  return text;
}

/** One of a list of allowed values, exactly as the dropdown spells it. */
export function choiceField<T extends string>(
  fields: Fields,
  key: string,
  label: string,
  values: readonly T[],
): T {
  const text = textField(fields, key, { label, required: true, max: 200 });
  const match = values.find((v) => v === text);
  if (!match) throw new Error(`"${text}" is not a choice for "${label}": choose ${values.join(', ')}.`);
  return match;
}

/** A record id such as ISS-0042, in the table's own prefix. */
export function parseId(raw: unknown, prefix: string, label: string): string {
  const text = typeof raw === 'string' ? raw.trim() : '';
  if (!new RegExp(`^${prefix}-\\d{1,9}$`).test(text))
    throw new Error(
      `${label} must be an id like ${prefix}-0042${text ? `, not "${text.slice(0, 40)}"` : ''}.`,
    );
  return text;
}

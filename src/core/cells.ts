// Cell values in and out of the sheet: user text never becomes a formula, numbers and dates stay themselves.
import type { ColumnSpec, ColumnType } from './schema/types';

/** What a cell holds, as Apps Script returns it: '' for empty. */
export type CellValue = string | number | boolean | Date;

/** One record as canonical header -> value ('' when empty). */
export type RecordValues = Readonly<Record<string, CellValue>>;

/** True for a Date from any realm (the local runtime and Apps Script both return real Dates). */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/** Characters that make Sheets treat typed text as a formula (OWASP CSV injection list, plus '+'/'-'). */
const FORMULA_START = /^[=+\-@\t\r\n]/;
/**
 * Text Sheets might turn into a number, date, time, currency or boolean when typed in. Deliberately broad
 * (anything starting with a digit, a currency sign or a month name): an extra apostrophe is hidden and is
 * not part of the value read back, while a missed one changes the data (checked against the local fake's
 * parser with property tests).
 */
const PARSEABLE =
  /^\s*[(£$€.\d]|^\s*(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|^\s*(true|false)\s*$/i;
/^\s*[-+(]?\s*[£$€]?\s*[\d.,]+(\s*[%)])?\s*$|^\s*\d{1,4}[/.-]\d{1,2}([/.-]\d{1,4})?(\s+\d{1,2}:\d{2}(:\d{2})?)?\s*$|^\s*\d{1,2}:\d{2}(:\d{2})?\s*(am|pm)?\s*$|^\s*(true|false)\s*$/i;

/**
 * Text made safe to write: a leading apostrophe makes Sheets keep it as literal text (hidden, and not
 * part of the value read back) when it would otherwise become a formula, a number or a date.
 * "+44 7700 900123" stays a phone number; "=HYPERLINK(...)" stays words.
 */
export function neutraliseText(text: string): string {
  if (text === '') return '';
  if (FORMULA_START.test(text) || PARSEABLE.test(text) || text.startsWith("'")) return `'${text}`;
  return text;
}

const TEXT_TYPES: ReadonlySet<ColumnType> = new Set([
  'id',
  'ref',
  'text',
  'longText',
  'email',
  'phone',
  'postcode',
  'enum',
  'url',
]);

/**
 * A value as the cell should hold it (what reading it back gives): '' for missing, Yes/No for booleans,
 * numbers as text in text columns. Text is not yet neutralised: see `toCell`.
 */
export function cellLiteral(value: unknown, column: Pick<ColumnSpec, 'type'>): CellValue {
  if (value === null || value === undefined || value === '') return '';
  if (isDate(value)) return Number.isNaN(value.getTime()) ? '' : value;
  // Yes/No words, not TRUE/FALSE: they read well on a phone and match the column's dropdown.
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return '';
    return TEXT_TYPES.has(column.type) ? String(value) : value;
  }
  return textOf(value);
}

/**
 * Any value as text, never throwing: an object without a usable toString (one parsed from JSON can have
 * `"toString": null`) is written as its JSON, or as nothing.
 */
function textOf(value: unknown): string {
  try {
    return String(value);
  } catch {
    try {
      return JSON.stringify(value) ?? '';
    } catch {
      return '';
    }
  }
}

/** Text made safe to write; other values unchanged. Apply to every string on its way into a sheet. */
export function forSheet(value: CellValue): CellValue {
  return typeof value === 'string' ? neutraliseText(value) : value;
}

/** The value to write into a column's cell, with text neutralised; null/undefined become ''. */
export function toCell(value: unknown, column: Pick<ColumnSpec, 'type'>): CellValue {
  return forSheet(cellLiteral(value, column));
}

/** Reads a cell as text: numbers the sheet parsed (e.g. a phone typed by hand) come back as their digits. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (isDate(value)) return value.toISOString();
  return textOf(value);
}

/** Reads a money cell: numbers as they are, text like "£1,200.50" parsed; '' or unparseable gives null. */
export function cellMoney(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  const text = cellText(value)
    .replace(/[£,\s]/g, '')
    .replace(/^GBP/i, '');
  if (text === '' || !/^-?\d+(\.\d+)?$/.test(text)) return null;
  return Number(text);
}

/** Reads a boolean cell: checkboxes give booleans; volunteers type Yes/No/Y/N/TRUE/x. */
export function cellBoolean(value: unknown): boolean {
  if (typeof value === 'boolean') return value;
  return /^(yes|y|true|x|✓|1)$/i.test(cellText(value).trim());
}

/** Reads a date cell: a Date as is; '' gives null; text is left to the caller (see core/normalise/dates). */
export function cellDate(value: unknown): Date | null {
  return isDate(value) && !Number.isNaN(value.getTime()) ? value : null;
}

/** The message of anything thrown (Apps Script errors may come from another realm, so no instanceof). */
export function errorMessage(error: unknown): string {
  const message = (error as { message?: unknown } | null)?.message;
  return typeof message === 'string' ? message : String(error);
}

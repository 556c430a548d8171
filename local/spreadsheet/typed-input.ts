// Values written by a script are read like text typed into a UK-locale sheet (USER_ENTERED parsing).
import type { CellValue } from './cell';
import { evaluateFormula } from './formula';
import { instantOf, wallClockOf } from './timezone';

/** The content a write leaves in a cell. */
export interface Entry {
  readonly value: CellValue;
  readonly formula?: string;
  readonly quotePrefix?: boolean;
  /** The format Sheets applies on its own when it recognises a number, date, currency or percent. */
  readonly numberFormat?: string;
}

/** What parsing needs to know about the target cell and the spreadsheet. */
export interface EntryContext {
  readonly timeZone: string;
  readonly now: Date;
  /** The cell's number format is plain text `@`: strings are kept exactly. */
  readonly plainText: boolean;
}

/** Format Sheets gives a cell when a script writes a JS Date into it (UK locale date-time). */
export const DATE_TIME_FORMAT = 'dd/mm/yyyy hh:mm:ss';

const NUMBER = /^([+-]?)([£$€]?)([+-]?)(\d{1,3}(?:,\d{3})+|\d*)(\.\d*)?(e[+-]?\d+)?(%?)$/i;

function parseNumber(text: string): Entry | null {
  const m = NUMBER.exec(text);
  if (!m) return null;
  const [, sign1, currency, sign2, whole, fraction = '', exponent = '', percent] = m;
  if (sign1 && sign2) return null;
  if (!/\d/.test(`${whole}${fraction}`) || (currency && (exponent || percent))) return null;
  let value = Number(`${whole!.replace(/,/g, '')}${fraction === '.' ? '' : fraction}${exponent}`);
  if (sign1 === '-' || sign2 === '-') value = -value;
  if (percent) value /= 100;
  const decimals = fraction.length > 1 ? '.00' : '';
  let numberFormat: string | undefined;
  if (currency) numberFormat = `${currency}#,##0.00`;
  else if (percent) numberFormat = decimals ? '0.00%' : '0%';
  else if (exponent) numberFormat = '0.00E+00';
  else if (whole!.includes(',')) numberFormat = `#,##0${decimals}`;
  return numberFormat ? { value, numberFormat } : { value };
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const TIME = String.raw`(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(am|pm)?`;
const DMY = new RegExp(String.raw`^(\d{1,2})[/-](\d{1,2})(?:[/-](\d{2}|\d{4}))?(?:\s+${TIME})?$`, 'i');
const YMD = new RegExp(String.raw`^(\d{4})[/-](\d{1,2})[/-](\d{1,2})(?:[\sT]+${TIME})?$`, 'i');
const DAY_MONTH_NAME = /^(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]{3,9})\.?,?\s+(\d{4})$/i;
const MONTH_NAME_DAY = /^([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/i;
const TIME_ONLY = new RegExp(`^${TIME}$`, 'i');

function fullYear(text: string | undefined, now: Date, timeZone: string): number {
  if (text === undefined) return wallClockOf(now, timeZone).year;
  const y = Number(text);
  if (text.length === 4) return y;
  return y < 30 ? 2000 + y : 1900 + y;
}

function monthIndex(name: string): number {
  const i = MONTHS.indexOf(name.slice(0, 3).toLowerCase());
  const full = new Date(Date.UTC(2000, i, 1)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' });
  return i >= 0 && full.toLowerCase().startsWith(name.toLowerCase()) ? i + 1 : 0;
}

function hours(h: string | undefined, ampm: string | undefined): number {
  const n = Number(h ?? 0);
  if (!ampm) return n;
  return (n % 12) + (ampm.toLowerCase() === 'pm' ? 12 : 0);
}

interface DateParts {
  year: number;
  month: number;
  day: number;
  time?: RegExpExecArray | string[] | undefined;
  timeAt: number;
  format: string;
}

function buildDate(p: DateParts, timeZone: string): Entry | null {
  const t = p.time ?? [];
  const [h, mi, s] = [
    hours(t[p.timeAt], t[p.timeAt + 3]),
    Number(t[p.timeAt + 1] ?? 0),
    Number(t[p.timeAt + 2] ?? 0),
  ];
  const daysInMonth = new Date(Date.UTC(p.year, p.month, 0)).getUTCDate();
  if (p.month < 1 || p.month > 12 || p.day < 1 || p.day > daysInMonth || h > 23 || mi > 59 || s > 59)
    return null;
  const wall = { year: p.year, month: p.month, day: p.day, hour: h, minute: mi, second: s, millisecond: 0 };
  const hasTime = t[p.timeAt] !== undefined;
  return { value: instantOf(wall, timeZone), numberFormat: hasTime ? `${p.format} hh:mm:ss` : p.format };
}

function parseDate(text: string, ctx: EntryContext): Entry | null {
  let m = DMY.exec(text);
  if (m) {
    const year = fullYear(m[3], ctx.now, ctx.timeZone);
    const format = m[3] === undefined ? 'dd/mm' : 'dd/mm/yyyy';
    return buildDate(
      { year, month: Number(m[2]), day: Number(m[1]), time: m, timeAt: 4, format },
      ctx.timeZone,
    );
  }
  m = YMD.exec(text);
  if (m) {
    const parts = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
    return buildDate({ ...parts, time: m, timeAt: 4, format: 'yyyy-mm-dd' }, ctx.timeZone);
  }
  m = DAY_MONTH_NAME.exec(text) ?? MONTH_NAME_DAY.exec(text);
  if (m) {
    const dayFirst = /^\d/.test(m[1]!);
    const month = monthIndex(dayFirst ? m[2]! : m[1]!);
    const day = Number(dayFirst ? m[1] : m[2]);
    return month
      ? buildDate({ year: Number(m[3]), month, day, timeAt: 0, format: 'd mmmm yyyy' }, ctx.timeZone)
      : null;
  }
  m = TIME_ONLY.exec(text);
  if (m)
    return buildDate(
      { year: 1899, month: 12, day: 30, time: m, timeAt: 1, format: 'hh:mm:ss' },
      ctx.timeZone,
    );
  return null;
}

function parseText(raw: string, ctx: EntryContext): Entry {
  if (raw.startsWith("'")) return { value: raw.slice(1), quotePrefix: true };
  if (raw.startsWith('=') && raw.length > 1) return { value: evaluateFormula(raw), formula: raw };
  const trimmed = raw.trim();
  const asNumber = parseNumber(trimmed);
  if (asNumber && trimmed !== '') return asNumber;
  // Sheets reads typed text that opens with + or - as a formula: `+44 7700 900123` becomes #ERROR!.
  if (/^[+-]/.test(raw) && raw.length > 1) return { value: evaluateFormula(`=${raw}`), formula: `=${raw}` };
  const upper = trimmed.toUpperCase();
  if (upper === 'TRUE' || upper === 'FALSE') return { value: upper === 'TRUE' };
  return parseDate(trimmed, ctx) ?? { value: raw };
}

/**
 * The content a script write leaves in a cell. JS numbers, booleans and Dates are stored as they are;
 * strings are parsed as typed text (formulas, numbers, booleans, UK dates, apostrophe = forced text)
 * unless the cell is formatted as plain text `@`. null and undefined clear the cell.
 */
export function enter(input: unknown, ctx: EntryContext): Entry {
  if (input === null || input === undefined || input === '') return { value: '' };
  if (typeof input === 'number' || typeof input === 'boolean') return { value: input };
  if (input instanceof Date) return { value: new Date(input.getTime()) };
  const raw = String(input);
  if (ctx.plainText) return { value: raw };
  return parseText(raw, ctx);
}

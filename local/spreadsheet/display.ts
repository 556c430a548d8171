// What a cell shows (getDisplayValue): values rendered through Sheets number-format patterns.
import { monthName, weekdayName } from '../runtime/zone';
import type { Cell, CellValue } from './cell';
import { dateOfSerial, serialOf, wallClockOf } from './timezone';
import { DATE_TIME_FORMAT } from './typed-input';

type FormatToken = { kind: 'literal'; text: string } | { kind: 'part'; text: string };

const DATE_PART = /^(yyyy|yy|mmmmm|mmmm|mmm|mm|m|dddd|ddd|dd|d|hh|h|ss|s|am\/pm|a\/p|\.0+)/i;

function tokenizeDate(format: string): FormatToken[] {
  const tokens: FormatToken[] = [];
  let i = 0;
  while (i < format.length) {
    const rest = format.slice(i);
    if (rest.startsWith('"')) {
      const end = rest.indexOf('"', 1);
      const text = end < 0 ? rest.slice(1) : rest.slice(1, end);
      tokens.push({ kind: 'literal', text });
      i += end < 0 ? rest.length : end + 1;
      continue;
    }
    if (rest.startsWith('\\')) {
      tokens.push({ kind: 'literal', text: rest.charAt(1) });
      i += 2;
      continue;
    }
    const m = DATE_PART.exec(rest);
    if (m) tokens.push({ kind: 'part', text: m[1]!.toLowerCase() });
    else tokens.push({ kind: 'literal', text: rest.charAt(0) });
    i += m ? m[1]!.length : 1;
  }
  return tokens;
}

/** True when a pattern formats dates or times (it has date parts and no digit placeholders). */
export function isDateFormat(format: string | undefined): boolean {
  if (!format || format.toLowerCase() === 'general' || format === '@') return false;
  const bare = format.replace(/"[^"]*"/g, '').replace(/\\./g, '');
  return /[dymhs]/i.test(bare) && !/[0#?]/.test(bare.replace(/\.0+/g, ''));
}

function isMinute(tokens: FormatToken[], at: number): boolean {
  const parts = tokens.map((t, i) => ({ t, i })).filter(({ t }) => t.kind === 'part');
  const k = parts.findIndex(({ i }) => i === at);
  const before = parts[k - 1]?.t.text ?? '';
  const after = parts[k + 1]?.t.text ?? '';
  return before.startsWith('h') || after.startsWith('s');
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** Formats an instant with a date/time pattern, on the wall clock of the spreadsheet's time zone. */
export function formatDate(date: Date, format: string, timeZone: string): string {
  const w = wallClockOf(date, timeZone);
  const tokens = tokenizeDate(format);
  const twelve = tokens.some((t) => t.kind === 'part' && (t.text === 'am/pm' || t.text === 'a/p'));
  const hour = twelve ? ((w.hour + 11) % 12) + 1 : w.hour;
  return tokens
    .map((t, i) => {
      if (t.kind === 'literal') return t.text;
      const minute = (t.text === 'm' || t.text === 'mm') && isMinute(tokens, i);
      if (minute) return t.text === 'mm' ? pad(w.minute, 2) : String(w.minute);
      if (t.text.startsWith('.')) return `.${pad(w.millisecond, 3).slice(0, t.text.length - 1)}`;
      const parts: Record<string, string> = {
        yyyy: String(w.year),
        yy: pad(w.year % 100, 2),
        mmmmm: monthName(w.month).charAt(0),
        mmmm: monthName(w.month),
        mmm: monthName(w.month).slice(0, 3),
        mm: pad(w.month, 2),
        m: String(w.month),
        dddd: weekdayName(w.weekday),
        ddd: weekdayName(w.weekday).slice(0, 3),
        dd: pad(w.day, 2),
        d: String(w.day),
        hh: pad(hour, 2),
        h: String(hour),
        ss: pad(w.second, 2),
        s: String(w.second),
        'am/pm': w.hour < 12 ? 'AM' : 'PM',
        'a/p': w.hour < 12 ? 'A' : 'P',
      };
      return parts[t.text] ?? t.text;
    })
    .join('');
}

/** Numbers as Sheets' automatic format shows them (no float noise such as 0.30000000000000004). */
export function generalNumber(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e15) return String(n);
  return String(Number.parseFloat(n.toPrecision(15)));
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Formats a number with a digit pattern such as `0`, `#,##0.00`, `£#,##0.00`, `0%`, `0.00E+00`. */
export function formatNumber(n: number, format: string): string {
  const sections = format.split(';');
  const section = (n < 0 && sections[1] ? sections[1] : sections[0])!;
  const signed = n < 0 && !sections[1];
  const bare = section.replace(/"[^"]*"/g, '');
  let value = Math.abs(n) * (bare.includes('%') ? 100 : 1);
  const m = /[0#?][0#?,]*(?:\.[0#?]*)?(?:E[+-]0+)?|\.[0#?]+/i.exec(section);
  if (!m) return section.replace(/"([^"]*)"/g, '$1');
  const pattern = m[0];
  const [intPart, fracPart = ''] = pattern.replace(/E.*$/i, '').split('.');
  const decimals = fracPart.length;
  let body: string;
  if (/E/i.test(pattern)) {
    body = value
      .toExponential(decimals)
      .toUpperCase()
      .replace(/E([+-])(\d)$/, 'E$10$2');
  } else {
    value = Number(value.toFixed(decimals));
    const [whole, frac] = value.toFixed(decimals).split('.');
    const minInt = (intPart!.match(/0/g) ?? []).length;
    let int = whole === '0' && minInt === 0 ? '' : whole!.padStart(minInt, '0');
    if (intPart!.includes(',')) int = groupThousands(int);
    body = frac === undefined ? int : `${int}.${frac}`;
  }
  const text = `${section.slice(0, m.index)}${body}${section.slice(m.index + pattern.length)}`;
  return `${signed ? '-' : ''}${text.replace(/"([^"]*)"/g, '$1').replace(/\\(.)/g, '$1')}`;
}

/** The text a value shows under a number format (Date values and serials alike). */
export function displayOf(value: CellValue, format: string | undefined, timeZone: string): string {
  if (value === '') return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  if (value instanceof Date) {
    if (format && !isDateFormat(format) && format !== '@' && format.toLowerCase() !== 'general') {
      return formatNumber(serialOf(value, timeZone), format);
    }
    return formatDate(value, isDateFormat(format) ? format! : DATE_TIME_FORMAT, timeZone);
  }
  if (isDateFormat(format)) return formatDate(dateOfSerial(value, timeZone), format!, timeZone);
  if (!format || format === '@' || format.toLowerCase() === 'general') return generalNumber(value);
  return formatNumber(value, format);
}

/** What `getDisplayValue` returns for a stored cell. */
export function displayValue(cell: Cell | undefined, timeZone: string): string {
  if (!cell) return '';
  return displayOf(cell.value, cell.numberFormat, timeZone);
}

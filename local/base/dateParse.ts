// Utilities.parseDate: Java SimpleDateFormat parsing (lenient, as Java's default) of the same patterns.
import { GasException } from '../runtime/errors';
import { MONTHS, type PatternToken, tokenize, WEEKDAYS } from './datePattern';
import { instantOf, resolveZone } from './zone';

interface Fields {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  pm: boolean | null;
  /** Minutes east of UTC when the text names its zone. */
  offset: number | null;
  twoDigitYear: boolean;
}

const NUMERIC = 'yYMLdDuHkKhmsS';

/** Java's message; whether Apps Script wraps it differently is UNCONFIRMED. */
function unparseable(text: string): GasException {
  return new GasException(`Unparseable date: "${text}"`);
}

class Cursor {
  pos = 0;
  constructor(readonly text: string) {}

  /** Digits: exactly `width` when the next field abuts this one (Java's rule), else as many as there are. */
  digits(width: number | null): number | null {
    const rest = this.text.slice(this.pos);
    const m = (width ? new RegExp(`^\\d{1,${width}}`) : /^\d+/).exec(rest);
    if (!m) return null;
    this.pos += m[0].length;
    return Number(m[0]);
  }

  /** The longest of `names` (case-insensitive) found here, as its index. */
  oneOf(names: readonly string[]): number | null {
    const rest = this.text.slice(this.pos).toLowerCase();
    let best: { index: number; length: number } | null = null;
    names.forEach((name, index) => {
      if (rest.startsWith(name.toLowerCase()) && (!best || name.length > best.length)) {
        best = { index, length: name.length };
      }
    });
    if (!best) return null;
    const found: { index: number; length: number } = best;
    this.pos += found.length;
    return found.index;
  }

  /** `Z`, `+01`, `+0100`, `+01:00`, `GMT`, `GMT+01:00`, `UTC`: minutes east of UTC. */
  offset(): number | null {
    const m = /^(?:(Z)|(?:GMT|UTC)?([+-])(\d{2}):?(\d{2})?|(GMT|UTC))/i.exec(this.text.slice(this.pos));
    if (!m) return null;
    this.pos += m[0].length;
    if (m[1] || m[5]) return 0;
    const minutes = Number(m[3]) * 60 + Number(m[4] ?? 0);
    return m[2] === '-' ? -minutes : minutes;
  }
}

function isNumeric(token: PatternToken | undefined): boolean {
  return token !== undefined && 'field' in token && NUMERIC.includes(token.field) && token.count < 3;
}

function parseNumber(field: string, value: number, count: number, f: Fields): void {
  if (field === 'y' || field === 'Y') {
    f.year = value;
    f.twoDigitYear = count <= 2 && value < 100;
  } else if (field === 'M' || field === 'L') f.month = value;
  else if (field === 'd') f.day = value;
  else if (field === 'H' || field === 'K' || field === 'h') f.hour = value;
  else if (field === 'k') f.hour = value === 24 ? 0 : value;
  else if (field === 'm') f.minute = value;
  else if (field === 's') f.second = value;
  else if (field === 'S') f.millisecond = value;
}

/** Reads one field; false when the text does not fit. */
function parseField(
  cursor: Cursor,
  token: { field: string; count: number },
  next: PatternToken | undefined,
  f: Fields,
): boolean {
  const { field, count } = token;
  if ((field === 'M' || field === 'L') && count >= 3) {
    const longIndex = cursor.oneOf([...MONTHS, ...MONTHS.map((m) => m.slice(0, 3))]);
    if (longIndex === null) return false;
    f.month = (longIndex % 12) + 1;
    return true;
  }
  if (field === 'E') return cursor.oneOf([...WEEKDAYS, ...WEEKDAYS.map((d) => d.slice(0, 3))]) !== null;
  if (field === 'G') return cursor.oneOf(['AD', 'BC']) !== null;
  if (field === 'a') {
    const ampm = cursor.oneOf(['AM', 'PM']);
    if (ampm === null) return false;
    f.pm = ampm === 1;
    return true;
  }
  if (field === 'z' || field === 'Z' || field === 'X') {
    f.offset = cursor.offset();
    return f.offset !== null;
  }
  const value = cursor.digits(isNumeric(next) ? count : null);
  if (value === null) return false;
  parseNumber(field, value, count, f);
  return true;
}

/** Java's two-digit year rule: within 80 years before and 20 years after now. */
function expandYear(yy: number, nowYear: number): number {
  const start = nowYear - 80;
  let year = Math.floor(start / 100) * 100 + yy;
  if (year < start) year += 100;
  return year;
}

/** `Utilities.parseDate(date, timeZone, format)`; text after the pattern is ignored, as Java's parse(String) does. */
export function parseDate(text: string, timeZone: string, pattern: string, now: Date): Date {
  const tokens = tokenize(pattern);
  const cursor = new Cursor(String(text));
  const f: Fields = {
    ...{ year: 1970, month: 1, day: 1, hour: 0, minute: 0, second: 0, millisecond: 0 },
    ...{ pm: null, offset: null, twoDigitYear: false },
  };
  tokens.forEach((token, i) => {
    if ('literal' in token) {
      if (!cursor.text.startsWith(token.literal, cursor.pos)) throw unparseable(text);
      cursor.pos += token.literal.length;
    } else if (!parseField(cursor, token, tokens[i + 1], f)) {
      throw unparseable(text);
    }
  });
  if (f.twoDigitYear) f.year = expandYear(f.year, now.getUTCFullYear());
  if (f.pm !== null) f.hour = (f.hour % 12) + (f.pm ? 12 : 0);
  // Date.UTC rolls over out-of-range fields, like Java's lenient Calendar (13th month = next January).
  const wall = Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute, f.second, f.millisecond);
  const ms = f.offset === null ? instantOf(wall, resolveZone(timeZone)) : wall - f.offset * 60000;
  return new Date(ms);
}

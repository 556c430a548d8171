// Java SimpleDateFormat patterns, as Utilities.formatDate uses them [M:reference/utilities/Utilities.md].
import { GasException } from '../runtime/errors';
import { monthName, type WallClock, weekdayName } from '../runtime/zone';
import { offsetText, resolveZone, wallClock, type Zone } from './zone';

export { MONTHS, WEEKDAYS } from '../runtime/zone';

/** One piece of a pattern: a run of one field letter, or literal text. */
export type PatternToken = { readonly field: string; readonly count: number } | { readonly literal: string };

/** Letters this fake formats and parses; Java's w, W and F (week fields) are not implemented. */
const SUPPORTED = 'GyYMLdDEuaHkKhmsSzZX';

/** Splits a pattern: letter runs are fields, `'quoted'` text is literal, `''` is a single quote. */
export function tokenize(pattern: string): PatternToken[] {
  const tokens: PatternToken[] = [];
  let i = 0;
  while (i < pattern.length) {
    const c = pattern[i]!;
    if (c === "'") {
      i = readQuoted(pattern, i, tokens);
    } else if (/[A-Za-z]/.test(c)) {
      let j = i;
      while (pattern[j] === c) j++;
      // Java's message for a letter it does not know; Apps Script's exact text is UNCONFIRMED.
      if (!SUPPORTED.includes(c)) throw new GasException(`Illegal pattern character '${c}'`);
      tokens.push({ field: c, count: j - i });
      i = j;
    } else {
      tokens.push({ literal: c });
      i++;
    }
  }
  return tokens;
}

function readQuoted(pattern: string, start: number, tokens: PatternToken[]): number {
  if (pattern[start + 1] === "'") {
    tokens.push({ literal: "'" });
    return start + 2;
  }
  let text = '';
  let i = start + 1;
  while (i < pattern.length) {
    if (pattern[i] === "'" && pattern[i + 1] === "'") {
      text += "'";
      i += 2;
    } else if (pattern[i] === "'") {
      i++;
      break;
    } else {
      text += pattern[i++];
    }
  }
  tokens.push({ literal: text });
  return i;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function isoOffset(minutes: number, count: number): string {
  if (minutes === 0) return 'Z';
  if (count === 1) return offsetText(minutes, false).slice(0, 3);
  return offsetText(minutes, count >= 3);
}

/** Formats one field of the wall clock. */
function formatField(field: string, count: number, w: WallClock, zone: Zone, ms: number): string {
  switch (field) {
    case 'G':
      return w.year > 0 ? 'AD' : 'BC';
    case 'y':
    case 'Y':
      return count === 2 ? pad(w.year % 100, 2) : pad(w.year, count);
    case 'M':
    case 'L':
      if (count >= 4) return monthName(w.month);
      return count === 3 ? monthName(w.month).slice(0, 3) : pad(w.month, count);
    case 'd':
      return pad(w.day, count);
    case 'D':
      return pad(w.dayOfYear, count);
    case 'E':
      return count >= 4 ? weekdayName(w.weekday) : weekdayName(w.weekday).slice(0, 3);
    case 'u':
      return pad(w.weekday, count);
    case 'a':
      return w.hour < 12 ? 'AM' : 'PM';
    case 'H':
      return pad(w.hour, count);
    case 'k':
      return pad(w.hour === 0 ? 24 : w.hour, count);
    case 'K':
      return pad(w.hour % 12, count);
    case 'h':
      return pad(w.hour % 12 || 12, count);
    case 'm':
      return pad(w.minute, count);
    case 's':
      return pad(w.second, count);
    case 'S':
      // Java's S is a millisecond count, not a fraction: 'S' of 5 ms is "5", 'SSS' is "005".
      return pad(w.millisecond, count);
    case 'z':
      return count >= 4 ? zone.longName(ms) : zone.shortName(ms);
    case 'Z':
      return offsetText(zone.offsetAt(ms), false);
    default: // 'X'
      if (count > 3) throw new GasException("Illegal pattern character 'X'");
      return isoOffset(zone.offsetAt(ms), count);
  }
}

/** `Utilities.formatDate(date, timeZone, format)`. */
export function formatDate(date: Date, timeZone: string, pattern: string): string {
  const ms = date.getTime();
  const zone = resolveZone(timeZone);
  const w = wallClock(ms, zone);
  return tokenize(pattern)
    .map((t) => ('literal' in t ? t.literal : formatField(t.field, t.count, w, zone, ms)))
    .join('');
}

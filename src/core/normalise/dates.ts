// Dates people type in the UK: "3/4/2026" is 3 April, "3rd April", "2026-04-03", "3 Apr 26".

/** English month names, January first (index = month - 1). */
export const MONTH_NAMES: readonly string[] = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** English weekday names, Sunday first (index = `Date#getUTCDay()`, as in `WallClock.weekday`). */
export const WEEKDAY_NAMES: readonly string[] = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
];

const MONTHS = MONTH_NAMES.map((name) => name.slice(0, 3).toLowerCase());

/** A calendar day without a time zone. */
export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

function valid(year: number, month: number, day: number): CalendarDate | null {
  if (month < 1 || month > 12 || day < 1) return null;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= days ? { year, month, day } : null;
}

function fullYear(y: number): number {
  return y < 100 ? 2000 + y : y;
}

/** Parses a UK-style date; returns null when it isn't one (the caller keeps the text and flags it). */
export function parseUkDate(text: string): CalendarDate | null {
  const t = text.trim().toLowerCase().replace(/,/g, ' ').replace(/\s+/g, ' ');
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(t.*)?$/.exec(t);
  if (m) return valid(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(t);
  if (m) return valid(fullYear(Number(m[3])), Number(m[2]), Number(m[1]));
  m = /^(?:[a-z]+ )?(\d{1,2})(?:st|nd|rd|th)? (?:of )?([a-z]+)\.? (\d{2}|\d{4})$/.exec(t);
  if (m) {
    const month = MONTHS.indexOf(m[2]!.slice(0, 3)) + 1;
    return month > 0 ? valid(fullYear(Number(m[3])), month, Number(m[1])) : null;
  }
  m = /^([a-z]+)\.? (\d{1,2})(?:st|nd|rd|th)? (\d{2}|\d{4})$/.exec(t);
  if (m) {
    const month = MONTHS.indexOf(m[1]!.slice(0, 3)) + 1;
    return month > 0 ? valid(fullYear(Number(m[3])), month, Number(m[2])) : null;
  }
  return null;
}

/** What a clock in a time zone shows at an instant (month 1-12, weekday 0 = Sunday ... 6 = Saturday). */
export interface WallClock extends CalendarDate {
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly weekday: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * The wall-clock time of an instant in a time zone, to the second, as milliseconds since the epoch read as UTC.
 * Uses Intl (available in Apps Script's V8 runtime), so 23:30 UTC on a summer day is the next day in Europe/London.
 */
function wallTimeMs(instant: Date, timeZone: string): number {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  const parts = formatter.formatToParts(instant);
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value);
  const wall = new Date(0);
  // setUTCFullYear, unlike Date.UTC, keeps years 0-99 as they are.
  wall.setUTCFullYear(get('year'), get('month') - 1, get('day'));
  wall.setUTCHours(get('hour') % 24, get('minute'), get('second'));
  return wall.getTime();
}

/** Offset of a time zone from UTC at an instant, in minutes (Europe/London: 0 or 60). */
export function zoneOffsetMinutes(instant: Date, timeZone: string): number {
  return Math.round((wallTimeMs(instant, timeZone) - Math.floor(instant.getTime() / 1000) * 1000) / 60000);
}

/** The wall clock of an instant in a time zone. */
export function wallClock(instant: Date, timeZone: string): WallClock {
  const wall = new Date(wallTimeMs(instant, timeZone));
  return {
    year: wall.getUTCFullYear(),
    month: wall.getUTCMonth() + 1,
    day: wall.getUTCDate(),
    hour: wall.getUTCHours(),
    minute: wall.getUTCMinutes(),
    second: wall.getUTCSeconds(),
    weekday: wall.getUTCDay(),
  };
}

/** Midnight of a calendar day in a time zone, as an instant (what a date cell holds). */
export function startOfDay(date: CalendarDate, timeZone: string): Date {
  const guess = new Date(Date.UTC(date.year, date.month - 1, date.day));
  const offset = zoneOffsetMinutes(guess, timeZone);
  return new Date(guess.getTime() - offset * 60000);
}

/** The calendar day an instant falls on in a time zone. */
export function calendarDay(instant: Date, timeZone: string): CalendarDate {
  const shifted = new Date(instant.getTime() + zoneOffsetMinutes(instant, timeZone) * 60000);
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

/** Whole days from `from` to `to`, counted in calendar days of the time zone (negative if `to` is earlier). */
export function daysBetween(from: Date, to: Date, timeZone: string): number {
  const a = calendarDay(from, timeZone);
  const b = calendarDay(to, timeZone);
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86400000);
}

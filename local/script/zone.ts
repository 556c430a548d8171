// Wall-clock arithmetic in IANA time zones (Intl only), for trigger schedules and displayed timestamps.

/** A wall-clock reading in one time zone; `weekday` is ISO (1 = Monday ... 7 = Sunday). */
export interface WallClock {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly weekday: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
const WEEKDAYS: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      weekday: 'short',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** True if `timeZone` is an IANA zone (or offset zone) this runtime knows. */
export function isTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The wall clock at instant `ms` in `timeZone`. */
export function wallClock(ms: number, timeZone: string): WallClock {
  const parts: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(ms))) parts[part.type] = part.value;
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
    weekday: WEEKDAYS[parts.weekday ?? 'Mon'] ?? 1,
  };
}

/**
 * The instant when the wall clock in `timeZone` reads the given time. Fields may overflow (day 32 is
 * the next month's 1st). In a DST gap the later offset wins, as clocks spring forward.
 */
export function zonedInstant(
  timeZone: string,
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
): number {
  const asUtc = Date.UTC(year, month - 1, day, hour, minute, second);
  let guess = asUtc;
  for (let i = 0; i < 3; i++) {
    const w = wallClock(guess, timeZone);
    const shown = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
    const drift = shown - asUtc;
    if (drift === 0) break;
    guess -= drift;
  }
  return guess;
}

/** ISO 8601 week number (1-53) of a calendar date. */
export function isoWeek(year: number, month: number, day: number): number {
  const date = new Date(Date.UTC(year, month - 1, day));
  const weekday = date.getUTCDay() || 7;
  date.setUTCDate(date.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(date.getUTCFullYear(), 0, 1);
  return Math.ceil(((date.getTime() - yearStart) / 86400000 + 1) / 7);
}

/** `d/M/yyyy H:mm:ss`, the en_GB display of a date-time cell (what Sheets shows for form timestamps). */
export function formatDisplayDateTime(ms: number, timeZone: string): string {
  const w = wallClock(ms, timeZone);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${w.day}/${w.month}/${w.year} ${w.hour}:${two(w.minute)}:${two(w.second)}`;
}

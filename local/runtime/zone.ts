// Calendar names and IANA time-zone arithmetic (Intl only) shared by the local fakes: wall clocks <-> instants.

/** English month names, January first (index = month - 1). */
export const MONTHS: readonly string[] = [
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

/** English weekday names in ISO order, Monday first (index = ISO weekday - 1). */
export const WEEKDAYS: readonly string[] = [
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
];

/** The name of a month, 1 = January. */
export function monthName(month: number): string {
  return MONTHS[month - 1] ?? '';
}

/** The name of an ISO weekday, 1 = Monday ... 7 = Sunday. */
export function weekdayName(weekday: number): string {
  return WEEKDAYS[weekday - 1] ?? '';
}

/** Calendar and clock fields as a wall clock shows them (month 1-12). */
export interface WallTime {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly millisecond: number;
}

/** A wall-clock reading of an instant, with its ISO weekday (1 = Monday ... 7 = Sunday) and day of the year. */
export interface WallClock extends WallTime {
  readonly weekday: number;
  readonly dayOfYear: number;
}

const DAY_MS = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** True when `Intl` knows the zone: an IANA id such as `Europe/London`, `UTC`, or an offset zone. */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/**
 * Milliseconds since the Unix epoch of wall-clock fields read as UTC. Fields may overflow (day 32 is the next
 * month's 1st); unlike `Date.UTC`, years 0-99 stay as they are.
 */
export function wallTimeMs(
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
  millisecond = 0,
): number {
  if (year < 0 || year >= 100) return Date.UTC(year, month - 1, day, hour, minute, second, millisecond);
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, millisecond);
  return date.getTime();
}

/** `wallTimeMs` of a `WallTime`. */
export function wallMsOf(wall: WallTime): number {
  return wallTimeMs(wall.year, wall.month, wall.day, wall.hour, wall.minute, wall.second, wall.millisecond);
}

/** The UTC fields of an instant read as a wall clock (also: the fields of a UTC-encoded wall time). */
export function utcWallClock(ms: number): WallClock {
  const date = new Date(ms);
  const startOfYear = new Date(0);
  startOfYear.setUTCFullYear(date.getUTCFullYear(), 0, 1);
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour: date.getUTCHours(),
    minute: date.getUTCMinutes(),
    second: date.getUTCSeconds(),
    millisecond: date.getUTCMilliseconds(),
    weekday: date.getUTCDay() || 7,
    dayOfYear: Math.floor((ms - startOfYear.getTime()) / DAY_MS) + 1,
  };
}

/** How far `timeZone`'s wall clock is ahead of UTC at instant `ms`, in milliseconds (Europe/London: 0 or 3600000). */
export function zoneOffsetMs(ms: number, timeZone: string): number {
  const parts: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(ms))) parts[part.type] = part.value;
  const year = Number(parts['year']);
  const wall = wallTimeMs(
    parts['era'] === 'BC' ? 1 - year : year,
    Number(parts['month']),
    Number(parts['day']),
    Number(parts['hour']) % 24,
    Number(parts['minute']),
    Number(parts['second']),
  );
  return wall - Math.floor(ms / 1000) * 1000;
}

/** The wall clock of instant `ms` in `timeZone`. */
export function wallClock(ms: number, timeZone: string): WallClock {
  return utcWallClock(ms + zoneOffsetMs(ms, timeZone));
}

/**
 * The instant at which `timeZone`'s clock reads `wallMs` (a wall time encoded as UTC, see `wallTimeMs`).
 * A time skipped by a DST gap moves forward by the gap (the offset from before the change applies, as Java's
 * lenient calendar and Temporal's 'compatible' do); a time a DST overlap shows twice is its `overlap` instant.
 */
export function instantOfWall(
  wallMs: number,
  timeZone: string,
  overlap: 'earlier' | 'later' = 'earlier',
): number {
  const before = zoneOffsetMs(wallMs - DAY_MS, timeZone);
  const offsets = new Set([before, zoneOffsetMs(wallMs, timeZone), zoneOffsetMs(wallMs + DAY_MS, timeZone)]);
  const fits = [...offsets]
    .map((offset) => wallMs - offset)
    .filter((t) => t + zoneOffsetMs(t, timeZone) === wallMs);
  if (fits.length === 0) return wallMs - before;
  return overlap === 'earlier' ? Math.min(...fits) : Math.max(...fits);
}

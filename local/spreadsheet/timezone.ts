// Instants <-> wall-clock times in a spreadsheet's time zone, and Sheets' serial day numbers.

/** A wall-clock reading (month 1-12), as a spreadsheet in some time zone shows it. */
export interface WallClock {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly millisecond: number;
}

const DAY_MS = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** True when `Intl` knows the zone (Apps Script accepts long names like `Europe/London`). */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The wall clock an instant shows in a time zone. */
export function wallClockOf(date: Date, timeZone: string): WallClock {
  const parts: Record<string, number> = {};
  for (const p of formatterFor(timeZone).formatToParts(date)) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  const ms = ((date.getTime() % 1000) + 1000) % 1000;
  return {
    year: parts['year']!,
    month: parts['month']!,
    day: parts['day']!,
    hour: parts['hour']!,
    minute: parts['minute']!,
    second: parts['second']!,
    millisecond: ms,
  };
}

function wallAsUtc(w: WallClock): number {
  const t = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, w.millisecond);
  // Date.UTC maps years 0-99 to 1900-1999; wall clocks here are always full years.
  if (w.year >= 0 && w.year < 100) {
    const d = new Date(t);
    d.setUTCFullYear(w.year);
    return d.getTime();
  }
  return t;
}

function offsetAt(instant: number, timeZone: string): number {
  return wallAsUtc(wallClockOf(new Date(instant), timeZone)) - instant;
}

/**
 * The instant at which a time zone's clock shows this wall-clock time. On a DST overlap the earlier
 * instant wins; a time skipped by a DST gap maps forward with the offset from before the change.
 */
export function instantOf(wall: WallClock, timeZone: string): Date {
  const guess = wallAsUtc(wall);
  const before = offsetAt(guess - DAY_MS, timeZone);
  const offsets = new Set([before, offsetAt(guess, timeZone), offsetAt(guess + DAY_MS, timeZone)]);
  const fits = [...offsets]
    .map((offset) => guess - offset)
    .filter((t) => wallAsUtc(wallClockOf(new Date(t), timeZone)) === guess);
  return new Date(fits.length > 0 ? Math.min(...fits) : guess - before);
}

const SERIAL_EPOCH = Date.UTC(1899, 11, 30);

/**
 * Sheets' serial number for an instant: days since 30 Dec 1899 of the wall clock in the spreadsheet's zone
 * (https://developers.google.com/sheets/api/guides/formats "About date & time values").
 */
export function serialOf(date: Date, timeZone: string): number {
  return (wallAsUtc(wallClockOf(date, timeZone)) - SERIAL_EPOCH) / DAY_MS;
}

/** The instant a serial number means in a time zone (inverse of `serialOf`, to the millisecond). */
export function dateOfSerial(serial: number, timeZone: string): Date {
  const utc = new Date(Math.round(SERIAL_EPOCH + serial * DAY_MS));
  return instantOf(utcWall(utc), timeZone);
}

/** The UTC fields of a date read as a wall clock (exceljs hands dates over this way). */
export function utcWall(date: Date): WallClock {
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour: date.getUTCHours(),
    minute: date.getUTCMinutes(),
    second: date.getUTCSeconds(),
    millisecond: date.getUTCMilliseconds(),
  };
}

/** A date whose UTC fields are the wall clock (what exceljs writes as the cell's serial). */
export function wallAsUtcDate(wall: WallClock): Date {
  return new Date(wallAsUtc(wall));
}

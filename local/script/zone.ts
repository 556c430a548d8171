// Trigger-schedule time arithmetic: wall-clock dates that may overflow, and ISO week numbers for clock events.
import { instantOfWall, wallTimeMs } from '../runtime/zone';

export { isKnownTimeZone as isTimeZone, wallClock } from '../runtime/zone';

/**
 * The instant when the wall clock in `timeZone` reads the given fields (year, month, day, hour, minute, second,
 * which may overflow: see `wallTimeMs`). A time skipped by a DST gap moves forward by the gap; a time shown twice
 * is the later one.
 */
export function zonedInstant(timeZone: string, ...wall: Parameters<typeof wallTimeMs>): number {
  return instantOfWall(wallTimeMs(...wall), timeZone, 'later');
}

/** ISO 8601 week number (1-53) of a calendar date. */
export function isoWeek(year: number, month: number, day: number): number {
  const date = new Date(Date.UTC(year, month - 1, day));
  const weekday = date.getUTCDay() || 7;
  date.setUTCDate(date.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(date.getUTCFullYear(), 0, 1);
  return Math.ceil(((date.getTime() - yearStart) / 86400000 + 1) / 7);
}

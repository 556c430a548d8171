// Counting days the way a volunteer does: in the spreadsheet's time zone, so DST never shifts "today".
import {
  calendarDay,
  daysBetween,
  MONTH_NAMES,
  startOfDay,
  WEEKDAY_NAMES,
  zoneOffsetMinutes,
} from '../normalise/dates';

const DAY_MS = 86400000;

/** Midnight of the calendar day `now` falls on, in the time zone (what a date cell for "today" holds). */
export function today(now: Date, timeZone: string): Date {
  return startOfDay(calendarDay(now, timeZone), timeZone);
}

/** Milliseconds since local midnight: the wall-clock time of an instant in the time zone. */
function wallClockMs(instant: Date, timeZone: string): number {
  const local = instant.getTime() + zoneOffsetMinutes(instant, timeZone) * 60000;
  return ((local % DAY_MS) + DAY_MS) % DAY_MS;
}

/**
 * Whole days elapsed from an instant to now on the local clock: 23:40 to 09:00 the next morning is 0 days,
 * Saturday 10:00 to Monday 10:00 is 2 days even across a clock change (raw milliseconds would say 1).
 */
export function wholeDaysSince(from: Date, now: Date, timeZone: string): number {
  const days = daysBetween(from, now, timeZone);
  if (days > 0 && wallClockMs(now, timeZone) < wallClockMs(from, timeZone)) return days - 1;
  return days;
}

/** Calendar days from today until a date cell (0 = today, negative = passed). */
export function daysUntil(date: Date, now: Date, timeZone: string): number {
  return daysBetween(now, date, timeZone);
}

/** "1 day" / "3 days". */
export function dayCount(n: number): string {
  return `${n} day${Math.abs(n) === 1 ? '' : 's'}`;
}

// Built by hand rather than with Intl: ICU versions differ on commas ("Monday, 6 April"), and emails
// and tests should read the same everywhere.
function parts(date: Date, timeZone: string): { weekday: string; day: number; month: string; year: number } {
  const d = calendarDay(date, timeZone);
  const weekday = WEEKDAY_NAMES[new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay()]!;
  return { weekday, day: d.day, month: MONTH_NAMES[d.month - 1]!, year: d.year };
}

/** A short day for lists and emails: "Thu 9 Apr". */
export function shortDay(date: Date, timeZone: string): string {
  const p = parts(date, timeZone);
  return `${p.weekday.slice(0, 3)} ${p.day} ${p.month.slice(0, 3)}`;
}

/** A long day for headings: "Monday 6 April 2026". */
export function longDay(date: Date, timeZone: string): string {
  const p = parts(date, timeZone);
  return `${p.weekday} ${p.day} ${p.month} ${p.year}`;
}

/** The local clock time of an instant: "19:00". */
export function clockTime(date: Date, timeZone: string): string {
  const minutes = Math.floor(wallClockMs(date, timeZone) / 60000);
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** The week an instant falls in, as the date of its Monday in the time zone: "2026-11-16". */
export function weekOf(date: Date, timeZone: string): string {
  const d = calendarDay(date, timeZone);
  const day = new Date(Date.UTC(d.year, d.month - 1, d.day));
  day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() + 6) % 7));
  return day.toISOString().slice(0, 10);
}

// Dates as a UK reader expects them, on the calendar of a given time zone (the spreadsheet's, not the server's).
import { MONTH_NAMES, WEEKDAY_NAMES, wallClock } from '../normalise/dates';

/** "20 November 2026"; `short` gives "20/11/2026", `weekday` gives "Friday 20 November 2026". */
export function formatDate(
  date: Date,
  timeZone: string,
  style: 'long' | 'short' | 'weekday' = 'long',
): string {
  const clock = wallClock(date, timeZone);
  if (style === 'short') return `${pad(clock.day)}/${pad(clock.month)}/${clock.year}`;
  const long = `${clock.day} ${MONTH_NAMES[clock.month - 1]} ${clock.year}`;
  return style === 'weekday' ? `${WEEKDAY_NAMES[clock.weekday]} ${long}` : long;
}

/** "14:30" on the 24-hour clock. */
export function formatTime(date: Date, timeZone: string): string {
  const clock = wallClock(date, timeZone);
  return `${pad(clock.hour)}:${pad(clock.minute)}`;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

const CALENDAR_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a bare calendar day typed as text ("2026-11-20"): it has no zone, so it is printed as UTC. */
export function isCalendarDay(text: string): boolean {
  return CALENDAR_DAY.test(text.trim());
}

/**
 * Reads a date typed as text: "2026-11-20" is that calendar day (midnight UTC: print it with zone UTC), a full ISO
 * timestamp is that instant. Anything else is not a date.
 */
export function parseDateText(text: string): Date | undefined {
  const trimmed = text.trim();
  const day = CALENDAR_DAY.exec(trimmed);
  if (day) return new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3])));
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(trimmed)) return undefined;
  const instant = new Date(trimmed);
  return Number.isNaN(instant.getTime()) ? undefined : instant;
}

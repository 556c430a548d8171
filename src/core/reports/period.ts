// The period a report covers: whole calendar days in the spreadsheet's time zone, both ends included.
import { type CalendarDate, calendarDay, startOfDay } from '../normalise/dates';

/** From the first day to the last day, inclusive (each a midnight in the time zone). */
export interface Period {
  readonly from: Date;
  readonly to: Date;
}

function dayNumber(date: CalendarDate): number {
  return date.year * 10000 + date.month * 100 + date.day;
}

/** Whether a date falls on a calendar day within the period; a missing date never does. */
export function inPeriod(date: Date | null, period: Period, timeZone: string): boolean {
  if (!date) return false;
  const day = dayNumber(calendarDay(date, timeZone));
  return (
    day >= dayNumber(calendarDay(period.from, timeZone)) && day <= dayNumber(calendarDay(period.to, timeZone))
  );
}

/** The twelve months up to and including today: what the dashboard shows until a volunteer picks dates. */
export function lastTwelveMonths(now: Date, timeZone: string): Period {
  const today = calendarDay(now, timeZone);
  const from = startOfDay({ year: today.year - 1, month: today.month, day: today.day }, timeZone);
  // One day after the same date last year, so exactly twelve months are counted.
  return { from: new Date(from.getTime() + 86400000), to: startOfDay(today, timeZone) };
}

/** A period as volunteers write it: "1/4/2026 to 31/3/2027" (UK order). */
export function describePeriod(period: Period, timeZone: string): string {
  const show = (d: Date): string => {
    const c = calendarDay(d, timeZone);
    return `${c.day}/${c.month}/${c.year}`;
  };
  return `${show(period.from)} to ${show(period.to)}`;
}

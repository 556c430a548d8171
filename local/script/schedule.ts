// When time-driven triggers fall due: the first run after creation and each run after that.
import type { ClockSchedule } from './triggers';
import { wallClock, zonedInstant } from './zone';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** A schedule before its first due time is known. */
export type ScheduleSpec = Omit<ClockSchedule, 'nextDueAt'> & { readonly dueAt?: number };

/** The instant at `hour:minute` on the wall-clock date `days` after the date of `ms`, in `timeZone`. */
function atWallTime(ms: number, days: number, hour: number, minute: number, timeZone: string): number {
  const w = wallClock(ms, timeZone);
  return zonedInstant(timeZone, w.year, w.month, w.day + days, hour, minute);
}

/**
 * The first time a schedule falls due after `createdAt`. Apps Script picks a random minute within
 * the hour (and a slightly randomised time) for daily/weekly triggers [M:guides/triggers/installable-triggers.md];
 * this runtime is deterministic: minute `nearMinute(m)` or 0, second 0, and for hourly triggers the first
 * such minute after creation.
 */
export function firstDue(spec: ScheduleSpec, createdAt: number): number {
  const tz = spec.timeZone;
  const hour = spec.hour ?? wallClock(createdAt, tz).hour;
  switch (spec.kind) {
    case 'once':
      return spec.dueAt ?? createdAt;
    case 'minutes':
      return createdAt + spec.every * MINUTE;
    case 'hours': {
      const w = wallClock(createdAt, tz);
      const candidate = zonedInstant(tz, w.year, w.month, w.day, w.hour, spec.minute);
      return candidate > createdAt ? candidate : candidate + HOUR;
    }
    case 'days':
      return firstMatchingDay(createdAt, hour, spec.minute, tz, () => true);
    case 'weeks':
      return firstMatchingDay(
        createdAt,
        hour,
        spec.minute,
        tz,
        (w) => w.weekday === (spec.weekDay ?? w.weekday),
      );
    case 'months':
      return firstMatchingDay(createdAt, hour, spec.minute, tz, (w) => w.day === (spec.monthDay ?? w.day));
  }
}

function firstMatchingDay(
  after: number,
  hour: number,
  minute: number,
  timeZone: string,
  matches: (w: ReturnType<typeof wallClock>) => boolean,
): number {
  for (let days = 0; days < 400; days++) {
    const candidate = atWallTime(after, days, hour, minute, timeZone);
    if (candidate > after && matches(wallClock(candidate, timeZone))) return candidate;
  }
  throw new Error('No date matches this clock trigger.');
}

/** The next due time of a recurring schedule after it ran at `dueAt`; null for a one-off. */
export function nextDue(schedule: ClockSchedule, dueAt: number): number | null {
  const tz = schedule.timeZone;
  const w = wallClock(dueAt, tz);
  switch (schedule.kind) {
    case 'once':
      return null;
    case 'minutes':
      return dueAt + schedule.every * MINUTE;
    case 'hours':
      return dueAt + schedule.every * HOUR;
    case 'days':
      return zonedInstant(tz, w.year, w.month, w.day + schedule.every, w.hour, w.minute);
    case 'weeks':
      return zonedInstant(tz, w.year, w.month, w.day + 7 * schedule.every, w.hour, w.minute);
    case 'months':
      return zonedInstant(tz, w.year, w.month + schedule.every, w.day, w.hour, w.minute);
  }
}

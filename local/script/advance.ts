// Moving the workspace clock forward and running every time-driven trigger that falls due on the way.
import type { Workspace } from '../runtime/workspace';
import { fireTrigger, type TriggerRun } from './fire';
import { nextDue } from './schedule';
import type { ScriptState, TriggerRecord } from './triggers';
import { isoWeek, wallClock } from './zone';

/** A safety stop for handlers that keep creating triggers due immediately (e.g. after(0) chains). */
const MAX_RUNS = 100_000;

/** The time-driven event object [M:guides/triggers/event-objects.md "Time-driven events"]. */
export interface ClockEvent {
  readonly authMode: 'FULL';
  readonly 'day-of-month': number;
  readonly 'day-of-week': number;
  readonly hour: number;
  readonly minute: number;
  readonly month: number;
  readonly second: number;
  readonly timezone: string;
  readonly triggerUid: string;
  readonly 'week-of-year': number;
  readonly year: number;
}

/**
 * The event for a run at `ms`. Fields are UTC with `timezone: 'UTC'`, as in Google's example event and
 * as users report, whatever the trigger's own time zone (partial: the docs only show the example).
 */
export function clockEvent(ms: number, triggerUid: string): ClockEvent {
  const w = wallClock(ms, 'UTC');
  return {
    authMode: 'FULL',
    'day-of-month': w.day,
    'day-of-week': w.weekday,
    hour: w.hour,
    minute: w.minute,
    month: w.month,
    second: w.second,
    timezone: 'UTC',
    triggerUid,
    'week-of-year': isoWeek(w.year, w.month, w.day),
    year: w.year,
  };
}

/** The clock trigger due soonest at or before `until` (creation order breaks ties). */
function nextDueTrigger(state: ScriptState, until: number): TriggerRecord | undefined {
  let best: TriggerRecord | undefined;
  for (const t of state.triggers) {
    if (!t.clock || t.clock.nextDueAt > until) continue;
    if (!best || t.clock.nextDueAt < best.clock!.nextDueAt) best = t;
  }
  return best;
}

/**
 * Recurring triggers whose time passed while nobody advanced the clock (e.g. a workspace reopened days
 * later) run at their next slot rather than once per missed slot: Apps Script does not replay missed runs.
 */
function skipMissedRuns(state: ScriptState, now: number): void {
  for (const t of state.triggers) {
    if (!t.clock || t.clock.kind === 'once') continue;
    while (t.clock.nextDueAt < now) t.clock.nextDueAt = nextDue(t.clock, t.clock.nextDueAt)!;
  }
}

/**
 * Moves `workspace.clock` forward by `ms`, stopping at each moment a time-driven trigger falls due to
 * run it there, in time order. One-off triggers (`after`, `at`) are removed once run; Apps Script
 * instead leaves them listed, disabled, until deleted (they still count towards the 20-trigger cap).
 */
export function advanceClockFor(workspace: Workspace, state: ScriptState, ms: number): TriggerRun[] {
  if (ms < 0) throw new Error('The clock cannot go backwards.');
  const until = workspace.clock.now() + ms;
  skipMissedRuns(state, workspace.clock.now());
  const runs: TriggerRun[] = [];
  for (let trigger = nextDueTrigger(state, until); trigger; trigger = nextDueTrigger(state, until)) {
    if (runs.length >= MAX_RUNS)
      throw new Error(
        `advanceClock stopped after ${MAX_RUNS} trigger runs: a trigger keeps re-arming itself at once.`,
      );
    const schedule = trigger.clock!;
    const dueAt = schedule.nextDueAt;
    const now = workspace.clock.now();
    if (dueAt > now) workspace.clock.advance(dueAt - now);
    const next = nextDue(schedule, dueAt);
    if (next === null) state.remove(trigger.uid);
    else schedule.nextDueAt = next;
    const firedAt = Math.max(dueAt, now);
    runs.push(fireTrigger(workspace, trigger, () => [clockEvent(firedAt, trigger.uid)]));
  }
  const now = workspace.clock.now();
  if (until > now) workspace.clock.advance(until - now);
  return runs;
}

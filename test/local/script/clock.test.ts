// Contract tests: time-driven triggers fire in order, at their due moment, with the documented event object.
import { advanceClock, scriptState } from '../../../local/script';
import { fixtureWorkspace, inExecution } from './harness';

const DAY = 24 * 60 * 60 * 1000;

interface TimeRun {
  now: string;
  event: Record<string, unknown>;
}

describe('advanceClock', () => {
  // Sunday 22 November 2026, 14:05:03 UTC (London is on GMT then).
  const start = new Date('2026-11-22T14:05:03Z');

  it('runs a daily and a weekly trigger in time order over 8 days, each at its due moment', () => {
    const ws = fixtureWorkspace(start);
    const [daily, weekly] = inExecution(ws, ({ ScriptApp }) => [
      ScriptApp.newTrigger('whatTime').timeBased().everyDays(1).atHour(7).create().getUniqueId(),
      ScriptApp.newTrigger('whatTime')
        .timeBased()
        .everyWeeks(1)
        .onWeekDay(ScriptApp.WeekDay.MONDAY)
        .atHour(9)
        .create()
        .getUniqueId(),
    ]) as unknown as string[];
    const runs = advanceClock(ws, 8 * DAY);
    const seen = runs.map((r) => [
      r.triggerUid === daily ? 'daily' : r.triggerUid === weekly ? 'weekly' : '?',
      (r.result as TimeRun).now,
    ]);
    expect(seen).toEqual([
      ['daily', '2026-11-23T07:00:00.000Z'],
      ['weekly', '2026-11-23T09:00:00.000Z'],
      ['daily', '2026-11-24T07:00:00.000Z'],
      ['daily', '2026-11-25T07:00:00.000Z'],
      ['daily', '2026-11-26T07:00:00.000Z'],
      ['daily', '2026-11-27T07:00:00.000Z'],
      ['daily', '2026-11-28T07:00:00.000Z'],
      ['daily', '2026-11-29T07:00:00.000Z'],
      ['daily', '2026-11-30T07:00:00.000Z'],
      ['weekly', '2026-11-30T09:00:00.000Z'],
    ]);
    expect(ws.clock.now()).toBe(start.getTime() + 8 * DAY);
    expect(runs.every((r) => r.execution.status === 'completed')).toBe(true);
  });

  it('passes the documented time-driven event object', () => {
    const ws = fixtureWorkspace(start);
    const uid = inExecution(ws, ({ ScriptApp }) =>
      ScriptApp.newTrigger('whatTime').timeBased().everyDays(1).atHour(7).create().getUniqueId(),
    ) as unknown as string;
    const [run] = advanceClock(ws, DAY);
    expect((run!.result as TimeRun).event).toEqual({
      authMode: 'FULL',
      'day-of-month': 23,
      'day-of-week': 1,
      hour: 7,
      minute: 0,
      month: 11,
      second: 0,
      timezone: 'UTC',
      triggerUid: uid,
      'week-of-year': 48,
      year: 2026,
    });
  });

  it('runs each trigger as its creator, an installable-trigger execution', () => {
    const ws = fixtureWorkspace(start);
    inExecution(ws, ({ ScriptApp }) => ScriptApp.newTrigger('whoAmI').timeBased().after(60_000).create(), {
      user: 'ana@branch.example',
    });
    const [run] = advanceClock(ws, 2 * 60_000);
    expect(run!.result).toEqual({
      active: 'ana@branch.example',
      effective: 'ana@branch.example',
      triggerUid: run!.triggerUid,
    });
  });

  it('honours inTimezone: 07:00 in New York is 12:00 UTC in November', () => {
    const ws = fixtureWorkspace(start);
    inExecution(ws, ({ ScriptApp }) =>
      ScriptApp.newTrigger('whatTime')
        .timeBased()
        .everyDays(1)
        .atHour(7)
        .inTimezone('America/New_York')
        .create(),
    );
    const [run] = advanceClock(ws, DAY);
    expect((run!.result as TimeRun).now).toBe('2026-11-23T12:00:00.000Z');
  });

  it('keeps 07:00 local across a daylight-saving change (Europe/London, March)', () => {
    const ws = fixtureWorkspace(new Date('2027-03-27T12:00:00Z'));
    inExecution(ws, ({ ScriptApp }) =>
      ScriptApp.newTrigger('whatTime').timeBased().everyDays(1).atHour(7).create(),
    );
    const times = advanceClock(ws, 2 * DAY).map((r) => (r.result as TimeRun).now);
    expect(times).toEqual(['2027-03-28T06:00:00.000Z', '2027-03-29T06:00:00.000Z']);
  });

  it('runs a one-off after(ms) trigger once and then removes it; at(date) likewise', () => {
    const ws = fixtureWorkspace(start);
    inExecution(ws, ({ ScriptApp, Date: GasDate }) => {
      ScriptApp.newTrigger('whatTime')
        .timeBased()
        .after(30 * 60_000)
        .create();
      ScriptApp.newTrigger('whatTime').timeBased().at(new GasDate('2026-11-22T18:00:00Z')).create();
    });
    const times = advanceClock(ws, DAY).map((r) => (r.result as TimeRun).now);
    expect(times).toEqual(['2026-11-22T14:35:03.000Z', '2026-11-22T18:00:00.000Z']);
    expect(scriptState(ws).triggers).toHaveLength(0);
    expect(advanceClock(ws, DAY)).toHaveLength(0);
  });

  it('runs everyMinutes and everyHours triggers on their interval', () => {
    const ws = fixtureWorkspace(start);
    inExecution(ws, ({ ScriptApp }) => {
      ScriptApp.newTrigger('recordEvent').timeBased().everyMinutes(15).create();
      ScriptApp.newTrigger('recordOther').timeBased().everyHours(1).nearMinute(30).create();
    });
    const runs = advanceClock(ws, 60 * 60_000);
    expect(runs.map((r) => r.handler)).toEqual([
      'recordEvent',
      'recordOther',
      'recordEvent',
      'recordEvent',
      'recordEvent',
    ]);
  });

  it('a failing handler is recorded as failed and does not stop the triggers after it', () => {
    const ws = fixtureWorkspace(start);
    inExecution(ws, ({ ScriptApp }) => {
      ScriptApp.newTrigger('failingHandler').timeBased().everyDays(1).atHour(7).create();
      ScriptApp.newTrigger('whatTime').timeBased().everyDays(1).atHour(7).create();
    });
    const runs = advanceClock(ws, DAY);
    expect(runs.map((r) => r.execution.status)).toEqual(['failed', 'completed']);
    expect(runs[0]!.execution.error).toMatch(/Handler failed on purpose/);
  });

  it('records a failed run when the handler function no longer exists', () => {
    const ws = fixtureWorkspace(start);
    inExecution(ws, ({ ScriptApp }) =>
      ScriptApp.newTrigger('removedFunction').timeBased().after(1000).create(),
    );
    const [run] = advanceClock(ws, 2000);
    expect(run!.execution.status).toBe('failed');
    expect(run!.execution.error).toMatch(/removedFunction/);
  });

  it('does not replay slots that passed before the clock was advanced', () => {
    const ws = fixtureWorkspace(start);
    inExecution(ws, ({ ScriptApp }) =>
      ScriptApp.newTrigger('whatTime').timeBased().everyDays(1).atHour(7).create(),
    );
    ws.clock.advance(3 * DAY);
    expect(advanceClock(ws, DAY).map((r) => (r.result as TimeRun).now)).toEqual(['2026-11-26T07:00:00.000Z']);
  });
});

// Retention as a long job through build/Code.js: chunks of 2,000 Issues rows, then members a few at a time,
// stopped near 4.5 minutes on a slow spreadsheet and carried on by the time-driven continuation.
import { casebookWorkspace } from '../../../bench/generate';
import type { LocalWorkspace } from '../../../local';
import {
  CONTINUE,
  continuations,
  crashAt,
  intercepting,
  keepFiredTriggersListed,
  override,
  progress,
  runToCompletion,
  slowCalls,
  timing,
  withoutTimes,
} from './helpers';

const NOW = new Date('2026-11-20T10:00:00Z');
const ISSUES = 1500;
const RETAINED = '[anonymised after the retention period]';

/** What retention leaves behind, without the time each row was written. */
function outcome(local: LocalWorkspace) {
  return {
    issues: withoutTimes(local.records('Issues')),
    members: withoutTimes(local.records('Members')),
    nextSteps: withoutTimes(local.records('Next steps')),
  };
}

describe('retention as a long job', () => {
  let single: ReturnType<typeof outcome>;
  let message: string;

  beforeAll(async () => {
    // One run with all the time it needs (the workspace clock stands still): the result to match.
    const { local } = await casebookWorkspace(ISSUES, NOW);
    message = String(local.run('applyRetention'));
    single = outcome(local);
    expect(progress(local, 'retention')).toBeNull();
    expect(continuations(local)).toHaveLength(0);
  });

  it('does it all in one run when there is time, in chunks of 2,000 rows and 10 members', () => {
    expect(message).toMatch(/^Retention: \d+ issue\(s\) and \d+ member\(s\) anonymised\.$/);
    const anonymised = single.issues.filter((i) => i.Description === RETAINED).length;
    expect(anonymised).toBeGreaterThan(50);
    expect(single.members.filter((m) => m.Name === 'Anonymised member').length).toBeGreaterThan(10);
  });

  it('stops taking chunks near 4.5 minutes on a slow spreadsheet and carries on by trigger to the same result', async () => {
    const { local } = await casebookWorkspace(ISSUES, NOW);
    // Every read of a sheet takes 10 s: a chunk reads each table, so it takes over two minutes.
    const slow = slowCalls(local, 10_000, 'SpreadsheetApp Range.getValues');
    const applyTime = timing(local, 'applyRetention');
    const continueTime = timing(local, CONTINUE);
    const first = intercepting(local, slow, () =>
      intercepting(local, applyTime.intercept, () => String(local.run('applyRetention'))),
    );
    expect(first).toMatch(/more to do, carried on in the background\.$/);
    expect(progress(local, 'retention')).toMatchObject({ done: false });
    expect(continuations(local)).toHaveLength(1);
    // Two chunks: after the second, 4.5 minutes have gone; Apps Script would stop the run at 6.
    expect(applyTime.longest()).toBeGreaterThan(270_000);
    expect(applyTime.longest()).toBeLessThanOrEqual(330_000);

    const runs = intercepting(local, keepFiredTriggersListed(local), () =>
      intercepting(local, slow, () =>
        intercepting(local, continueTime.intercept, () => runToCompletion(local)),
      ),
    );
    expect(runs.length).toBeGreaterThanOrEqual(1);
    expect(runs.every((r) => r.handler === CONTINUE && r.execution.status === 'completed')).toBe(true);
    expect(continueTime.longest()).toBeLessThanOrEqual(330_000);
    expect(progress(local, 'retention')).toBeNull();
    // Fired continuations Apps Script keeps listed were deleted, and nothing is left to fire.
    expect(continuations(local)).toHaveLength(0);
    expect(outcome(local)).toEqual(single);
  });

  it('a continuation stopped dead mid-chunk is run again by its watchdog and loses nothing', async () => {
    const { local } = await casebookWorkspace(ISSUES, NOW);
    override(local, { perRun: 1 });
    expect(String(local.run('applyRetention'))).toMatch(/more to do/);
    const saved = progress(local, 'retention');
    // The continuation dies between two writes of its chunk, as a run killed by Google would.
    const runs = intercepting(local, crashAt(CONTINUE, 'SpreadsheetApp Range.setValues', 2), () =>
      local.advance(61 * 1000),
    );
    expect(runs.map((r) => r.execution.status)).toEqual(['crashed']);
    expect(progress(local, 'retention')).toEqual(saved);
    // The watchdog set before it worked is still pending: it fires once the dead run surely stopped.
    expect(continuations(local)).toHaveLength(1);
    runToCompletion(local);
    expect(progress(local, 'retention')).toBeNull();
    expect(outcome(local)).toEqual(single);
  });
});

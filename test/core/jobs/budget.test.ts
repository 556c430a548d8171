// An execution's budget for long jobs: no chunk after 4.5 minutes, nor one that would end past 5.5.
import { RunBudget, SOFT_LIMIT_MS } from '../../../src/core/jobs/budget';
import {
  advanced,
  isPending,
  MAX_FAILURES,
  parseProgress,
  progressJson,
} from '../../../src/core/jobs/progress';

function clockAt(start: number) {
  let now = start;
  return {
    now: () => now,
    pass: (ms: number): void => {
      now += ms;
    },
  };
}

describe('RunBudget', () => {
  it('takes chunks until 4.5 minutes of the execution have gone', () => {
    const clock = clockAt(1000);
    const budget = new RunBudget(1000, clock.now);
    let chunks = 0;
    while (budget.allowsChunk()) budget.spend(() => clock.pass(20_000 + chunks++));
    expect(chunks).toBe(14);
    expect(budget.elapsed).toBeGreaterThanOrEqual(SOFT_LIMIT_MS);
    expect(budget.elapsed).toBeLessThan(SOFT_LIMIT_MS + 21_000);
  });

  it('takes no chunk that, as long as the longest so far, would end past 5.5 minutes', () => {
    const clock = clockAt(0);
    const budget = new RunBudget(0, clock.now);
    budget.spend(() => clock.pass(200_000));
    // 200 s gone, under 4.5 minutes, but another 200 s chunk would end at 400 s.
    expect(budget.allowsChunk()).toBe(false);
    expect(new RunBudget(0, clock.now, { hardMs: 400_000 }).allowsChunk()).toBe(true);
  });

  it('counts from the start of the execution, and can be capped in chunks', () => {
    const clock = clockAt(300_000);
    expect(new RunBudget(0, clock.now).allowsChunk()).toBe(false);
    const capped = new RunBudget(300_000, clock.now, { maxChunks: 2 });
    capped.spend(() => undefined);
    capped.spend(() => undefined);
    expect(capped.allowsChunk()).toBe(false);
    expect(capped.taken).toBe(2);
  });

  it('counts a chunk that throws', () => {
    const clock = clockAt(0);
    const budget = new RunBudget(0, clock.now, { maxChunks: 1 });
    const failing = (): void => {
      clock.pass(1);
      throw new Error('boom');
    };
    expect(() => budget.spend(failing)).toThrow('boom');
    expect(budget.taken).toBe(1);
  });
});

describe('job progress', () => {
  it('round-trips through JSON, and refuses anything else', () => {
    const p = advanced(null, { row: 2000 }, false, 5);
    expect(parseProgress(progressJson(p))).toEqual({
      position: { row: 2000 },
      done: false,
      steps: 1,
      failures: 0,
      since: 5,
    });
    for (const bad of [
      null,
      '',
      'not json',
      '42',
      '{"position":1}',
      '{"position":1,"done":"no","steps":1,"failures":0,"since":1}',
    ])
      expect(parseProgress(bad)).toBeNull();
  });

  it('is pending until done, or until its chunks failed three times in a row', () => {
    const p = advanced(null, 0, false, 1);
    expect(isPending(p)).toBe(true);
    expect(isPending({ ...p, done: true })).toBe(false);
    expect(isPending({ ...p, failures: MAX_FAILURES })).toBe(false);
    expect(advanced({ ...p, failures: 2 }, 1, false, 2)).toMatchObject({ failures: 0, steps: 2, since: 1 });
  });
});

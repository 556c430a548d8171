// The long-job runner over in-memory ports: progress saved after each commit, one continuation, failures counted.
import { type ChunkedJob, LongJobs } from '../../src/app/longJobs';
import type { Continuation, JobStore, Locker } from '../../src/app/ports';
import { RunBudget } from '../../src/core/jobs/budget';
import { isPending, type JobName, type JobProgress } from '../../src/core/jobs/progress';

class MemoryStore implements JobStore {
  readonly saved = new Map<JobName, JobProgress<unknown>>();
  writes = 0;
  constructor(private readonly perRun?: number) {}
  read(name: JobName) {
    return this.saved.get(name) ?? null;
  }
  write(name: JobName, progress: JobProgress<unknown>) {
    this.writes++;
    this.saved.set(name, progress);
  }
  clear(name: JobName) {
    this.saved.delete(name);
  }
  pending() {
    return [...this.saved].filter(([, p]) => isPending(p)).map(([name]) => name);
  }
  overrides() {
    return this.perRun === undefined ? {} : { chunksPerRun: this.perRun };
  }
}

/** The continuation as the delays asked for: null once cancelled. */
class FakeContinuation implements Continuation {
  readonly asked: Array<number | null> = [];
  within(delayMs: number) {
    this.asked.push(delayMs);
  }
  cancel() {
    this.asked.push(null);
  }
}

/** A lock that refuses to be taken twice, as the chunks must never nest. */
class StrictLock implements Locker {
  held = false;
  withLock<T>(work: () => T): T {
    if (this.held) throw new Error('lock taken twice');
    this.held = true;
    try {
      return work();
    } finally {
      this.held = false;
    }
  }
}

/** Counts rows 0..total in chunks; records which rows it saw, and can fail on a row. */
function counter(
  total: number,
  seen: number[],
  failAt = -1,
  name: JobName = 'retention',
): ChunkedJob<number> {
  return {
    name,
    chunkSize: 10,
    parse: (p) => (typeof p === 'number' ? p : null),
    start: (saved) => (saved && !saved.done ? saved.position : 0),
    chunk(from, size) {
      const to = Math.min(from + size, total);
      for (let row = from; row < to; row++) {
        if (row === failAt) throw new Error(`row ${row} failed`);
        seen.push(row);
      }
      return { position: to, done: to >= total };
    },
  };
}

function session(store: MemoryStore, options: { maxChunks?: number; ms?: number } = {}) {
  const continuation = new FakeContinuation();
  let now = 0;
  const budget = new RunBudget(0, () => now, options.maxChunks ? { maxChunks: options.maxChunks } : {});
  const jobs = new LongJobs({ store, continuation, locker: new StrictLock(), budget, now: () => now });
  const tick = (ms: number): void => {
    now += ms;
  };
  return { jobs, continuation, tick };
}

describe('LongJobs', () => {
  it('does every chunk while there is time, and leaves no progress and no continuation', () => {
    const store = new MemoryStore();
    const seen: number[] = [];
    const { jobs, continuation } = session(store);
    expect(jobs.run(counter(35, seen))).toEqual({ chunks: 4, done: true });
    jobs.finish();
    expect(seen).toEqual(Array.from({ length: 35 }, (_, i) => i));
    expect(store.saved.size).toBe(0);
    // A watchdog was set once work was saved, and cancelled when all was done.
    expect(continuation.asked).toEqual([7 * 60_000, null]);
  });

  it('saves where it stopped, then a later execution carries on from there', () => {
    const store = new MemoryStore(2);
    const seen: number[] = [];
    const first = session(store);
    expect(first.jobs.run(counter(35, seen))).toEqual({ chunks: 2, done: false });
    first.jobs.finish();
    expect(store.read('retention')).toMatchObject({ position: 20, done: false, steps: 2 });
    expect(first.continuation.asked).toEqual([7 * 60_000, 60_000]);
    const next = session(store);
    expect(next.jobs.pending()).toEqual(['retention']);
    next.jobs.runAll([counter(35, seen)], () => undefined);
    next.jobs.finish(true);
    expect(seen).toEqual(Array.from({ length: 35 }, (_, i) => i));
    expect(store.saved.size).toBe(0);
    expect(next.continuation.asked.at(-1)).toBeNull();
  });

  it('saves a job it had no time for as started, so the continuation does it', () => {
    const store = new MemoryStore();
    const { jobs, continuation, tick } = session(store);
    tick(280_000);
    expect(jobs.run(counter(5, []))).toEqual({ chunks: 0, done: false });
    jobs.finish();
    expect(store.read('retention')).toMatchObject({ position: 0, done: false, steps: 0 });
    expect(continuation.asked).toEqual([7 * 60_000, 60_000]);
  });

  it('takes one chunk of each job in turn, and leaves a failing job after three failures in a row', () => {
    const store = new MemoryStore(1);
    const good: number[] = [];
    const bad: number[] = [];
    store.write('retention', { position: 0, done: false, steps: 0, failures: 0, since: 0 });
    store.write('adoption', { position: 0, done: false, steps: 0, failures: 0, since: 0 });
    const failures: string[] = [];
    for (let run = 0; run < 3; run++) {
      const { jobs } = session(store);
      jobs.runAll([counter(30, good), counter(30, bad, 12, 'adoption')], (name) => failures.push(name));
      jobs.finish(true);
    }
    expect(good).toEqual(Array.from({ length: 30 }, (_, i) => i));
    expect(failures).toEqual(['adoption', 'adoption']);
    expect(store.read('adoption')).toMatchObject({ position: 10, failures: 2 });
    expect(store.pending()).toEqual(['adoption']);
    const { jobs, continuation } = session(store);
    jobs.runAll([counter(30, bad, 12, 'adoption')], () => undefined);
    jobs.finish(true);
    expect(store.pending()).toEqual([]);
    expect(continuation.asked).toEqual([null]);
  });

  it('keeps a finished record when asked, and finishes a saved job that has nothing left to do', () => {
    const store = new MemoryStore();
    const record: ChunkedJob<string[]> = {
      name: 'digests',
      chunkSize: 2,
      keepWhenDone: true,
      parse: (p) => (Array.isArray(p) ? (p as string[]) : null),
      start: (saved) => {
        const sent = saved?.position ?? [];
        return sent.length < 3 ? sent : null;
      },
      chunk(sent, size, save) {
        let at = sent;
        for (const b of ['a', 'b', 'c'].filter((x) => !sent.includes(x)).slice(0, size)) {
          at = [...at, b];
          save(at);
        }
        return { position: at, done: at.length === 3 };
      },
    };
    const { jobs } = session(store, { maxChunks: 1 });
    jobs.run(record);
    expect(store.read('digests')).toMatchObject({ position: ['a', 'b'], done: false });
    session(store).jobs.run(record);
    expect(store.read('digests')).toMatchObject({ position: ['a', 'b', 'c'], done: true });
    const writes = store.writes;
    expect(session(store).jobs.run(record)).toEqual({ chunks: 1, done: true });
    expect(store.writes).toBe(writes);
    store.write('digests', { position: ['a', 'b', 'c'], done: false, steps: 3, failures: 0, since: 0 });
    session(store).jobs.run(record);
    expect(store.read('digests')).toMatchObject({ done: true });
  });
});

describe('LongJobs and progress it cannot read', () => {
  it('drops it and starts afresh, so no continuation keeps coming back for it', () => {
    const store = new MemoryStore();
    store.write('retention', {
      position: 'from another version',
      done: false,
      steps: 4,
      failures: 0,
      since: 0,
    });
    const seen: number[] = [];
    const { jobs, continuation } = session(store);
    expect(jobs.run(counter(15, seen))).toEqual({ chunks: 2, done: true });
    jobs.finish();
    expect(seen).toHaveLength(15);
    expect(store.saved.size).toBe(0);
    expect(continuation.asked.at(-1)).toBeNull();
  });
});

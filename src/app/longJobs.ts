// Long jobs: work done in chunks, each committed then recorded, carried on by a time-driven continuation.
import type { RunBudget } from '../core/jobs/budget';
import {
  advanced,
  failed,
  isPending,
  type JobName,
  type JobProgress,
  notStarted,
} from '../core/jobs/progress';
import type { ChunkedJob, ChunkResult } from './chunkedJob';
import type { Continuation, JobStore, Locker } from './ports';

export type { ChunkedJob, ChunkResult };

/** A continuation runs a minute after an execution that left work to do. */
export const CONTINUE_AFTER_MS = 60_000;
/**
 * While an execution works with progress saved, a continuation waits further off than any execution can
 * last (six minutes), so it never overlaps it: it only fires if the execution died before rescheduling.
 */
export const WATCHDOG_AFTER_MS = 7 * 60_000;

/** What running a job in this execution did. */
export interface JobRun {
  readonly chunks: number;
  readonly done: boolean;
}

/** The ports of a long-job session: one per execution. */
export interface LongJobDeps {
  readonly store: JobStore;
  readonly continuation: Continuation;
  readonly locker: Locker;
  readonly budget: RunBudget;
  readonly now: () => number;
}

/** For use cases run inside a chunk: the session already holds the script lock. */
export const HELD_LOCK: Locker = { withLock: (work) => work() };

interface Outcome {
  readonly finished: boolean;
  readonly afterwards?: () => void;
}

/** A chunk done (null: nothing to do), with the progress saved before it (or by it, for one that commits several times). */
interface Step<P> {
  readonly saved: JobProgress<P> | null;
  readonly result: ChunkResult<P> | null;
}

/** Whether recording a chunk writes progress (else it needs no lock). */
function changesProgress<P>(job: ChunkedJob<P>, step: Step<P>): boolean {
  if (!step.result) return step.saved !== null && !step.saved.done;
  return !step.result.done || job.keepWhenDone === true || step.saved !== null;
}

/** Runs long jobs within one execution's budget and leaves a continuation for whatever remains. */
export class LongJobs {
  /** Jobs this execution left with work to do. */
  private readonly left = new Set<JobName>();
  /** Whether each job had work pending when this execution first read it (a continuation may wait for it). */
  private readonly pendingAtStart = new Map<JobName, boolean>();
  /** Whether this execution finished a job that was pending (so its continuation may be needless now). */
  private finishedPending = false;
  private watching = false;

  constructor(private readonly deps: LongJobDeps) {}

  /** Chunks of one job while the budget lasts (and at most `maxChunks`); its progress saved after each. */
  run<P>(job: ChunkedJob<P>, maxChunks = Number.POSITIVE_INFINITY): JobRun {
    let chunks = 0;
    while (chunks < maxChunks && this.allowsChunk(chunks)) {
      const outcome = this.deps.budget.spend(() => this.chunkOf(job));
      chunks++;
      outcome.afterwards?.();
      if (outcome.finished) return { chunks, done: true };
    }
    if (chunks === 0) this.markStarted(job);
    return { chunks, done: false };
  }

  /**
   * The continuation's run: a chunk of each job in turn while the budget lasts, so none waits for another
   * to finish. A job whose chunk fails is counted as failing, reported, and left for the next run.
   */
  runAll(jobs: ReadonlyArray<ChunkedJob<unknown>>, failure: (job: JobName, error: unknown) => void): void {
    const chunks = new Map<ChunkedJob<unknown>, number>(jobs.map((job) => [job, 0]));
    while (chunks.size > 0) {
      for (const [job, taken] of [...chunks]) {
        if (!this.allowsChunk(taken)) {
          chunks.delete(job);
          continue;
        }
        try {
          const outcome = this.deps.budget.spend(() => this.chunkOf(job));
          chunks.set(job, taken + 1);
          outcome.afterwards?.();
          if (outcome.finished) chunks.delete(job);
        } catch (error) {
          chunks.delete(job);
          const saved = this.deps.store.read(job.name);
          if (saved) this.deps.store.write(job.name, failed(saved));
          failure(job.name, error);
        }
      }
    }
  }

  /** Jobs a continuation should carry on, read afresh. */
  pending(): JobName[] {
    return this.deps.store.pending();
  }

  /** A job's saved progress, read afresh. */
  saved(name: JobName): JobProgress<unknown> | null {
    return this.deps.store.read(name);
  }

  /** Forgets a job whose work no longer applies (e.g. checking a form that is gone). */
  drop(name: JobName): void {
    this.deps.locker.withLock(() => this.deps.store.clear(name));
  }

  /** Rows (responses, branches) per chunk for a job: its own, unless overridden. */
  chunkSize(job: Pick<ChunkedJob<unknown>, 'chunkSize'>): number {
    return this.deps.store.overrides().chunkRows ?? job.chunkSize;
  }

  /**
   * Records where a job stands after work done outside `run` (setup's first chunk of adoption, inside its
   * own commit), so a continuation carries it on. Call under the script lock.
   */
  remember<P>(job: ChunkedJob<P>, position: P): void {
    this.save(job, this.savedOf(job), position, false, true);
  }

  /** Before a continuation works: if it dies, another runs once it surely has stopped. */
  watch(): void {
    this.deps.locker.withLock(() => this.deps.continuation.within(WATCHDOG_AFTER_MS));
    this.watching = true;
  }

  /**
   * At the end of an execution: a continuation in a minute if work remains, else none once every job is
   * done. Decided under the lock, so a job saved by another execution meanwhile is never orphaned.
   */
  finish(asContinuation = false): void {
    if (!asContinuation && this.left.size === 0 && !this.finishedPending && !this.watching) return;
    this.deps.locker.withLock(() => {
      if (this.left.size > 0 || this.deps.store.pending().length > 0)
        this.deps.continuation.within(CONTINUE_AFTER_MS);
      else this.deps.continuation.cancel();
    });
  }

  /** Whether another chunk may start, for a job that took `taken` chunks in this execution. */
  private allowsChunk(taken: number): boolean {
    if (!this.deps.budget.allowsChunk()) return false;
    // The override is read with the first chunk's progress, so it costs no extra call.
    const perRun = taken > 0 ? this.deps.store.overrides().chunksPerRun : undefined;
    return perRun === undefined || taken < perRun;
  }

  /**
   * One chunk from the saved progress, under the lock (a job that takes the lock itself works first and
   * saves under it after); the progress is saved only once the chunk's data is committed.
   */
  private chunkOf<P>(job: ChunkedJob<P>): Outcome {
    if (job.locked === false) {
      const step = this.step(job);
      return changesProgress(job, step)
        ? this.deps.locker.withLock(() => this.record(job, step))
        : this.record(job, step);
    }
    return this.deps.locker.withLock(() => this.record(job, this.step(job)));
  }

  private step<P>(job: ChunkedJob<P>): Step<P> {
    const state = { saved: this.savedOf(job) };
    const position = job.start(state.saved);
    if (position === null) return { saved: state.saved, result: null };
    const result = job.chunk(position, this.chunkSize(job), (p) => {
      state.saved = this.save(job, state.saved, p, false, false);
    });
    return { saved: state.saved, result };
  }

  /** After a chunk: its progress saved. A job with nothing to do is finished (its record kept or cleared). */
  private record<P>(job: ChunkedJob<P>, step: Step<P>): Outcome {
    if (!step.result) {
      if (step.saved && !step.saved.done) this.save(job, step.saved, step.saved.position, true, false);
      this.left.delete(job.name);
      return { finished: true };
    }
    const { position, done, afterwards } = step.result;
    this.save(job, step.saved, position, done, !done);
    return { finished: done, ...(afterwards ? { afterwards } : {}) };
  }

  /** The job's saved progress; progress it cannot read (another version's) is dropped, so it never lingers. */
  private savedOf<P>(job: ChunkedJob<P>): JobProgress<P> | null {
    const saved = this.deps.store.read(job.name, !job.findsItsWork);
    const position = saved ? job.parse(saved.position) : null;
    if (!this.pendingAtStart.has(job.name)) this.pendingAtStart.set(job.name, isPending(saved));
    if (saved && position === null) this.deps.store.clear(job.name);
    return saved && position !== null ? { ...saved, position } : null;
  }

  /** Saves progress after a commit; a job left with work to do gets a watchdog continuation. */
  private save<P>(
    job: ChunkedJob<P>,
    before: JobProgress<P> | null,
    position: P,
    done: boolean,
    watch: boolean,
  ): JobProgress<P> | null {
    if (done && !job.keepWhenDone) {
      if (before) this.deps.store.clear(job.name);
      if (this.pendingAtStart.get(job.name)) this.finishedPending = true;
      this.left.delete(job.name);
      return null;
    }
    const progress = advanced(before, position, done, this.deps.now());
    this.deps.store.write(job.name, progress);
    if (done) this.left.delete(job.name);
    else this.left.add(job.name);
    if (done && this.pendingAtStart.get(job.name)) this.finishedPending = true;
    if (watch) this.watchOnce();
    return progress;
  }

  /** A job the budget left no time for is saved as started, so a continuation does it. */
  private markStarted<P>(job: ChunkedJob<P>): void {
    this.deps.locker.withLock(() => {
      const saved = this.savedOf(job);
      if (!isPending(saved)) {
        const position = job.start(saved);
        if (position === null) return;
        this.deps.store.write(job.name, notStarted(position, this.deps.now()));
      }
      this.left.add(job.name);
      this.watchOnce();
    });
  }

  /** The first time this execution leaves work saved: a continuation that fires only if it dies. */
  private watchOnce(): void {
    if (this.watching) return;
    this.deps.continuation.within(WATCHDOG_AFTER_MS);
    this.watching = true;
  }
}

// A long job's progress as kept between executions: where it got to, whether it is done, how it went.

/** The long jobs, by the name their progress is kept under. */
export const JOB_NAMES = ['retention', 'reconcile', 'verify-answers', 'digests', 'adoption'] as const;
export type JobName = (typeof JOB_NAMES)[number];

/** A job whose chunk failed this many times in a row is left to its own daily or hourly run. */
export const MAX_FAILURES = 3;

/** Where a job got to. `P` is the job's own position (a row, the branches sent...), plain JSON. */
export interface JobProgress<P> {
  readonly position: P;
  /** True only for a job that keeps its last position as a record (the digest's week). */
  readonly done: boolean;
  /** Commits recorded since the job started (a chunk, or an email of a digest chunk). */
  readonly steps: number;
  /** Chunks that failed in a row (reset by one that works). */
  readonly failures: number;
  /** When the job started (milliseconds since 1970). */
  readonly since: number;
}

export function isJobName(name: string): name is JobName {
  return (JOB_NAMES as readonly string[]).includes(name);
}

function count(value: unknown): number | null {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : null;
}

/** Progress read back from JSON, or null when it is not progress (hand-edited, or from another version). */
export function parseProgress(json: string | null | undefined): JobProgress<unknown> | null {
  if (!json) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return null;
  }
  if (raw === null || typeof raw !== 'object' || !('position' in raw)) return null;
  const r = raw as Record<string, unknown>;
  const steps = count(r.steps);
  const failures = count(r.failures);
  const since = count(r.since);
  if (steps === null || failures === null || since === null || typeof r.done !== 'boolean') return null;
  return { position: r.position, done: r.done, steps, failures, since };
}

/** Progress as JSON, for a property value. */
export function progressJson(progress: JobProgress<unknown>): string {
  return JSON.stringify(progress);
}

/** Whether a continuation should carry the job on: not done, and not failing again and again. */
export function isPending(progress: JobProgress<unknown> | null): boolean {
  return progress !== null && !progress.done && progress.failures < MAX_FAILURES;
}

/** Progress after a commit, from the progress before it (null: the job starts now). */
export function advanced<P>(
  before: JobProgress<unknown> | null,
  position: P,
  done: boolean,
  now: number,
): JobProgress<P> {
  return {
    position,
    done,
    steps: (before?.steps ?? 0) + 1,
    failures: 0,
    since: before && !before.done ? before.since : now,
  };
}

/** A job saved before its first chunk (the execution had no time left for it). */
export function notStarted<P>(position: P, now: number): JobProgress<P> {
  return { position, done: false, steps: 0, failures: 0, since: now };
}

/** Progress after a chunk that failed: same position, one more failure. */
export function failed<P>(before: JobProgress<P>): JobProgress<P> {
  return { ...before, failures: before.failures + 1 };
}

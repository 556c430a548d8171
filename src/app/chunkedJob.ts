// What a long job is to the runner: a position, and chunks that commit their data and say where they got to.
import type { JobName, JobProgress } from '../core/jobs/progress';

/** What a chunk did. */
export interface ChunkResult<P> {
  /** Where the job stands after the chunk. */
  readonly position: P;
  readonly done: boolean;
  /** Work for after the lock is released (e.g. emails about what the chunk filed). */
  readonly afterwards?: () => void;
}

/** A job done in chunks. Running a chunk again from the same position must be harmless. */
export interface ChunkedJob<P> {
  readonly name: JobName;
  /** Rows (responses, branches) per chunk unless overridden. */
  readonly chunkSize: number;
  /**
   * False for a job whose chunk reads Google services at length and takes the lock only around its own
   * commit; otherwise each chunk runs under the script lock.
   */
  readonly locked?: boolean;
  /** Keeps the last position when done, as a record (the digest's week: which branches had it). */
  readonly keepWhenDone?: boolean;
  /**
   * True for a job whose chunks find their work afresh (responses not filed yet), its position only a
   * record: this run's copy of its progress will do, saving a read of the properties per chunk.
   */
  readonly findsItsWork?: boolean;
  /** A saved position checked (it was JSON in a property), or null when it is not this job's. */
  parse(position: unknown): P | null;
  /** Where the next chunk starts, from the saved progress (null: none); null when there is nothing to do. */
  start(saved: JobProgress<P> | null): P | null;
  /**
   * One chunk of `size` from `position`: commits its data, then returns where the job stands. A chunk
   * that commits several times (one email per branch) calls `save` after each commit.
   */
  chunk(position: P, size: number, save: (position: P) => void): ChunkResult<P>;
}

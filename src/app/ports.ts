// The ports use cases work through: a database of header-mapped tables, locks, long jobs' progress and continuation.
import type { CellValue, RecordValues } from '../core/cells';
import type { JobName, JobProgress } from '../core/jobs/progress';
import type { TableName, TableSpec } from '../core/schema';

/** Where a table lives when a team adopted its own sheet for it (table name -> sheet name). */
export type SheetNames = Partial<Record<TableName, string>>;

export type { RecordValues };

/** A table read once; changes are collected and written in batches by `Database.commit()`. */
export interface Table {
  readonly spec: TableSpec;
  readonly sheetName: string;
  /** Number of data rows (header excluded). */
  readonly size: number;
  /** Whether the sheet has this column (teams may have removed optional ones). */
  has(header: string): boolean;
  value(index: number, header: string): CellValue;
  record(index: number): RecordValues;
  /** The sheet row number (1-based) of a data row, for volunteer-facing messages. */
  rowNumber(index: number): number;
  /** Data row index of a record id, or -1. */
  indexOf(id: string): number;
  /** Data row indexes whose column satisfies a test. */
  where(header: string, test: (value: CellValue) => boolean): number[];
  /** Changes some columns of a row; unknown columns are an error; Updated is stamped. */
  update(index: number, changes: Readonly<Record<string, unknown>>): void;
  /** A new id after every id in the table (for rows adopted without one). */
  allocateId(): string;
  /** Adds a record; allocates its id (returned) when the table has ids and none is given. */
  append(values: Readonly<Record<string, unknown>>): string;
}

/** The casework spreadsheet, read table by table, written in one commit. */
export interface Database {
  /** Reads a table (once per database instance). */
  table(name: TableName): Table;
  /** Writes every pending change and the activity log entries (flushed before the lock is released). */
  commit(): void;
  /** Points tables at a team's own sheets (from Settings) before they are first read. */
  useSheetNames(names: SheetNames): void;
  /** Records a line in the Activity log, written with the next commit. */
  log(record: string, action: string, details: string): void;
  readonly timeZone: string;
}

/** Runs work while holding the script-wide lock, so writers never collide. */
export interface Locker {
  withLock<T>(work: () => T, waitMs?: number): T;
}

/** Who is acting and when. */
export interface Context {
  now(): Date;
  user(): string;
}

/** Where each job's progress is kept between executions. */
export interface JobStore {
  /**
   * The job's saved progress: read afresh (inside the lock, so two executions never take the same chunk),
   * or, with `fresh` false, as this run last read it.
   */
  read(name: JobName, fresh?: boolean): JobProgress<unknown> | null;
  write(name: JobName, progress: JobProgress<unknown>): void;
  clear(name: JobName): void;
  /** Jobs with progress a continuation should carry on, read afresh. */
  pending(): JobName[];
  /** Overrides for tests and very slow spreadsheets: rows per chunk, chunks per execution. */
  overrides(): { readonly chunkRows?: number; readonly chunksPerRun?: number };
}

/** The time-driven continuation: at most one pending. */
export interface Continuation {
  /** Makes sure the continuation runs within `delayMs` (keeps a pending one due sooner). */
  within(delayMs: number): void;
  /** Leaves no continuation pending (fired ones are removed too). */
  cancel(): void;
}

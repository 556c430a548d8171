// Long jobs' progress in the spreadsheet's document properties, and their one-off time-driven continuation trigger.
import { LongJobs } from '../app/longJobs';
import type { Continuation, JobStore } from '../app/ports';
import { RunBudget } from '../core/jobs/budget';
import {
  isPending,
  JOB_NAMES,
  type JobName,
  type JobProgress,
  parseProgress,
  progressJson,
} from '../core/jobs/progress';
import {
  deleteDocumentProperties,
  documentProperties,
  rereadDocumentProperties,
  setDocumentProperties,
} from './documentProperties';
import { ScriptLocker } from './lock';
import { flushIfWritten } from './pendingWrites';

/** Each job's progress is kept under this prefix and its name, as JSON. */
export const JOB_KEY_PREFIX = 'solidarity-desk-job-';
/** The pending continuation trigger: its id and when it falls due. */
export const CONTINUATION_KEY = 'solidarity-desk-continuation';
/** Overrides: rows (responses, branches) per chunk, and chunks per execution, for tests and slow sheets. */
export const CHUNK_ROWS_KEY = 'solidarity-desk-chunk-rows';
export const CHUNKS_PER_RUN_KEY = 'solidarity-desk-chunks-per-run';
/** The entry point the continuation trigger runs. */
export const CONTINUE_HANDLER = 'continueLongJobs';

function positive(text: string | undefined): number | undefined {
  const n = Number(text);
  return text !== undefined && Number.isInteger(n) && n > 0 ? n : undefined;
}

/**
 * Progress in the spreadsheet's document properties (not script properties: an add-on's are shared by
 * every spreadsheet it is installed in), through the run's one shared read of them.
 */
export class PropertiesJobStore implements JobStore {
  /** A raw value, from this run's copy of the properties. */
  value(key: string): string | undefined {
    return documentProperties()[key];
  }

  put(key: string, value: string): void {
    if (documentProperties()[key] !== value) setDocumentProperties({ [key]: value });
  }

  remove(key: string): void {
    deleteDocumentProperties([key]);
  }

  read(name: JobName, fresh = true): JobProgress<unknown> | null {
    if (fresh) rereadDocumentProperties();
    return parseProgress(documentProperties()[JOB_KEY_PREFIX + name]);
  }

  /** Saved once the chunk's writes are applied (not left in Apps Script's write buffer), never before. */
  write(name: JobName, progress: JobProgress<unknown>): void {
    flushIfWritten();
    this.put(JOB_KEY_PREFIX + name, progressJson(progress));
  }

  clear(name: JobName): void {
    flushIfWritten();
    this.remove(JOB_KEY_PREFIX + name);
  }

  pending(): JobName[] {
    rereadDocumentProperties();
    const all = documentProperties();
    return JOB_NAMES.filter((name) => isPending(parseProgress(all[JOB_KEY_PREFIX + name])));
  }

  overrides(): { chunkRows?: number; chunksPerRun?: number } {
    const chunkRows = positive(this.value(CHUNK_ROWS_KEY));
    const chunksPerRun = positive(this.value(CHUNKS_PER_RUN_KEY));
    return {
      ...(chunkRows === undefined ? {} : { chunkRows }),
      ...(chunksPerRun === undefined ? {} : { chunksPerRun }),
    };
  }
}

interface PendingTrigger {
  readonly uid: string;
  readonly dueAt: number;
}

function parsePending(json: string | undefined): PendingTrigger | null {
  try {
    const raw = JSON.parse(json ?? 'null') as Partial<PendingTrigger> | null;
    return raw && typeof raw.uid === 'string' && typeof raw.dueAt === 'number'
      ? { uid: raw.uid, dueAt: raw.dueAt }
      : null;
  } catch {
    return null;
  }
}

/**
 * The continuation as one one-off trigger. Apps Script leaves a fired one-off trigger listed (disabled)
 * until it is deleted, and lists no due time, so the pending one is remembered by id and due time: every
 * other `continueLongJobs` trigger, or this one once due, has fired or is stale and is deleted.
 */
export class TriggerContinuation implements Continuation {
  constructor(private readonly store: PropertiesJobStore) {}

  within(delayMs: number): void {
    const now = Date.now();
    const pending = parsePending(this.store.value(CONTINUATION_KEY));
    const ours = this.triggers();
    const keep = ours.find(
      (t) =>
        pending !== null &&
        t.getUniqueId() === pending.uid &&
        pending.dueAt > now &&
        pending.dueAt <= now + delayMs,
    );
    for (const t of ours) if (t !== keep) ScriptApp.deleteTrigger(t);
    if (keep) return;
    const trigger = ScriptApp.newTrigger(CONTINUE_HANDLER).timeBased().after(delayMs).create();
    this.store.put(CONTINUATION_KEY, JSON.stringify({ uid: trigger.getUniqueId(), dueAt: now + delayMs }));
  }

  /** Nothing to do without a remembered continuation (the next `within` clears any stray one). */
  cancel(): void {
    if (this.store.value(CONTINUATION_KEY) === undefined) return;
    for (const t of this.triggers()) ScriptApp.deleteTrigger(t);
    this.store.remove(CONTINUATION_KEY);
  }

  private triggers(): GoogleAppsScript.Script.Trigger[] {
    return ScriptApp.getProjectTriggers().filter((t) => t.getHandlerFunction() === CONTINUE_HANDLER);
  }
}

let startedAt: number | null = null;

/**
 * When this execution started, as first asked: entry points that run long jobs ask first thing. Apps
 * Script loads the script afresh for every execution, so this never carries over from another one.
 */
export function executionStart(): number {
  startedAt ??= Date.now();
  return startedAt;
}

/** The long jobs of this execution, over the spreadsheet's properties, triggers and the script lock. */
export function longJobSession(): LongJobs {
  const store = new PropertiesJobStore();
  return new LongJobs({
    store,
    continuation: new TriggerContinuation(store),
    locker: new ScriptLocker(),
    budget: new RunBudget(executionStart(), () => Date.now()),
    now: () => Date.now(),
  });
}

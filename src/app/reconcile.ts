// Use case: compare the form's responses with what was filed, and file anything a failed trigger missed.
import { cellText } from '../core/cells';
import { type FilingResult, fileIntake, type IntakeResponse } from './intake';
import type { Database, Locker } from './ports';
import type { Config } from './receiveIntake';

export interface ReconcileReport {
  readonly checked: number;
  readonly filed: readonly string[];
  /** What was filed, so the same emails go out as if the trigger had worked. */
  readonly results: readonly FilingResult[];
  readonly settings: Config['settings'] | null;
  /** Responses newer than this were not reached in this run (a continuation picks them up). */
  readonly resumeFrom: Date | null;
}

/**
 * Files every response not yet in Issues, oldest first, under one lock and one commit. Responses already
 * filed are skipped by id before any parsing; at most `limit` are filed per run, the rest in the next run.
 */
export function reconcileIntake(
  responses: readonly IntakeResponse[],
  db: Database,
  locker: Locker,
  loadConfig: (db: Database) => Config,
  now: () => Date,
  limit = 200,
): ReconcileReport {
  const filed: string[] = [];
  const results: FilingResult[] = [];
  let settings: Config['settings'] | null = null;
  let chunk: IntakeResponse[] = [];
  let next: IntakeResponse | undefined;
  locker.withLock(() => {
    const config = loadConfig(db);
    settings = config.settings;
    db.useSheetNames(config.settings.sheetNames);
    const issues = db.table('issues');
    const known = new Set(
      Array.from({ length: issues.size }, (_, i) => cellText(issues.value(i, 'Response ID'))),
    );
    const missing = responses
      .filter((r) => !known.has(r.responseId))
      .sort((a, b) => a.receivedAt.getTime() - b.receivedAt.getTime());
    chunk = missing.slice(0, limit);
    next = missing[limit];
    for (const response of chunk) {
      const result: FilingResult = fileIntake(db, response, config.settings, config.branches, now());
      if (result.status === 'filed' && result.issueId) {
        filed.push(result.issueId);
        results.push(result);
      }
    }
    if (filed.length > 0)
      db.log(
        'Intake',
        'Reconciled form responses',
        `Filed ${filed.length} missed response(s): ${filed.join(', ')}`,
      );
    db.commit();
  });
  return { checked: chunk.length, filed, results, settings, resumeFrom: next ? next.receivedAt : null };
}

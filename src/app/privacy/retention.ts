// Use case: the retention rule, previewed and applied in chunks by the daily job, resuming where it stopped.
import { planAnonymisation } from '../../core/privacy/anonymise';
import { RETAINED_TEXT, type RetentionDue, retentionDue } from '../../core/privacy/retention';
import { describePeriod } from '../../core/reports/period';
import type { Settings } from '../../core/settings';
import type { Database, Locker } from '../ports';
import { recordsOf } from '../reports/casework';
import { changedCells, type ResponseSheets, readSnapshot, writePlan } from './snapshot';

/** Where a long retention run got to (a row of Issues), kept between runs in script properties. */
export interface RetentionCursor {
  get(): number;
  set(row: number): void;
  clear(): void;
}

/** Issues rows looked at per run: well inside Apps Script's six-minute limit. */
export const RETENTION_CHUNK = 2000;

function dueNow(db: Database, settings: Pick<Settings, 'retentionYears'>, now: Date): RetentionDue {
  return retentionDue(
    recordsOf(db.table('issues')),
    recordsOf(db.table('members')),
    now,
    settings.retentionYears,
    db.timeZone,
  );
}

/** What the rule would anonymise today, in words; nothing is written. */
export function previewRetention(db: Database, settings: Pick<Settings, 'retentionYears'>, now: Date) {
  const due = dueNow(db, settings, now);
  const before = describePeriod({ from: due.keepFrom, to: due.keepFrom }, db.timeZone).split(' to ')[0];
  const text =
    due.issueIds.length + due.memberIds.length === 0
      ? `Nothing to anonymise: no closed issue is older than ${settings.retentionYears} years.`
      : [
          `Closed before ${before} (Settings: keep closed issues for ${settings.retentionYears} years).`,
          `Issues to anonymise (address, private notes and description cleared; outcomes kept): ${due.issueIds.join(', ') || 'none'}.`,
          `Members with nothing open and no activity since then, to anonymise everywhere: ${due.memberIds.join(', ') || 'none'}.`,
        ].join('\n');
  return { due, text };
}

/** What one run did. */
export interface RetentionRun {
  readonly issues: number;
  readonly members: number;
  /** False when more rows wait for the next run. */
  readonly done: boolean;
}

/** What applying the rule needs from the workspace. */
export interface RetentionDeps {
  readonly openDatabase: () => Database;
  readonly responses: ResponseSheets;
  readonly locker: Locker;
  readonly cursor: RetentionCursor;
  readonly now: Date;
  readonly settings: Pick<Settings, 'retentionYears'>;
}

/**
 * Anonymises due issues in the next `chunk` rows of Issues; the last chunk also anonymises due members
 * (everywhere, like an erasure). Safe to stop at any point: rows already anonymised are never due again.
 */
export function applyRetention(deps: RetentionDeps, chunk = RETENTION_CHUNK): RetentionRun {
  return deps.locker.withLock(() => {
    const db = deps.openDatabase();
    const due = dueNow(db, deps.settings, deps.now);
    const issues = db.table('issues');
    const start = Math.min(deps.cursor.get(), issues.size);
    const end = Math.min(start + chunk, issues.size);
    const last = end >= issues.size;
    const inChunk = new Set(
      due.issueIds.filter((id) => issues.indexOf(id) >= start && issues.indexOf(id) < end),
    );
    const memberIds = last ? due.memberIds : [];
    const snapshot = readSnapshot(
      db,
      last && memberIds.length > 0 ? deps.responses : { read: () => [], blank: () => {} },
    );
    const plan = planAnonymisation(snapshot, {
      memberIds,
      issueIds: [...inChunk],
      memberLabel: 'Anonymised member',
      textLabel: RETAINED_TEXT,
    });
    if (plan.changes.length + plan.responseRows.length > 0) {
      const cells = changedCells(db, plan);
      writePlan(db, plan, deps.responses, () =>
        db.log(
          'Retention',
          'Retention rule applied',
          `${inChunk.size} closed issue(s) and ${memberIds.length} member(s) anonymised (kept for ${deps.settings.retentionYears} years). Cells changed: ${cells}.`,
        ),
      );
    }
    if (last) deps.cursor.clear();
    else deps.cursor.set(end);
    return { issues: inChunk.size, members: memberIds.length, done: last };
  });
}

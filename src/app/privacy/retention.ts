// Use case: the retention rule, previewed, and applied as a long job in chunks of Issues rows.
import { planAnonymisation } from '../../core/privacy/anonymise';
import { RETAINED_TEXT, type RetentionDue, retentionDue } from '../../core/privacy/retention';
import { describePeriod } from '../../core/reports/period';
import type { Settings } from '../../core/settings';
import type { ChunkedJob } from '../longJobs';
import type { Database } from '../ports';
import { recordsOf } from '../reports/casework';
import { changedCells, type ResponseSheets, readSnapshot, writePlan } from './snapshot';

/** Issues rows looked at per chunk: well inside Apps Script's six-minute limit. */
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

/** What applying the rule needs from the workspace. */
export interface RetentionDeps {
  readonly openDatabase: () => Database;
  readonly responses: ResponseSheets;
  readonly now: Date;
  readonly settings: Pick<Settings, 'retentionYears'>;
}

/** Members anonymised per chunk at most: each is looked for in every cell of every sheet. */
export const RETENTION_MEMBER_CHUNK = 10;

/** Where retention got to: a row of Issues, then the due members (each chunk takes the next few due). */
export interface RetentionPosition {
  readonly phase: 'issues' | 'members';
  readonly row: number;
}

/** The retention rule as a long job; it counts what it anonymised in this execution. */
export interface RetentionJob extends ChunkedJob<RetentionPosition> {
  readonly anonymised: { issues: number; members: number };
}

function parsePosition(value: unknown): RetentionPosition | null {
  if (value === null || typeof value !== 'object') return null;
  const { phase, row } = value as Record<string, unknown>;
  if (
    (phase !== 'issues' && phase !== 'members') ||
    typeof row !== 'number' ||
    !Number.isInteger(row) ||
    row < 0
  )
    return null;
  return { phase, row };
}

/**
 * Anonymises due issues chunk by chunk of Issues rows, then due members (everywhere, like an erasure) a
 * few per chunk, the first few with the last rows. Safe to stop and run again at any point: rows and
 * members already anonymised are never due again. Each chunk runs under the lock the session holds.
 */
export function retentionJob(deps: RetentionDeps, chunkSize = RETENTION_CHUNK): RetentionJob {
  const anonymised = { issues: 0, members: 0 };
  return {
    name: 'retention',
    chunkSize,
    anonymised,
    parse: parsePosition,
    start: (saved) => (saved && !saved.done ? saved.position : { phase: 'issues', row: 0 }),
    chunk(position, size) {
      const run = retentionChunk(deps, position, size);
      anonymised.issues += run.issues;
      anonymised.members += run.members;
      return { position: run.next ?? position, done: run.next === null };
    },
  };
}

function retentionChunk(deps: RetentionDeps, position: RetentionPosition, size: number) {
  const db = deps.openDatabase();
  const due = dueNow(db, deps.settings, deps.now);
  const issues = db.table('issues');
  const start = position.phase === 'issues' ? Math.min(position.row, issues.size) : issues.size;
  const end = Math.min(start + size, issues.size);
  const inChunk = new Set(
    due.issueIds.filter((id) => issues.indexOf(id) >= start && issues.indexOf(id) < end),
  );
  const batch = Math.min(size, RETENTION_MEMBER_CHUNK);
  const memberIds = end >= issues.size ? due.memberIds.slice(0, batch) : [];
  anonymise(db, deps, [...inChunk], memberIds);
  const next: RetentionPosition | null =
    end < issues.size
      ? { phase: 'issues', row: end }
      : due.memberIds.length > batch
        ? { phase: 'members', row: 0 }
        : null;
  return { issues: inChunk.size, members: memberIds.length, next };
}

function anonymise(
  db: Database,
  deps: RetentionDeps,
  issueIds: string[],
  memberIds: readonly string[],
): void {
  const snapshot = readSnapshot(
    db,
    memberIds.length > 0 ? deps.responses : { read: () => [], blank: () => {} },
  );
  const plan = planAnonymisation(snapshot, {
    memberIds: [...memberIds],
    issueIds,
    memberLabel: 'Anonymised member',
    textLabel: RETAINED_TEXT,
  });
  if (plan.changes.length + plan.responseRows.length === 0) return;
  const cells = changedCells(db, plan);
  writePlan(db, plan, deps.responses, () =>
    db.log(
      'Retention',
      'Retention rule applied',
      `${issueIds.length} closed issue(s) and ${memberIds.length} member(s) anonymised (kept for ${deps.settings.retentionYears} years). Cells changed: ${cells}.`,
    ),
  );
}

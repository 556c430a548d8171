// Reading every table once into a snapshot, and writing an anonymisation plan back in batched calls.
import type { CellValue } from '../../core/cells';
import type { AnonymisationPlan, ResponseRow, Snapshot } from '../../core/privacy/anonymise';
import { TABLES, type TableName } from '../../core/schema';
import type { Database } from '../ports';
import { recordsOf } from '../reports/casework';

/** The linked "Form responses" sheets, which hold members' raw answers outside the database tables. */
export interface ResponseSheets {
  /** Each responses sheet's values, header row first (one read per sheet). */
  read(): ReadonlyArray<{ readonly sheetName: string; readonly rows: readonly (readonly CellValue[])[] }>;
  /** Empties whole rows, in as few calls as contiguous runs allow. */
  blank(rows: readonly ResponseRow[]): void;
}

/** Tables a volunteer may have deleted without breaking erasure: they are skipped when missing. */
const OPTIONAL: ReadonlySet<TableName> = new Set([
  'errors',
  'mailQueue',
  'intakeReview',
  'powerMap',
  'actions',
]);

/**
 * Reads every table once (Settings aside: it holds no member's data).
 */
export function readSnapshot(db: Database, responses: ResponseSheets): Snapshot {
  const tables: Partial<Record<TableName, ReturnType<typeof recordsOf>>> = {};
  const order = [
    ...TABLES.map((t) => t.name).filter((n) => n !== 'members' && n !== 'settings'),
    'members',
  ] as const;
  for (const name of order) {
    try {
      tables[name] = recordsOf(db.table(name));
    } catch (error) {
      if (!OPTIONAL.has(name)) throw error;
    }
  }
  return { tables, responseSheets: responses.read() };
}

/**
 * Writes a plan in three commits: form responses and every other table first, then Issues (whose property
 * addresses are still needed to recognise mentions), then Members (names and contacts) with the log line.
 * A run stopped part-way therefore always leaves what a re-run needs to find the rest.
 */
export function writePlan(
  db: Database,
  plan: AnonymisationPlan,
  responses: ResponseSheets,
  log: () => void,
): void {
  if (plan.responseRows.length > 0) responses.blank(plan.responseRows);
  const phases: Array<(t: TableName) => boolean> = [
    (t) => t !== 'issues' && t !== 'members',
    (t) => t === 'issues',
    (t) => t === 'members',
  ];
  phases.forEach((inPhase, i) => {
    for (const change of plan.changes)
      if (inPhase(change.table)) db.table(change.table).update(change.index, change.changes);
    if (i === phases.length - 1) log();
    db.commit();
  });
}

/** How many cells a plan changes, by sheet: "Issues 4, Members 6". */
export function changedCells(db: Database, plan: AnonymisationPlan): string {
  const bySheet = new Map<string, number>();
  const names = new Map<TableName, string>();
  for (const c of plan.changes) {
    const sheet = names.get(c.table) ?? db.table(c.table).sheetName;
    names.set(c.table, sheet);
    bySheet.set(sheet, (bySheet.get(sheet) ?? 0) + Object.keys(c.changes).length);
  }
  return [...bySheet.entries()].map(([s, n]) => `${s} ${n}`).join(', ');
}

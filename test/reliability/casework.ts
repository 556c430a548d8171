// Shared set-up for the casework reliability suites: issues to work on, side panel payloads, sorting, counting.
import type { LocalWorkspace, SheetRecord } from '../../local';
import type { Interleaving, RunOutcome } from '../../local/runtime/interleave';
import { sortRect } from '../../local/spreadsheet/sort';
import { person, readyWorkspace } from './harness';

/** Monday 07:00 in London: the daily job's hour on the default digest day, so digests go out too. */
export const MONDAY = new Date('2026-11-23T07:00:00Z');

/** What a lock timeout says; a volunteer seeing it presses Save again. */
export const LOCK_TIMEOUT = /Lock timeout/;

/** A set-up workspace with persons 1..n filed through the form (ISS-0001... in that order). */
export async function withIssues(n: number, now?: Date): Promise<LocalWorkspace> {
  const local = await readyWorkspace(now);
  for (let i = 1; i <= n; i++) {
    local.submitForm(person(i));
    local.workspace.clock.advance(1000);
  }
  return local;
}

const CRITERIA = [
  'Builds the union’s power',
  'Capacity to see it through',
  'Clear power holder',
  'Member can lead and agrees to publicity',
];

/** The side panel's decision form for a public dispute, every criterion met. */
export function disputeDecision(issueId: string): Record<string, unknown> {
  return {
    issueId,
    route: 'Public dispute',
    decidedBy: 'Member solidarity team',
    decidedOn: '2026-11-23',
    reason: 'Three households, same agent',
    criteria: Object.fromEntries(CRITERIA.map((c) => [c, { answer: 'Yes', note: 'Agreed' }])),
  };
}

/** A next step added from the side panel by a named volunteer. */
export function nextStep(issueId: string, what: string, who: string): Record<string, unknown> {
  return { issueId, what, who, byWhen: '2026-12-01', where: 'Branch office' };
}

/** Sorts a sheet's data rows by a column (descending by default), as a volunteer does from the menu. */
export function sortSheet(local: LocalWorkspace, sheetName: string, header: string, ascending = false): void {
  const sheet = local.boundSpreadsheet().sheetByName(sheetName)!;
  const column = sheet.values()[0]!.indexOf(header) + 1;
  const rect = {
    row: 2,
    column: 1,
    numRows: Math.max(sheet.lastRow() - 1, 1),
    numColumns: sheet.lastColumn(),
  };
  sortRect(sheet, rect, [{ column, ascending }]);
}

/** A volunteer deleting the row of one record (e.g. a duplicate issue) by hand. */
export function deleteRowOf(local: LocalWorkspace, sheetName: string, idHeader: string, id: string): void {
  const sheet = local.boundSpreadsheet().sheetByName(sheetName)!;
  const column = sheet.values()[0]!.indexOf(idHeader);
  const row = sheet.values().findIndex((r) => r[column] === id) + 1;
  if (row > 1) sheet.deleteRows(row, 1);
}

/** Counts of how each interleaving ended, for the README's numbers. */
export function tally(results: readonly Interleaving[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of results) {
    const key = `a ${r.a.status}, b ${r.b.status}`;
    out[key] = (out[key] ?? 0) + 1;
  }
  return out;
}

/**
 * What a volunteer does after a side panel save: nothing if it worked; Save again if it said the lock timed
 * out (the only failure allowed). Returns a breach in words, or null.
 */
export function saveAgainIfLocked(outcome: RunOutcome, save: () => void, who: string): string | null {
  if (outcome.status === 'completed') return null;
  if (outcome.status !== 'failed' || !LOCK_TIMEOUT.test(outcome.message ?? ''))
    return `${who} ended ${outcome.status}: ${outcome.message}`;
  save();
  return null;
}

/** The row of a sheet whose id column holds `id` (wherever sorting put it). */
export function rowById(local: LocalWorkspace, sheet: string, idHeader: string, id: string): SheetRecord {
  const found = local.records(sheet).filter((r) => r[idHeader] === id);
  if (found.length !== 1) throw new Error(`${sheet} has ${found.length} rows with ${idHeader} ${id}`);
  return found[0]!;
}

/** Activity log lines about a record, optionally of one action. */
export function logLines(local: LocalWorkspace, record: string, action?: string): SheetRecord[] {
  return local
    .records('Activity log')
    .filter((l) => l.Record === record && (action === undefined || l.Action === action));
}

/** A record as comparable text (dates as ISO strings), to see that a row was left exactly as it was. */
export function asText(record: SheetRecord): string {
  return JSON.stringify(record, (_k, v: unknown) => (v instanceof Date ? v.toISOString() : v));
}

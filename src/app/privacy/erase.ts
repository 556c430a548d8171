// Use case: erase a member on request: preview what goes, then, after "ERASE", change everything or nothing new.
import { cellText } from '../../core/cells';
import { type AnonymisationPlan, planAnonymisation, type Snapshot } from '../../core/privacy/anonymise';
import { ERASED } from '../../core/privacy/identifiers';
import type { Database, Locker } from '../ports';
import { changedCells, type ResponseSheets, readSnapshot, writePlan } from './snapshot';

/** The word a volunteer types to confirm: erasure cannot be undone. */
export const CONFIRM_WORD = 'ERASE';
const ACTION = 'Member erased';

/** What erasing a member will do (preview) or did (result), in words and as data. */
export interface ErasureReport {
  readonly memberId: string;
  /** Plain text for a dialog: sheets, rows and fields; never the data itself. */
  readonly text: string;
  readonly plan: AnonymisationPlan;
  /** Generated Docs to open and review by hand (Drive is not searched). */
  readonly docLinks: readonly string[];
  readonly alreadyErased: boolean;
}

function planFor(memberId: string, snapshot: Snapshot): AnonymisationPlan {
  return planAnonymisation(snapshot, {
    memberIds: [memberId],
    memberLabel: 'Erased member',
    textLabel: ERASED,
  });
}

function checkMember(db: Database, memberId: string): void {
  if (db.table('members').indexOf(memberId) < 0)
    throw new Error(
      `There is no member "${memberId}" in Members. Copy their Member ID (like MEM-0007) from the Members sheet.`,
    );
}

function describe(db: Database, memberId: string, plan: AnonymisationPlan): string {
  const names = new Map<string, string>();
  const lines = plan.changes.map((c) => {
    const table = db.table(c.table);
    const sheet = names.get(c.table) ?? table.sheetName;
    names.set(c.table, sheet);
    return `- ${sheet} row ${table.rowNumber(c.index)}: ${Object.keys(c.changes).join(', ')}`;
  });
  for (const r of plan.responseRows) lines.push(`- ${r.sheetName} row ${r.row}: every answer blanked`);
  const docs = plan.docLinks.map((l) => `- ${l}`);
  return [
    `Erasing ${memberId} clears or replaces these cells (outcomes, money won, dates, branch and category stay, so totals do not change):`,
    ...(lines.length > 0 ? lines : ['- nothing left to change']),
    docs.length > 0
      ? `Generated Docs about them, to open and delete or edit by hand:\n${docs.join('\n')}`
      : 'No generated Docs are linked to their issues.',
  ].join('\n');
}

function logged(db: Database, memberId: string): boolean {
  const log = db.table('activityLog');
  return log
    .where('Record', (v) => cellText(v) === memberId)
    .some((i) => cellText(log.value(i, 'Action')) === ACTION);
}

/** Everything erasing the member would change, read once and written nowhere. */
export function previewErasure(db: Database, responses: ResponseSheets, memberId: string): ErasureReport {
  const id = memberId.trim().toUpperCase();
  const snapshot = readSnapshot(db, responses);
  checkMember(db, id);
  const plan = planFor(id, snapshot);
  const alreadyErased = plan.changes.length === 0 && plan.responseRows.length === 0 && logged(db, id);
  return { memberId: id, text: describe(db, id, plan), plan, docLinks: plan.docLinks, alreadyErased };
}

/** What erasure needs from the workspace. */
export interface ErasureDeps {
  readonly openDatabase: () => Database;
  readonly responses: ResponseSheets;
  readonly locker: Locker;
  readonly user: string;
}

/**
 * Erases a member after the volunteer typed ERASE. Under the lock it reads every table once, plans every
 * change, then writes: form responses, the tables, the Members row last, then the log line. Sheets has no
 * transactions, so the guarantee is "changes nothing, or completes when run again": a run stopped part-way
 * leaves the Members row (and so the knowledge of whom to erase) until last, and a re-run finishes the rest.
 */
export function eraseMember(
  request: { memberId: string; confirm: string },
  deps: ErasureDeps,
): ErasureReport {
  if (String(request.confirm ?? '').trim() !== CONFIRM_WORD)
    throw new Error(
      `Nothing was erased: type ${CONFIRM_WORD} in capitals to confirm. Erasure cannot be undone.`,
    );
  return deps.locker.withLock(() => {
    const db = deps.openDatabase();
    const report = previewErasure(db, deps.responses, request.memberId);
    if (report.alreadyErased) return report;
    const cells = changedCells(db, report.plan);
    writePlan(db, report.plan, deps.responses, () =>
      db.log(
        report.memberId,
        ACTION,
        `Member ${report.memberId} erased at their request by ${deps.user}. Cells changed: ${cells || 'none'}; ` +
          `form responses blanked: ${report.plan.responseRows.length}; generated Docs listed for review: ${report.docLinks.length}.`,
      ),
    );
    return report;
  });
}

// Realistic casework at a given size, written straight into a set-up local spreadsheet (the bench's data).
import { type LocalWorkspace, openWorkspace } from '../local';
import type { SpreadsheetModel } from '../local/spreadsheet';
import { builtEntryPoints } from './entryPoints';
import { erasureSubject } from './erasureSubject';
import { appendRecords, type BenchRecord, clearDataRows } from './fill';
import { issueRows } from './issues';
import { branchRows, memberRows, organisationRows } from './people';
import { Seeded } from './random';
import { activityLogRows, decisionRows, disputeRows, meetingRows, nextStepRows } from './related';

/** Records of the generated data that operations act on (an open issue to open, a member to erase...). */
export interface BenchFixtures {
  readonly openIssueId: string;
  readonly urgentIssueId: string;
  readonly memberId: string;
  /** Email of a member who has filed before, for a returning member's form submission. */
  readonly returningEmail: string;
  readonly openNextStepId: string;
  readonly branch: string;
  readonly meetingId: string;
  /** Up to 50 issues (open ones first) to put on a meeting agenda. */
  readonly agendaIssueIds: readonly string[];
}

/** Rows generated per table, and the fixtures. */
export interface GeneratedCasework {
  readonly rows: Readonly<Record<string, number>>;
  readonly fixtures: BenchFixtures;
}

/** The default seed: change it and every generated name, date and stage changes. */
export const BENCH_SEED = 20_261_120;

function fill(model: SpreadsheetModel, sheetName: string, rows: readonly BenchRecord[]): void {
  const sheet = model.sheetByName(sheetName);
  if (!sheet) throw new Error(`Setup did not create the "${sheetName}" sheet.`);
  clearDataRows(sheet);
  appendRecords(sheet, rows);
}

/**
 * Fills a spreadsheet that setup has already laid out with `size` issues and, scaled alongside, ~0.8N
 * members (the rest are returning members), ~2N next steps, ~5N activity log rows, decisions for routed
 * issues, actions and power maps for public disputes, meetings, 10-16 branches and the directory.
 */
export function generateCasework(
  model: SpreadsheetModel,
  size: number,
  now: Date,
  seed = BENCH_SEED,
): GeneratedCasework {
  const rng = new Seeded(seed + size);
  const { rows: branches, branches: areas } = branchRows(size, rng, now);
  // The erasure subject brings one member and two issues of her own: the totals stay N and 0.8N.
  const members = memberRows(Math.max(1, Math.round(size * 0.8) - 1), areas, rng, now);
  const issues = issueRows(Math.max(1, size - 2), members.members, rng, now);
  const steps = nextStepRows(issues.issues, rng, now);
  const disputes = disputeRows(issues.issues, rng);
  const tables: Record<string, readonly BenchRecord[]> = {
    Branches: branches,
    Organisations: organisationRows(now),
    Members: members.rows,
    Issues: issues.rows,
    'Next steps': steps,
    Decisions: decisionRows(issues.issues, rng),
    Actions: disputes.actions,
    'Power map': disputes.targets,
    Meetings: meetingRows(Math.max(5, Math.round(size / 20)), areas, rng, now),
    'Activity log': activityLogRows(issues.issues, rng),
  };
  const subject = erasureSubject(
    { members: members.rows.length, issues: issues.rows.length, nextSteps: steps.length },
    String(branches[0]?.Name ?? ''),
    now,
  );
  const withSubject = Object.fromEntries(
    Object.entries(tables).map(([name, rows]) => [name, [...rows, ...(subject.tables[name] ?? [])]]),
  );
  for (const [sheetName, rows] of Object.entries(withSubject)) fill(model, sheetName, rows);
  const open = issues.issues.filter((i) => i.stage !== 'Closed');
  const agenda = [...open, ...issues.issues.filter((i) => i.stage === 'Closed')].slice(0, 50);
  const openStep = steps.find((s) => s.Status === 'Open') ?? steps[0]!;
  const fixtures: BenchFixtures = {
    openIssueId: (open[0] ?? issues.issues[0]!).id,
    urgentIssueId: (open.find((i) => i.urgent) ?? open[0] ?? issues.issues[0]!).id,
    memberId: subject.memberId,
    returningEmail: String(members.rows.find((m) => m.Email)?.Email ?? ''),
    openNextStepId: String(openStep['Next step ID']),
    branch: (open[0] ?? issues.issues[0]!).member.branch.name,
    meetingId: String(tables.Meetings![0]!['Meeting ID']),
    agendaIssueIds: agenda.map((i) => i.id),
  };
  const rows = Object.fromEntries(Object.entries(withSubject).map(([name, r]) => [name, r.length]));
  return { rows, fixtures };
}

/** A workspace as a branch has it after setup, with its intake form and `size` issues of history. */
export async function casebookWorkspace(
  size: number,
  now: Date,
): Promise<{ local: LocalWorkspace; data: GeneratedCasework }> {
  const local = await openWorkspace(undefined, { now });
  const model = local.boundSpreadsheet();
  local.run('setup');
  // Typed by a volunteer, so the onEdit simple trigger refreshes the config Solidarity Desk keeps.
  local.edit('Settings', 'Online response team email', 2, 'response-team@union.example');
  local.edit('Settings', 'Working group email', 2, 'eviction-resistance@union.example');
  local.run('createIntakeForm');
  // Document templates, as a branch makes them once from the menu (skipped while the bundle lacks it).
  if (builtEntryPoints().has('createTemplates')) local.run('createTemplates');
  const data = generateCasework(model, size, now);
  // The generated Branches were written straight into the model; a team types them in, and each edit
  // refreshes the kept config. One re-typed cell stands for those edits.
  const firstBranch = model.sheetByName('Branches')?.value(2, 1);
  if (firstBranch !== undefined && firstBranch !== '') local.edit('Branches', 2, 1, String(firstBranch));
  return { local, data };
}

// Casework rows as documents show them: a branch's open issues in priority order, members by name, next steps.
import { cellText, type RecordValues } from '../../core/cells';
import { headerKey } from '../../core/headerKey';
import type { Settings } from '../../core/settings';
import type { Issue, NextStep } from '../../core/workflow/model';
import { isOpen, parseIssues, parseMembers, parseNextSteps } from '../../core/workflow/model';
import { prioritise } from '../../core/workflow/priority';
import type { Database } from '../ports';
import { shareable } from './context';

/** An issue as a document lists it: its row's cells (sensitive ones left out) plus its member's name. */
export interface IssueForDocument {
  readonly id: string;
  readonly index: number;
  readonly data: Readonly<Record<string, unknown>>;
}

function records(db: Database, name: 'issues' | 'members' | 'nextSteps'): RecordValues[] {
  const table = db.table(name);
  return Array.from({ length: table.size }, (_, i) => table.record(i));
}

/** Whether a cell names this branch (forgiving case and spacing, as volunteers type branch names). */
export function sameBranch(cell: unknown, branch: string): boolean {
  return headerKey(cellText(cell)) === headerKey(branch);
}

/** The member's name only: documents need no other contact details (minimal personal data). */
export function memberName(db: Database, memberId: string): string {
  const members = db.table('members');
  const index = memberId === '' ? -1 : members.indexOf(memberId);
  return index < 0 ? '' : cellText(members.value(index, 'Name')).trim();
}

/** An issue's cells for a template, with `Member: { Name }`. */
export function issueForDocument(db: Database, index: number): IssueForDocument {
  const data = shareable(db, 'issues', index);
  const id = cellText(data['Issue ID']).trim();
  const name = memberName(db, cellText(data['Member ID']).trim());
  return { id, index, data: { ...data, Member: { Name: name } } };
}

/**
 * Issues in priority order: urgent by nearest court or bailiff date, then existing members before newer ones,
 * then longest waiting (the rule in core/workflow/priority). `include` picks which issues take part.
 */
export function issuesInPriority(
  db: Database,
  settings: Settings,
  now: Date,
  include: (issue: Issue) => boolean,
): IssueForDocument[] {
  const timeZone = db.timeZone;
  const issues = parseIssues(records(db, 'issues'), timeZone).filter(
    (issue) => issue.id !== '' && include(issue),
  );
  const members = parseMembers(records(db, 'members'), timeZone);
  const context = { now, timeZone, urgentWindowDays: settings.urgentWindowDays };
  return prioritise(issues, members, context).map((p) => issueForDocument(db, p.issue.index));
}

/** The branch's open issues, most pressing first. */
export function openIssuesInPriority(
  db: Database,
  branch: string,
  settings: Settings,
  now: Date,
): IssueForDocument[] {
  return issuesInPriority(db, settings, now, (issue) => isOpen(issue) && sameBranch(issue.branch, branch));
}

/** Every next step in the sheet (blank status counts as Open). */
export function allNextSteps(db: Database): NextStep[] {
  return parseNextSteps(records(db, 'nextSteps'), db.timeZone);
}

/** A next step's cells for a template; a blank status is shown as Open, as the sheet treats it. */
export function nextStepForDocument(db: Database, step: NextStep): Record<string, unknown> {
  const record = db.table('nextSteps').record(step.index);
  return { ...record, Status: step.statusText === '' ? 'Open' : step.statusText };
}

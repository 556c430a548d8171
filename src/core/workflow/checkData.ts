// "Check data": rules over the whole casework sheet, reporting each broken one by row with a plain fix, changing nothing.
import type { Branch } from '../branches';
import { STANDINGS, type TableName, tableSpec } from '../schema';
import {
  capacityRules,
  decisionRules,
  duplicates,
  enumProblem,
  issueRules,
  type Report,
  stepRules,
  textDates,
} from './checkRules';
import type { Decision, Issue, Member, NextStep } from './model';

/** One problem found, where it is, and what to do about it. */
export interface CheckProblem {
  readonly table: TableName;
  readonly sheet: string;
  /** Sheet row number (1-based, header included). */
  readonly row: number;
  readonly issueId?: string;
  /** Reads after "Row 14 of Issues (ISS-0014)": "has route 'Public dispute' but no decision recorded". */
  readonly problem: string;
  readonly fix: string;
}

/** Everything Check data looks at, parsed by model.ts. */
export interface CaseworkData {
  readonly issues: readonly Issue[];
  readonly members: readonly Member[];
  readonly nextSteps: readonly NextStep[];
  readonly decisions: readonly Decision[];
  readonly branches: readonly Branch[];
}

/** Where rows and sheets are, as the database adapter knows them (defaults: header on row 1, schema sheet names). */
export interface CheckOptions {
  readonly defaultDisputeLimit: number;
  readonly rowNumber?: (table: TableName, index: number) => number;
  readonly sheetName?: (table: TableName) => string;
}

/** Runs every rule; problems come back in sheet order. Open issues without a next step are for Needs attention, not here. */
export function checkData(data: CaseworkData, options: CheckOptions): CheckProblem[] {
  const problems: CheckProblem[] = [];
  const rowNumber = options.rowNumber ?? ((_t: TableName, index: number) => index + 2);
  const sheetName = options.sheetName ?? ((t: TableName) => tableSpec(t).sheetName);
  const report: Report = (table, index, problem, fix, issueId) =>
    problems.push({
      table,
      sheet: sheetName(table),
      row: rowNumber(table, index),
      problem,
      fix,
      ...(issueId ? { issueId } : {}),
    });
  const issues = new Map(data.issues.filter((i) => i.id !== '').map((i) => [i.id, i]));
  const memberIds = new Set(data.members.map((m) => m.id));
  duplicates(report, 'issues', data.issues, 'Issue ID', rowNumber);
  for (const issue of data.issues) issueRules(report, issue, data, memberIds);
  capacityRules(report, data, options.defaultDisputeLimit);
  duplicates(report, 'members', data.members, 'Member ID', rowNumber);
  for (const m of data.members) {
    enumProblem(report, 'members', m.index, 'Membership standing', m.standingText, STANDINGS);
    textDates(report, 'members', m.index, m.textDates);
  }
  duplicates(report, 'nextSteps', data.nextSteps, 'Next step ID', rowNumber);
  for (const step of data.nextSteps) stepRules(report, step, issues);
  duplicates(report, 'decisions', data.decisions, 'Decision ID', rowNumber);
  for (const d of data.decisions) decisionRules(report, d, issues);
  const order: TableName[] = ['issues', 'members', 'nextSteps', 'decisions'];
  return problems.sort((a, b) => order.indexOf(a.table) - order.indexOf(b.table) || a.row - b.row);
}

/** One line for a volunteer: "Row 14 of Issues (ISS-0014) has no stage. Fix: In "Stage", choose one of: ...". */
export function describeProblem(p: CheckProblem): string {
  return `Row ${p.row} of ${p.sheet}${p.issueId ? ` (${p.issueId})` : ''} ${p.problem}. Fix: ${p.fix}.`;
}

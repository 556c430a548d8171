// The rules Check data runs, one small function per sheet: each reports problems, none changes anything.
import { CATEGORIES, DISPUTE_CRITERIA, OUTCOMES, ROUTES, STAGES, type TableName } from '../schema';
import { capacityView } from './capacity';
import type { CaseworkData } from './checkData';
import type { Decision, Issue, NextStep } from './model';
import { disputeDecision, stageIndex } from './stages';

/** Adds one problem at a data row of a table. */
export type Report = (
  table: TableName,
  index: number,
  problem: string,
  fix: string,
  issueId?: string,
) => void;

const oneOf = (values: readonly string[]): string => `choose one of: ${values.join(', ')}`;

export function enumProblem(
  report: Report,
  table: TableName,
  index: number,
  header: string,
  text: string,
  values: readonly string[],
  issueId?: string,
): void {
  if (text !== '' && !values.some((v) => v.toLowerCase() === text.toLowerCase().replace(/\s+/g, ' ')))
    report(
      table,
      index,
      `has ${header} "${text}", which Solidarity Desk does not know`,
      `In "${header}", ${oneOf(values)}`,
      issueId,
    );
}

export function textDates(
  report: Report,
  table: TableName,
  index: number,
  headers: readonly string[],
  id?: string,
): void {
  for (const header of headers)
    report(
      table,
      index,
      `has text in "${header}" where a date should be`,
      `Retype it as a date, e.g. 03/04/2026, so it sorts and counts`,
      id,
    );
}

export function duplicates(
  report: Report,
  table: TableName,
  rows: readonly { index: number; id: string }[],
  header: string,
  rowNumber: (table: TableName, index: number) => number,
): void {
  const seen = new Map<string, number>();
  for (const r of rows) {
    const first = seen.get(r.id);
    if (r.id === '') continue;
    if (first === undefined) seen.set(r.id, r.index);
    else
      report(
        table,
        r.index,
        `has the same ${header} as row ${rowNumber(table, first)} ("${r.id}")`,
        `Give one of them a new ${header} (the next free number), and fix anything pointing to it`,
        table === 'issues' ? r.id : undefined,
      );
  }
}

export function issueRules(report: Report, issue: Issue, data: CaseworkData, memberIds: Set<string>): void {
  const at = (problem: string, fix: string): void => report('issues', issue.index, problem, fix, issue.id);
  if (issue.stageText === '') at('has no stage', `In "Stage", ${oneOf(STAGES)}`);
  enumProblem(report, 'issues', issue.index, 'Stage', issue.stageText, STAGES, issue.id);
  enumProblem(report, 'issues', issue.index, 'Route', issue.routeText, ROUTES, issue.id);
  enumProblem(report, 'issues', issue.index, 'Category', issue.category, CATEGORIES, issue.id);
  enumProblem(report, 'issues', issue.index, 'Outcome', issue.outcomeText, OUTCOMES, issue.id);
  textDates(report, 'issues', issue.index, issue.textDates, issue.id);
  if (issue.memberId !== '' && !memberIds.has(issue.memberId))
    at(
      `points to member "${issue.memberId}", who is not in Members`,
      'Correct the Member ID, or add the member',
    );
  if (
    issue.branch !== '' &&
    data.branches.length > 0 &&
    !data.branches.some((b) => b.name.toLowerCase() === issue.branch.toLowerCase())
  )
    at(
      `has branch "${issue.branch}", which is not in Branches`,
      `Use a branch name from the Branches sheet (${data.branches.map((b) => b.name).join(', ')})`,
    );
  routeRules(at, issue, data.decisions);
  closedRules(at, issue);
}

function routeRules(
  at: (problem: string, fix: string) => void,
  issue: Issue,
  decisions: readonly Decision[],
): void {
  if (issue.route === 'Public dispute' && !disputeDecision(issue, decisions))
    at(
      'is on the Public dispute route but no decision is recorded',
      "Record the team's decision with the four criteria (Decide a route), or change the route",
    );
  const active = stageIndex(issue.stage) >= stageIndex('4 Action') && issue.stage !== 'Closed';
  if (active && issue.route === null && issue.routeText === '')
    at(
      `has stage "${issue.stage}" but no route`,
      "Record the team's decision, or move the issue back to 3 Team decision",
    );
  if (
    issue.route === 'Signposted' &&
    issue.stage !== 'Closed' &&
    (issue.signpostedTo === '' || !issue.followUpDate)
  )
    at(
      'is signposted without an organisation and a follow-up date',
      'Fill in "Signposted to" and "Follow-up date" so someone checks the member got help',
    );
}

function closedRules(at: (problem: string, fix: string) => void, issue: Issue): void {
  if (issue.moneyText !== '' && (issue.moneyRecovered === null || issue.moneyRecovered < 0))
    at(`has "${issue.moneyText}" in "Money recovered"`, 'Write the amount in pounds, e.g. 2400 or £2,400.50');
  if (issue.stage !== 'Closed') return;
  if (issue.outcomeText === '') at('is Closed but has no outcome', `In "Outcome", ${oneOf(OUTCOMES)}`);
  if (!issue.closedOn && !issue.textDates.includes('Closed on'))
    at('is Closed but has no "Closed on" date', 'Fill in the day it closed');
}

export function stepRules(report: Report, step: NextStep, issues: ReadonlyMap<string, Issue>): void {
  const at = (problem: string, fix: string): void =>
    report('nextSteps', step.index, problem, fix, step.issueId || undefined);
  enumProblem(
    report,
    'nextSteps',
    step.index,
    'Status',
    step.statusText,
    ['Open', 'Done', 'Dropped'],
    step.issueId || undefined,
  );
  textDates(report, 'nextSteps', step.index, step.textDates, step.issueId || undefined);
  const issue = issues.get(step.issueId);
  if (step.issueId === '') at('has no Issue ID', 'Fill in the Issue ID this next step belongs to');
  else if (!issue) at(`points to issue "${step.issueId}", which is not in Issues`, 'Correct the Issue ID');
  else if (issue.stage === 'Closed' && step.status === 'Open')
    at(`is still Open but ${issue.id} is Closed`, 'Mark it Done or Dropped');
}

export function decisionRules(report: Report, d: Decision, issues: ReadonlyMap<string, Issue>): void {
  const at = (problem: string, fix: string): void =>
    report('decisions', d.index, problem, fix, d.issueId || undefined);
  enumProblem(report, 'decisions', d.index, 'Route', d.routeText, ROUTES, d.issueId || undefined);
  textDates(report, 'decisions', d.index, d.textDates, d.issueId || undefined);
  if (!issues.has(d.issueId))
    at(`points to issue "${d.issueId}", which is not in Issues`, 'Correct the Issue ID');
  if (d.decidedBy === '') at('does not say who decided', 'Fill in "Decided by"');
  if (!d.decidedOn && !d.textDates.includes('Decided on'))
    at('has no "Decided on" date', 'Fill in the day of the decision');
  if (d.route === 'Public dispute') {
    const blank = d.criteria.filter((c) => c.answer === null).map((c) => `"${c.criterion}"`);
    if (blank.length > 0)
      at(
        `leaves ${blank.join(', ')} unanswered`,
        `Answer each of the ${DISPUTE_CRITERIA.length} criteria Yes or No`,
      );
  }
  if (d.overCapacity && d.overrideReason === '')
    at(
      'is marked over capacity with no override reason',
      'Write why the branch took on one more dispute in "Override reason"',
    );
}

export function capacityRules(report: Report, data: CaseworkData, limit: number): void {
  for (const row of capacityView(data.issues, data.branches, limit)) {
    if (!row.over) continue;
    const overridden = data.decisions.some(
      (d) => row.issueIds.includes(d.issueId) && d.overCapacity && d.overrideReason !== '',
    );
    const last = data.issues.filter((i) => row.issueIds.includes(i.id)).at(-1);
    if (!overridden && last)
      report(
        'issues',
        last.index,
        `takes ${row.branch || 'its branch'} to ${row.text} with no override recorded`,
        "Record the team's override reason on this issue's decision, or raise the branch's Dispute limit",
        last.id,
      );
  }
}

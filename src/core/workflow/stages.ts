// The five stages of an issue and the rules for moving between them, in plain words a volunteer can act on.
import { type Outcome, STAGES, type Stage } from '../schema';
import { today } from './days';
import type { Decision, Issue } from './model';

/** Column changes to write to the issue's row, by Issues header. */
export type IssueChanges = Readonly<Record<string, string | number | boolean | Date>>;

/** Where an issue stands in the process: 0 for "1 Initial contact" up to 5 for Closed; -1 if unreadable. */
export function stageIndex(stage: Stage | null): number {
  return stage === null ? -1 : STAGES.indexOf(stage);
}

/** A stage typed or picked by a volunteer, matched regardless of case; also accepts just its number ("3"). */
export function parseStage(text: string): Stage | null {
  const key = text.trim().toLowerCase().replace(/\s+/g, ' ');
  if (key === '') return null;
  return STAGES.find((s) => s.toLowerCase() === key || s.split(' ')[0] === key) ?? null;
}

/** What a move needs to know besides the issue itself. */
export interface TransitionContext {
  readonly now: Date;
  readonly timeZone: string;
  /** Why: required to move backwards, to reopen, and to close without an evaluation. */
  readonly reason?: string;
  /** The Decisions rows (all, or this issue's). */
  readonly decisions: readonly Decision[];
  /** The outcome being recorded with a move to Closed (see `closeIssue`), if not already on the issue. */
  readonly outcome?: Outcome | null;
}

/** A move allowed, with the column changes it implies and a line for the Activity log. */
export interface TransitionAllowed {
  readonly ok: true;
  readonly changes: IssueChanges;
  readonly log: string;
}

/** A move refused, with every reason in plain words. */
export interface TransitionRefused {
  readonly ok: false;
  readonly problems: readonly string[];
}

export type TransitionResult = TransitionAllowed | TransitionRefused;

/** The decision on record for an issue's public dispute, if any. */
export function disputeDecision(issue: Pick<Issue, 'id'>, decisions: readonly Decision[]): Decision | null {
  return decisions.find((d) => d.issueId === issue.id && d.route === 'Public dispute') ?? null;
}

/** What the route chosen needs before the issue can be in Action or Evaluation. */
function routeProblems(issue: Issue, to: Stage, context: TransitionContext): string[] {
  if (to !== '4 Action' && to !== '5 Evaluation') return [];
  if (issue.route === null)
    return [`${issue.id} has no route yet: record the team's decision (stage 3) before moving it to ${to}`];
  const problems: string[] = [];
  if (issue.route === 'Public dispute' && !disputeDecision(issue, context.decisions))
    problems.push(
      `${issue.id} is on the Public dispute route but no decision is recorded: record the team's decision with the four criteria first`,
    );
  if (issue.route === 'Signposted' && (issue.signpostedTo === '' || issue.followUpDate === null))
    problems.push(
      `${issue.id} is signposted but ${issue.signpostedTo === '' ? 'no organisation is' : 'no follow-up date is'} recorded: fill in "Signposted to" and "Follow-up date" so someone checks the member got help`,
    );
  return problems;
}

function closingProblems(issue: Issue, from: number, context: TransitionContext): string[] {
  const problems: string[] = [];
  if (!(context.outcome ?? issue.outcome))
    problems.push(
      `${issue.id} has no outcome: choose one (won, partly won, lost, withdrawn, signposted, moved on)`,
    );
  if (from !== stageIndex('5 Evaluation') && !context.reason?.trim())
    problems.push(
      `${issue.id} has not been through 5 Evaluation: evaluate it with the member first, or give a reason for closing now`,
    );
  return problems;
}

/**
 * Checks moving an issue to a stage. Forward moves may skip stages when their needs are met (an urgent
 * eviction can go straight to action); backward moves and reopening need a reason.
 */
export function checkTransition(issue: Issue, to: Stage, context: TransitionContext): TransitionResult {
  const from = stageIndex(issue.stage);
  const target = stageIndex(to);
  const reason = context.reason?.trim() ?? '';
  if (from === target) return { ok: false, problems: [`${issue.id} is already at ${to}`] };
  const problems: string[] = [];
  if (from > target && reason === '')
    problems.push(
      `Moving ${issue.id} back from ${issue.stage} to ${to} needs a reason, so the team knows what changed`,
    );
  if (target > from || from === -1) problems.push(...routeProblems(issue, to, context));
  if (to === 'Closed') problems.push(...closingProblems(issue, from, context));
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, changes: stageChanges(issue, to, context), log: logLine(issue, to, reason) };
}

function stageChanges(issue: Issue, to: Stage, context: TransitionContext): IssueChanges {
  const day = today(context.now, context.timeZone);
  const changes: Record<string, string | Date> = { Stage: to, 'Last activity': context.now };
  if (issue.stage === '1 Initial contact' && issue.firstContactOn === null) changes['First contact on'] = day;
  if (to === 'Closed') changes['Closed on'] = day;
  if (issue.stage === 'Closed') changes['Closed on'] = '';
  return changes;
}

function logLine(issue: Issue, to: Stage, reason: string): string {
  const from = issue.stage ?? (issue.stageText ? `"${issue.stageText}"` : 'no stage');
  return `Stage ${from} -> ${to}${reason ? `: ${reason}` : ''}`;
}

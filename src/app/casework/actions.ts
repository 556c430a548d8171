// The quick actions volunteers take on an issue: next steps, stage moves, calls, signposting, decisions, closing.
import type { Branch } from '../../core/branches';
import { calendarDay } from '../../core/normalise/dates';
import type { Stage } from '../../core/schema';
import type { Settings } from '../../core/settings';
import {
  type ClosureDraft,
  capacityFor,
  checkTransition,
  closeIssue,
  type Decision,
  type DecisionDraft,
  findOrganisation,
  validateDecision,
} from '../../core/workflow';
import type { Casework } from './read';

/** A new next step: who does what, by when, where. */
export interface NextStepDraft {
  readonly issueId: string;
  readonly what: string;
  readonly who: string;
  readonly byWhen: Date | null;
  readonly where: string;
  readonly meetingId?: string;
}

export function addNextStep(c: Casework, draft: NextStepDraft): string {
  const issue = c.issue(draft.issueId);
  if (issue.stage === 'Closed') throw new Error(`${issue.id} is closed: reopen it before adding next steps.`);
  if (!draft.what.trim()) throw new Error('Say what the next step is.');
  const id = c.db.table('nextSteps').append({
    'Issue ID': issue.id,
    What: draft.what,
    Who: draft.who,
    'By when': draft.byWhen,
    Where: draft.where,
    Status: 'Open',
    'Meeting ID': draft.meetingId ?? '',
  });
  c.touch(issue);
  c.db.log(issue.id, 'Next step added', `${id}: ${draft.what}${draft.who ? ` (${draft.who})` : ''}`);
  return id;
}

export function completeNextStep(c: Casework, nextStepId: string): string {
  const step = c.nextSteps.find((s) => s.id === nextStepId.trim());
  if (!step) throw new Error(`There is no next step ${nextStepId}.`);
  c.db.table('nextSteps').update(step.index, { Status: 'Done', 'Done on': c.now });
  const issue = c.issues.find((i) => i.id === step.issueId);
  if (issue) c.touch(issue);
  c.db.log(step.issueId, 'Next step done', `${step.id}: ${step.what}`);
  return step.issueId;
}

export function moveStage(c: Casework, issueId: string, stage: Stage, reason: string): void {
  const issue = c.issue(issueId);
  const result = checkTransition(issue, stage, {
    now: c.now,
    timeZone: c.db.timeZone,
    reason,
    decisions: c.decisions,
  });
  if (!result.ok) throw new Error(result.problems.join(' '));
  c.touch(issue, result.changes);
  c.db.log(issue.id, 'Stage moved', result.log + (reason ? ` Reason: ${reason}` : ''));
}

/** A call or message logged; the first one stamps "First contact on" (the callback the guide asks for). */
export function logCall(c: Casework, issueId: string, note: string): void {
  const issue = c.issue(issueId);
  c.touch(issue, issue.firstContactOn ? {} : { 'First contact on': c.now });
  c.db.log(issue.id, 'Call logged', note.trim() || 'Called the member.');
}

export function signpost(c: Casework, issueId: string, organisationId: string, followUp: Date | null): void {
  const issue = c.issue(issueId);
  const org = findOrganisation(c.organisations, organisationId);
  if (!org) throw new Error(`There is no organisation ${organisationId} in the Organisations sheet.`);
  if (!followUp) throw new Error('Choose a follow-up date to check the member got help.');
  c.touch(issue, {
    'Signposted to': org.name,
    'Follow-up date': followUp,
    ...(issue.route ? {} : { Route: 'Signposted' }),
  });
  c.db.log(issue.id, 'Signposted', `To ${org.name}; follow up on ${followUp.toISOString().slice(0, 10)}.`);
}

/** Records the team's decision; refuses over capacity without an override, and unacknowledged warnings. */
export function recordDecision(
  c: Casework,
  draft: DecisionDraft,
  branches: readonly Branch[],
  settings: Settings,
): { warnings: string[] } {
  const issue = c.issue(draft.issueId);
  const earlier = sentBefore(c, draft);
  // The form sent again after an error: recorded and applied already, so nothing is recorded twice.
  if (earlier && issue.route === earlier.route)
    return { warnings: [`This decision was already recorded as ${earlier.id}: nothing was changed.`] };
  const capacity = capacityFor(issue.branch, c.issues, branches, settings.defaultDisputeLimit);
  const check = validateDecision(draft, capacity, {
    now: c.now,
    timeZone: c.db.timeZone,
    organisations: c.organisations,
    issue,
  });
  if (!check.ok) {
    const prefix = check.overCapacity && !draft.overrideReason?.trim() ? 'Over capacity: ' : '';
    const unacknowledged = check.needsAcknowledgement
      ? [`Please confirm you want to go ahead: ${check.warnings.join('; ')}`]
      : [];
    throw new Error(prefix + [...check.errors, ...unacknowledged].join('. '));
  }
  // A run stopped after writing the Decisions row but before the issue: finish it with that row.
  const id = earlier?.id ?? c.db.table('decisions').append({ ...check.decision!, 'Issue ID': issue.id });
  c.touch(issue, check.issueChanges ?? {});
  const over = check.overCapacity
    ? ` Over capacity (${capacity.text}); override: ${draft.overrideReason}`
    : '';
  c.db.log(issue.id, 'Decision recorded', `${id}: ${draft.route} decided by ${draft.decidedBy}.${over}`);
  return { warnings: [...check.warnings] };
}

/**
 * The issue's latest Decisions row when it is this same decision (route, day, who decided): the form sent
 * again after an error or a run stopped part way, which must complete the decision, not record it twice.
 */
function sentBefore(c: Casework, draft: DecisionDraft): Decision | undefined {
  const latest = c.decisions.filter((d) => d.issueId === draft.issueId.trim()).at(-1);
  const day = (d: Date | null) => (d ? JSON.stringify(calendarDay(d, c.db.timeZone)) : '');
  const same =
    latest !== undefined &&
    latest.routeText.trim().toLowerCase() === draft.route.trim().toLowerCase() &&
    latest.decidedBy.trim() === draft.decidedBy.trim() &&
    day(latest.decidedOn) === day(draft.decidedOn);
  return same ? latest : undefined;
}

/** Closes an issue with its outcome and what was won and learned. */
export function closeWithOutcome(c: Casework, issueId: string, draft: ClosureDraft, reason: string): void {
  const issue = c.issue(issueId);
  const result = closeIssue(issue, draft, {
    now: c.now,
    timeZone: c.db.timeZone,
    reason,
    decisions: c.decisions,
  });
  if (!result.ok || !result.changes) throw new Error(result.errors.join(' '));
  c.touch(issue, result.changes);
  c.db.log(issue.id, 'Closed', result.log);
}

/** Adds a target to a dispute's power map. */
export function addPowerTarget(
  c: Casework,
  issueId: string,
  target: Readonly<Record<string, string>>,
): string {
  const issue = c.issue(issueId);
  const id = c.db.table('powerMap').append({ 'Issue ID': issue.id, ...target });
  c.touch(issue);
  c.db.log(issue.id, 'Power map target added', `${id}: ${target.Name ?? ''} (${target.Kind ?? ''})`);
  return id;
}

/** Records an action taken in a dispute, so escalation is visible over time. */
export function addDisputeAction(
  c: Casework,
  issueId: string,
  action: Readonly<Record<string, unknown>>,
): string {
  const issue = c.issue(issueId);
  if (issue.route !== 'Public dispute')
    throw new Error(`${issue.id} is not a public dispute: record the team's decision first.`);
  const id = c.db.table('actions').append({ 'Issue ID': issue.id, ...action });
  c.touch(issue);
  c.db.log(issue.id, 'Action recorded', `${id}: ${String(action.Type ?? '')}`);
  return id;
}

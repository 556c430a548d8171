// The team's stage 3 decision: route, who, when, why; for a public dispute the four criteria and capacity.
import { DISPUTE_CRITERIA, ROUTES, type Route } from '../schema';
import { type BranchCapacity, wouldExceed } from './capacity';
import { today } from './days';
import type { Issue } from './model';
import { findOrganisation, type Organisation } from './signposting';
import type { IssueChanges } from './stages';

/** One criterion's answer in a draft, in DISPUTE_CRITERIA order: yes (true), no (false) or unanswered. */
export interface CriterionDraft {
  readonly answer: boolean | null;
  readonly note?: string;
}

/** A decision as the team fills it in (e.g. from the side panel). */
export interface DecisionDraft {
  readonly issueId: string;
  readonly route: string;
  readonly decidedBy: string;
  readonly decidedOn: Date | null;
  readonly reason: string;
  readonly criteria?: readonly CriterionDraft[];
  /** The team has read the warnings (a criterion answered "no") and goes ahead anyway. */
  readonly acknowledged?: boolean;
  /** Why the branch takes on a dispute over its limit. */
  readonly overrideReason?: string;
  /** Organisation id or name, for the Signposted route. */
  readonly signpostedTo?: string;
  readonly followUpDate?: Date | null;
}

export interface DecisionContext {
  readonly now: Date;
  readonly timeZone: string;
  /** The directory; when given, a signposted organisation must be in it. */
  readonly organisations?: readonly Organisation[];
  /** The issue decided on: a closed one is refused, and leaving stage 1 stamps "First contact on". */
  readonly issue?: Issue;
}

/** The verdict: errors block; warnings block until acknowledged; records are ready to write when ok. */
export interface DecisionCheck {
  readonly ok: boolean;
  readonly errors: readonly string[];
  readonly warnings: readonly string[];
  readonly needsAcknowledgement: boolean;
  readonly overCapacity: boolean;
  /** The Decisions row, by header (no id: the table allocates it). */
  readonly decision: Readonly<Record<string, string | boolean | Date>> | null;
  readonly issueChanges: IssueChanges | null;
}

function required(draft: DecisionDraft, route: Route | null): string[] {
  const errors: string[] = [];
  if (!route)
    errors.push(
      draft.route.trim() === ''
        ? 'Choose a route: Peer support only, Collective casework, Public dispute or Signposted'
        : `"${draft.route}" is not a route: choose ${ROUTES.join(', ')}`,
    );
  if (draft.decidedBy.trim() === '') errors.push('Say who decided (e.g. "Member solidarity team, 3 April")');
  if (!draft.decidedOn) errors.push('Give the date of the decision');
  if (draft.reason.trim() === '') errors.push('Give the reason for this route, in a sentence');
  return errors;
}

function criteriaCheck(draft: DecisionDraft): { errors: string[]; warnings: string[] } {
  const errors: string[] = [];
  const warnings: string[] = [];
  DISPUTE_CRITERIA.forEach((criterion, i) => {
    const answer = draft.criteria?.[i];
    const note = answer?.note?.trim() ?? '';
    if (!answer || answer.answer === null) errors.push(`Answer yes or no: "${criterion}"`);
    else if (!answer.answer)
      warnings.push(
        `"${criterion}" is answered no${note ? ` (${note})` : ''}: is a public dispute still right?`,
      );
  });
  return { errors, warnings };
}

function signpostCheck(draft: DecisionDraft, context: DecisionContext): { errors: string[]; name: string } {
  const errors: string[] = [];
  const given = draft.signpostedTo?.trim() ?? '';
  let name = given;
  if (given === '') errors.push('Choose the organisation the member is signposted to');
  else if (context.organisations) {
    const org = findOrganisation(context.organisations, given);
    if (org) name = org.name;
    else errors.push(`"${given}" is not in the Organisations sheet: add it there first, or pick another`);
  }
  if (!draft.followUpDate) errors.push('Set a follow-up date to check the member got help');
  else if (draft.followUpDate < today(context.now, context.timeZone))
    errors.push('The follow-up date has passed: choose today or a later day');
  return { errors, name };
}

/**
 * Validates a decision and, when it passes, builds the Decisions row and the issue's changes (route,
 * stage 4 Action, signposting). Over capacity a public dispute is refused unless an override reason is given.
 */
export function validateDecision(
  draft: DecisionDraft,
  capacity: BranchCapacity,
  context: DecisionContext,
): DecisionCheck {
  const route = ROUTES.find((r) => r.toLowerCase() === draft.route.trim().toLowerCase()) ?? null;
  const errors = required(draft, route);
  if (context.issue?.stage === 'Closed')
    errors.push(`${draft.issueId} is Closed: reopen it (with a reason) before recording a new decision`);
  const warnings: string[] = [];
  let overCapacity = false;
  let organisation = '';
  if (route === 'Public dispute') {
    const criteria = criteriaCheck(draft);
    errors.push(...criteria.errors);
    warnings.push(...criteria.warnings);
    overCapacity = wouldExceed(capacity, draft.issueId);
    if (overCapacity && !draft.overrideReason?.trim())
      errors.push(
        `${capacity.branch || 'This branch'} already has ${capacity.text}: taking on another needs an override with a reason`,
      );
  }
  if (route === 'Signposted') {
    const signpost = signpostCheck(draft, context);
    errors.push(...signpost.errors);
    organisation = signpost.name;
  }
  const needsAcknowledgement = warnings.length > 0 && !draft.acknowledged;
  const ok = errors.length === 0 && !needsAcknowledgement;
  const base = { ok, errors, warnings, needsAcknowledgement, overCapacity };
  if (!ok || !route) return { ...base, decision: null, issueChanges: null };
  return {
    ...base,
    decision: decisionRow(draft, route, overCapacity, context),
    issueChanges: issueChanges(draft, route, organisation, context),
  };
}

function decisionRow(
  draft: DecisionDraft,
  route: Route,
  overCapacity: boolean,
  context: DecisionContext,
): Record<string, string | boolean | Date> {
  const row: Record<string, string | boolean | Date> = {
    'Issue ID': draft.issueId,
    Route: route,
    'Decided by': draft.decidedBy.trim(),
    'Decided on': draft.decidedOn ?? today(context.now, context.timeZone),
    Reason: draft.reason.trim(),
  };
  if (route === 'Public dispute') {
    DISPUTE_CRITERIA.forEach((criterion, i) => {
      row[criterion] = draft.criteria?.[i]?.answer === true;
      row[`${criterion}: note`] = draft.criteria?.[i]?.note?.trim() ?? '';
    });
    row['Over capacity'] = overCapacity;
    row['Override reason'] = overCapacity ? (draft.overrideReason?.trim() ?? '') : '';
  }
  if (route === 'Signposted') {
    const org = context.organisations
      ? findOrganisation(context.organisations, draft.signpostedTo ?? '')
      : null;
    row['Signposted to'] = org?.id || (draft.signpostedTo?.trim() ?? '');
    row['Follow-up date'] = draft.followUpDate ?? '';
  }
  return row;
}

function issueChanges(
  draft: DecisionDraft,
  route: Route,
  organisation: string,
  context: DecisionContext,
): IssueChanges {
  const changes: Record<string, string | Date> = {
    Route: route,
    Stage: '4 Action',
    'Last activity': context.now,
  };
  if (context.issue?.stage === '1 Initial contact' && !context.issue.firstContactOn)
    changes['First contact on'] = today(context.now, context.timeZone);
  if (route === 'Signposted') {
    changes['Signposted to'] = organisation;
    changes['Follow-up date'] = draft.followUpDate ?? '';
  }
  return changes;
}

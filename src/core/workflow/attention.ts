// The "Needs attention" list: what the team must look at now so no member's issue slips, most pressing first.
import type { Settings } from '../settings';
import { dayCount, daysUntil, wholeDaysSince } from './days';
import { type LandlordGroup, sharedLandlordGroups } from './landlords';
import { type Issue, isOpen, type Member, type NextStep } from './model';
import { compareKeys, type IssuePriority, prioritise } from './priority';

/** Kinds of attention, in the order the list shows them. */
export const ATTENTION_KINDS = [
  'urgent',
  'overdue',
  'noNextStep',
  'silent',
  'notCalledBack',
  'followUpDue',
] as const;
export type AttentionKind = (typeof ATTENTION_KINDS)[number];

/** One thing needing attention; at most one per issue and kind. */
export interface AttentionItem {
  readonly kind: AttentionKind;
  readonly issueId: string;
  /** First name only. */
  readonly memberName?: string;
  readonly branch: string;
  /** Plain words: "Bailiff date in 9 days", "not yet called back (0 days)". */
  readonly detail: string;
  /** Compared element by element, smaller first: kind, then the issue's priority. */
  readonly priorityKey: readonly number[];
}

/** The list, plus open issues sharing a landlord, agent or building. */
export interface NeedsAttention {
  readonly items: readonly AttentionItem[];
  readonly landlordGroups: readonly LandlordGroup[];
}

/** What the list is computed from. */
export interface AttentionInput {
  readonly issues: readonly Issue[];
  readonly members: readonly Member[];
  readonly nextSteps: readonly NextStep[];
  readonly settings: Pick<Settings, 'urgentWindowDays' | 'staleAfterDays' | 'callBackWithinDays'>;
  readonly now: Date;
  readonly timeZone: string;
  /** Only this branch (case-insensitive), when given. */
  readonly branch?: string;
}

/** What a rule looks at for one issue: its priority, its open next steps, all its next steps. */
interface Facts {
  readonly p: IssuePriority;
  readonly steps: readonly NextStep[];
  readonly allSteps: readonly NextStep[];
  readonly input: AttentionInput;
}

type Rule = (facts: Facts) => string | null;

function urgent({ p, steps, input }: Facts): string | null {
  const date = p.legalDate;
  if (date && date.days <= input.settings.urgentWindowDays)
    return `${date.kind} ${date.days === 0 ? 'today' : `in ${dayCount(date.days)}`}`;
  // A ticked urgent issue without a close date stays on top until someone records a next step.
  // No urgent reason in the words: it may say why (abuse, health) and the list goes into emails.
  if (p.issue.urgent && steps.length === 0) return 'Marked urgent, no next step yet';
  return null;
}

function overdue({ steps, input }: Facts): string | null {
  const late = steps
    .filter((s) => s.byWhen !== null)
    .map((s) => ({ s, days: -daysUntil(s.byWhen!, input.now, input.timeZone) }))
    .filter((x) => x.days > 0)
    .sort((a, b) => b.days - a.days);
  const first = late[0];
  if (!first) return null;
  const who = first.s.who ? ` (${first.s.who})` : ' (no one named)';
  const more = late.length > 1 ? ` and ${late.length - 1} more` : '';
  return `Next step overdue by ${dayCount(first.days)}${who}${more}`;
}

function noNextStep({ p, steps }: Facts): string | null {
  // Stage 1's next step is the call back (notCalledBack); a signposted member's is the follow-up date.
  if (steps.length > 0 || p.issue.stage === '1 Initial contact') return null;
  if (p.issue.route === 'Signposted' && p.issue.followUpDate) return null;
  return 'No open next step: agree who does what by when';
}

function lastActivity(issue: Issue, steps: readonly NextStep[]): Date | null {
  const dates = [
    issue.lastActivity,
    issue.updated,
    issue.opened,
    issue.created,
    ...steps.flatMap((s) => [s.doneOn, s.updated, s.created]),
  ];
  return dates.reduce<Date | null>((latest, d) => (d && (!latest || d > latest) ? d : latest), null);
}

function silent({ p, allSteps, input }: Facts): string | null {
  const last = lastActivity(p.issue, allSteps);
  if (!last) return null;
  const days = wholeDaysSince(last, input.now, input.timeZone);
  return days >= input.settings.staleAfterDays ? `No activity for ${dayCount(days)}` : null;
}

function notCalledBack({ p, input }: Facts): string | null {
  if (p.issue.stage !== '1 Initial contact' || p.issue.firstContactOn) return null;
  const since = p.issue.opened ?? p.issue.created;
  const days = since ? Math.max(0, wholeDaysSince(since, input.now, input.timeZone)) : 0;
  const late =
    days >= input.settings.callBackWithinDays
      ? `, over the ${input.settings.callBackWithinDays}-day aim`
      : '';
  return `Not yet called back (${dayCount(days)}${late})`;
}

function followUpDue({ p, input }: Facts): string | null {
  const { followUpDate, signpostedTo, route } = p.issue;
  if (!followUpDate || (route !== 'Signposted' && signpostedTo === '')) return null;
  const days = -daysUntil(followUpDate, input.now, input.timeZone);
  if (days < 0) return null;
  // Not the organisation's name: "signposted to a refuge" would say too much in an email.
  const when = days === 0 ? 'due today' : `${dayCount(days)} overdue`;
  return `Follow-up ${when}: check the member got the help they were signposted to`;
}

const RULES: Readonly<Record<AttentionKind, Rule>> = {
  urgent,
  overdue,
  noNextStep,
  silent,
  notCalledBack,
  followUpDue,
};

function attentionItem(kind: AttentionKind, rank: number, p: IssuePriority, detail: string): AttentionItem {
  const item = { kind, issueId: p.issue.id, branch: p.issue.branch, detail, priorityKey: [rank, ...p.key] };
  return p.member?.firstName ? { ...item, memberName: p.member.firstName } : item;
}

function inBranch(issue: Issue, branch: string | undefined): boolean {
  return branch === undefined || issue.branch.trim().toLowerCase() === branch.trim().toLowerCase();
}

/**
 * Computes the Needs attention list for open issues: urgent; overdue next steps; no open next step;
 * silent for "No activity after (days)"; not yet called back; signposting follow-ups due. Sorted by kind,
 * then by the queue's priority (urgency, member standing, waiting time).
 */
export function needsAttention(input: AttentionInput): NeedsAttention {
  const open = input.issues.filter((i) => isOpen(i) && inBranch(i, input.branch));
  const stepsOf = new Map<string, NextStep[]>();
  for (const s of input.nextSteps) {
    const steps = stepsOf.get(s.issueId);
    if (steps) steps.push(s);
    else stepsOf.set(s.issueId, [s]);
  }
  const items: AttentionItem[] = [];
  const context = { ...input, urgentWindowDays: input.settings.urgentWindowDays };
  for (const p of prioritise(open, input.members, context)) {
    const allSteps = stepsOf.get(p.issue.id) ?? [];
    const facts: Facts = { p, steps: allSteps.filter((s) => s.status === 'Open'), allSteps, input };
    ATTENTION_KINDS.forEach((kind, rank) => {
      const detail = RULES[kind](facts);
      if (detail !== null) items.push(attentionItem(kind, rank, p, detail));
    });
  }
  items.sort((a, b) => compareKeys(a.priorityKey, b.priorityKey) || a.issueId.localeCompare(b.issueId));
  const shared = sharedLandlordGroups(input.issues.filter(isOpen));
  const ids = new Set(open.map((i) => i.id));
  return { items, landlordGroups: shared.filter((g) => g.issueIds.some((id) => ids.has(id))) };
}

/**
 * The list for each of several branches (the digests), computed once over every open issue and then split:
 * the same items and groups, in the same order, as `needsAttention` with each branch, without redoing the
 * whole casebook per branch.
 */
export function needsAttentionByBranch(
  input: Omit<AttentionInput, 'branch'>,
  branches: readonly string[],
): NeedsAttention[] {
  const all = needsAttention(input);
  const openIn = new Map<string, Set<string>>();
  for (const issue of input.issues) {
    if (!isOpen(issue)) continue;
    const key = issue.branch.trim().toLowerCase();
    const ids = openIn.get(key);
    if (ids) ids.add(issue.id);
    else openIn.set(key, new Set([issue.id]));
  }
  return branches.map((branch) => {
    const key = branch.trim().toLowerCase();
    const ids = openIn.get(key) ?? new Set<string>();
    return {
      items: all.items.filter((i) => i.branch.trim().toLowerCase() === key),
      landlordGroups: all.landlordGroups.filter((g) => g.issueIds.some((id) => ids.has(id))),
    };
  });
}

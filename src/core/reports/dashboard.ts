// The dashboard's figures, computed from the casework: what is open, what is urgent or late, how fast, what was won.
import type { Branch } from '../branches';
import { daysBetween } from '../normalise/dates';
import { ROUTES, STAGES } from '../schema';
import type { Settings } from '../settings';
import { capacityView } from '../workflow/capacity';
import { landlordKey } from '../workflow/landlords';
import { type Decision, type Issue, isOpen, type Member, type NextStep } from '../workflow/model';
import { type Count, type OutcomeTotals, outcomeTotals, topCounts } from './outcomes';
import { inPeriod, type Period } from './period';

/** An urgent open issue, by id only: the dashboard names no one. */
export interface UrgentIssue {
  readonly issueId: string;
  readonly branch: string;
  readonly category: string;
  readonly stage: string;
  readonly reason: string;
}

/** A next step whose date has passed while it is still open. */
export interface OverdueStep {
  readonly stepId: string;
  readonly issueId: string;
  readonly who: string;
  readonly byWhen: Date;
  readonly daysOverdue: number;
}

/** A branch's live public disputes against its limit. */
export interface BranchLoad {
  readonly branch: string;
  readonly live: number;
  readonly limit: number;
  readonly over: boolean;
}

/** A median in days and how many issues it was taken over (null when none had both dates). */
export interface MedianDays {
  readonly days: number | null;
  readonly issues: number;
  /** The day counts themselves (anonymous), so branches' figures can be combined exactly. */
  readonly samples: readonly number[];
}

/** Everything the Dashboard sheet shows. */
export interface DashboardFigures {
  readonly period: Period;
  readonly openTotal: number;
  readonly membersWithOpenIssues: number;
  readonly openByStage: readonly Count[];
  readonly openByRoute: readonly Count[];
  readonly openByBranch: readonly Count[];
  readonly urgent: readonly UrgentIssue[];
  readonly capacity: readonly BranchLoad[];
  readonly overdueSteps: readonly OverdueStep[];
  /** Issues opened in the period: form received ("Opened") to "First contact on". */
  readonly daysToFirstContact: MedianDays;
  /** Issues opened in the period: "First contact on" to the first decision's "Decided on". */
  readonly daysToDecision: MedianDays;
  readonly openedInPeriod: number;
  readonly outcomes: OutcomeTotals;
  /** Every category of the issues opened in the period, most first. */
  readonly categories: readonly Count[];
  /** The first rows of `categories`. */
  readonly topCategories: readonly Count[];
  /** Of the issues opened in the period: landlord, or letting agent when no landlord is given. */
  readonly topLandlords: readonly Count[];
}

/** How many rows the "most issues" tables show. */
export const TOP_ROWS = 5;
const NO_BRANCH = '(no branch)';

/** The middle value (the mean of the two middle values for an even count), or null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** A median of day gaps, ignoring pairs where a date is missing or the second comes first (a typo). */
export function medianDays(
  pairs: ReadonlyArray<readonly [Date | null, Date | null]>,
  timeZone: string,
): MedianDays {
  const samples = pairs
    .filter((p): p is readonly [Date, Date] => p[0] !== null && p[1] !== null)
    .map(([a, b]) => daysBetween(a, b, timeZone))
    .filter((d) => d >= 0);
  return { days: median(samples), issues: samples.length, samples };
}

function countBy(
  issues: readonly Issue[],
  labels: readonly string[],
  labelOf: (i: Issue) => string,
): Count[] {
  const rows = labels.map((label) => ({ label, count: issues.filter((i) => labelOf(i) === label).length }));
  const others = topCounts(
    issues.map(labelOf).filter((l) => !labels.includes(l)),
    Number.MAX_SAFE_INTEGER,
  );
  return [...rows, ...others];
}

function branchRows(open: readonly Issue[], branches: readonly Branch[]): Count[] {
  const names = branches.map((b) => b.name);
  const labelOf = (i: Issue): string =>
    names.find((n) => n.toLowerCase() === i.branch.trim().toLowerCase()) ?? (i.branch.trim() || NO_BRANCH);
  return countBy(open, names, labelOf);
}

function firstDecisions(decisions: readonly Decision[]): Map<string, Date> {
  const first = new Map<string, Date>();
  for (const d of decisions) {
    if (!d.decidedOn) continue;
    const seen = first.get(d.issueId);
    if (!seen || d.decidedOn < seen) first.set(d.issueId, d.decidedOn);
  }
  return first;
}

/** Open next steps past their date, on issues still open (or unknown, so nothing slips), most late first. */
export function overdueSteps(
  steps: readonly NextStep[],
  issues: readonly Issue[],
  now: Date,
  timeZone: string,
): OverdueStep[] {
  const closed = new Set(issues.filter((i) => !isOpen(i)).map((i) => i.id));
  return steps
    .filter((s) => s.status === 'Open' && s.byWhen !== null && !closed.has(s.issueId))
    .map((s) => ({
      stepId: s.id,
      issueId: s.issueId,
      who: s.who,
      byWhen: s.byWhen!,
      daysOverdue: daysBetween(s.byWhen!, now, timeZone),
    }))
    .filter((s) => s.daysOverdue > 0)
    .sort((a, b) => b.daysOverdue - a.daysOverdue || a.stepId.localeCompare(b.stepId));
}

/** Landlords counted by their matching key and shown as most often written ("Foxtons Ltd"). */
export function topLandlords(issues: readonly Issue[], limit: number): Count[] {
  const shown = new Map<string, Map<string, number>>();
  const keys: string[] = [];
  for (const issue of issues) {
    const name = issue.landlord.trim() || issue.lettingAgent.trim();
    const key = landlordKey(name);
    if (key === '') continue;
    keys.push(key);
    const spellings = shown.get(key) ?? new Map<string, number>();
    spellings.set(name, (spellings.get(name) ?? 0) + 1);
    shown.set(key, spellings);
  }
  const nameOf = (key: string): string =>
    [...(shown.get(key) ?? new Map<string, number>()).entries()].sort(
      (a, b) => b[1] - a[1] || a[0].localeCompare(b[0]),
    )[0]?.[0] ?? key;
  return topCounts(keys, Number.MAX_SAFE_INTEGER)
    .map((c) => ({ label: nameOf(c.label), count: c.count }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label))
    .slice(0, limit);
}

function urgentIssues(open: readonly Issue[]): UrgentIssue[] {
  return open
    .filter((i) => i.urgent)
    .map((i) => ({
      issueId: i.id,
      branch: i.branch || NO_BRANCH,
      category: i.category,
      stage: i.stageText,
      reason: i.urgentReason,
    }));
}

/**
 * The dashboard's figures. Open issues are everything not Closed (an unreadable stage counts as open);
 * response times and "most issues" tables cover issues opened in the period; outcomes cover issues
 * closed in it. Members are used only to count people, never to name them.
 */
export function dashboardFigures(
  issues: readonly Issue[],
  members: readonly Member[],
  nextSteps: readonly NextStep[],
  decisions: readonly Decision[],
  branches: readonly Branch[],
  settings: Pick<Settings, 'defaultDisputeLimit'>,
  period: Period,
  now: Date,
  timeZone: string,
): DashboardFigures {
  const open = issues.filter(isOpen);
  const opened = issues.filter((i) => inPeriod(i.opened, period, timeZone));
  const decided = firstDecisions(decisions);
  const known = new Set(members.map((m) => m.id));
  const openStages = STAGES.filter((s) => s !== 'Closed');
  const categories = topCounts(
    opened.map((i) => i.category || 'Not recorded'),
    Number.MAX_SAFE_INTEGER,
  );
  return {
    period,
    openTotal: open.length,
    membersWithOpenIssues: new Set(open.map((i) => i.memberId).filter((id) => known.has(id))).size,
    openByStage: countBy(open, openStages, (i) => i.stage ?? 'Stage not recognised'),
    openByRoute: countBy(open, [...ROUTES, 'No route yet'], (i) => i.route ?? 'No route yet'),
    openByBranch: branchRows(open, branches),
    urgent: urgentIssues(open),
    capacity: capacityView(issues, branches, settings.defaultDisputeLimit).map((c) => ({
      branch: c.branch || NO_BRANCH,
      live: c.live,
      limit: c.limit,
      over: c.over,
    })),
    overdueSteps: overdueSteps(nextSteps, issues, now, timeZone),
    daysToFirstContact: medianDays(
      opened.map((i) => [i.opened, i.firstContactOn] as const),
      timeZone,
    ),
    daysToDecision: medianDays(
      opened.map((i) => [i.firstContactOn, decided.get(i.id) ?? null] as const),
      timeZone,
    ),
    openedInPeriod: opened.length,
    outcomes: outcomeTotals(issues, period, timeZone),
    categories,
    topCategories: categories.slice(0, TOP_ROWS),
    topLandlords: topLandlords(opened, TOP_ROWS),
  };
}

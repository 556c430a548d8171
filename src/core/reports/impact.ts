// The impact report: anonymised figures for a period and a branch (or the whole union), and consented case studies.
import { cellBoolean, cellText, type RecordValues } from '../cells';
import { identifiersOf, scrubOwnText } from '../privacy/identifiers';
import type { Issue } from '../workflow/model';
import { closedIn, isWin, outcomeTotals } from './outcomes';
import { inPeriod, type Period } from './period';

/** Totals of one branch (or the union) for the report: counts and sums only. */
export interface ImpactTotals {
  readonly issuesOpened: number;
  readonly issuesClosed: number;
  readonly wins: number;
  readonly moneyRecovered: number;
  readonly repairsWon: number;
  readonly evictionsStopped: number;
  readonly rentIncreasesWithdrawn: number;
}

/** The report's figures: the chosen scope's totals and, for the whole union, each branch's. */
export interface ImpactFigures {
  readonly period: Period;
  /** The branch name, or "The whole union". */
  readonly scope: string;
  readonly totals: ImpactTotals;
  readonly byBranch: ReadonlyArray<ImpactTotals & { readonly branch: string }>;
}

/** A short story for the report, only from members who agreed to publicity. */
export interface CaseStudy {
  readonly title: string;
  readonly story: string;
}

/** The scope name when no branch is chosen. */
export const WHOLE_UNION = 'The whole union';

function sameBranch(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

function totalsOf(issues: readonly Issue[], period: Period, timeZone: string): ImpactTotals {
  const o = outcomeTotals(issues, period, timeZone);
  return {
    issuesOpened: issues.filter((i) => inPeriod(i.opened, period, timeZone)).length,
    issuesClosed: o.closed,
    wins: o.wins,
    moneyRecovered: o.moneyRecovered,
    repairsWon: o.repairsWon,
    evictionsStopped: o.evictionsStopped,
    rentIncreasesWithdrawn: o.rentIncreasesWithdrawn,
  };
}

/** Figures for a period and a branch (null: the whole union, with a row per branch). */
export function impactFigures(
  issues: readonly Issue[],
  branchNames: readonly string[],
  period: Period,
  branch: string | null,
  timeZone: string,
): ImpactFigures {
  const scoped = branch === null ? issues : issues.filter((i) => sameBranch(i.branch, branch));
  const names = branch === null ? branchNames : branchNames.filter((n) => sameBranch(n, branch));
  return {
    period,
    scope: branch ?? WHOLE_UNION,
    totals: totalsOf(scoped, period, timeZone),
    byBranch: names.map((name) => ({
      branch: name,
      ...totalsOf(
        scoped.filter((i) => sameBranch(i.branch, name)),
        period,
        timeZone,
      ),
    })),
  };
}

function gbp(amount: number): string {
  return `£${amount.toLocaleString('en-GB', { minimumFractionDigits: 0, maximumFractionDigits: 2 })}`;
}

function wonList(issue: Issue): string[] {
  const won: string[] = [];
  if (issue.moneyRecovered) won.push(`${gbp(issue.moneyRecovered)} back`);
  if (issue.repairsWon) won.push('repairs done');
  if (issue.evictionStopped) won.push('an eviction stopped');
  if (issue.rentIncreaseWithdrawn) won.push('a rent increase withdrawn');
  return won;
}

/** One story: first name only, the category, the landlord and what was won; contact details scrubbed. */
function storyOf(issue: Issue, member: RecordValues): CaseStudy {
  const first = cellText(member.Name).trim().split(/\s+/)[0] ?? '';
  const who = first === '' ? 'A member' : first;
  const ids = identifiersOf(member, [issue.propertyAddress]);
  const against = issue.landlord || issue.lettingAgent;
  const won = wonList(issue);
  const parts = [
    `${who}${issue.branch ? ` from ${issue.branch} branch` : ''} came to us with a ${issue.category.toLowerCase() || 'housing'} issue${against ? ` with ${against}` : ''}.`,
    won.length > 0 ? `Together we won ${won.join(', ')}.` : '',
    issue.whatWasWon,
  ];
  return {
    title: `${who}: ${issue.outcome === 'Won' ? 'won' : 'partly won'}${issue.category ? ` (${issue.category})` : ''}`,
    story: scrubOwnText(parts.filter(Boolean).join(' '), ids),
  };
}

/**
 * Case studies of wins (won or partly won) closed in the period, only for members who said Yes to
 * "Consent to publicity". Never uses descriptions, notes, addresses or contact details.
 */
export function caseStudies(
  issues: readonly Issue[],
  members: readonly RecordValues[],
  period: Period,
  branch: string | null,
  timeZone: string,
): CaseStudy[] {
  const byId = new Map(members.map((m) => [cellText(m['Member ID']).trim(), m]));
  return closedIn(issues, period, timeZone)
    .filter((i) => isWin(i.outcome) && (branch === null || sameBranch(i.branch, branch)))
    .flatMap((issue) => {
      const member = byId.get(issue.memberId);
      return member && cellBoolean(member['Consent to publicity']) ? [storyOf(issue, member)] : [];
    });
}

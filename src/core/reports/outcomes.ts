// What was won: outcome counts and wins of the issues closed in a period, shared by the dashboard and the impact report.
import { OUTCOMES, type Outcome } from '../schema';
import type { Issue } from '../workflow/model';
import { inPeriod, type Period } from './period';

/** A label and how many: one row of a dashboard table or chart. */
export interface Count {
  readonly label: string;
  readonly count: number;
}

/** Outcomes of the issues closed in a period (anonymous: counts and sums only). */
export interface OutcomeTotals {
  /** Issues with a "Closed on" date in the period. */
  readonly closed: number;
  /** One row per outcome in the dropdown's order, then "Not recorded" when some closed issues have none. */
  readonly byOutcome: readonly Count[];
  /** Won or partly won. */
  readonly wins: number;
  /** Money back or compensation, in GBP. */
  readonly moneyRecovered: number;
  readonly repairsWon: number;
  readonly evictionsStopped: number;
  readonly rentIncreasesWithdrawn: number;
}

/** Won and partly won both count as wins: the guide celebrates partial wins too. */
export function isWin(outcome: Outcome | null): boolean {
  return outcome === 'Won' || outcome === 'Partly won';
}

/** Issues closed in the period: counted by their "Closed on" date, whatever their stage says. */
export function closedIn(issues: readonly Issue[], period: Period, timeZone: string): Issue[] {
  return issues.filter((i) => inPeriod(i.closedOn, period, timeZone));
}

/** Adds up the outcomes of the issues closed in the period. */
export function outcomeTotals(issues: readonly Issue[], period: Period, timeZone: string): OutcomeTotals {
  const closed = closedIn(issues, period, timeZone);
  const byOutcome: Count[] = OUTCOMES.map((o) => ({
    label: o,
    count: closed.filter((i) => i.outcome === o).length,
  }));
  const unrecorded = closed.filter((i) => i.outcome === null).length;
  if (unrecorded > 0) byOutcome.push({ label: 'Not recorded', count: unrecorded });
  // Pennies are summed as whole numbers so £0.10 + £0.20 is £0.30, not 0.30000000000000004.
  const pennies = closed.reduce((sum, i) => sum + Math.round((i.moneyRecovered ?? 0) * 100), 0);
  return {
    closed: closed.length,
    byOutcome,
    wins: closed.filter((i) => isWin(i.outcome)).length,
    moneyRecovered: pennies / 100,
    repairsWon: closed.filter((i) => i.repairsWon).length,
    evictionsStopped: closed.filter((i) => i.evictionStopped).length,
    rentIncreasesWithdrawn: closed.filter((i) => i.rentIncreaseWithdrawn).length,
  };
}

/** Counts by label, most first (ties alphabetically), at most `limit` rows. */
export function topCounts(labels: readonly string[], limit: number): Count[] {
  const counts = new Map<string, number>();
  for (const label of labels) if (label !== '') counts.set(label, (counts.get(label) ?? 0) + 1);
  return [...counts.entries()]
    .map(([label, count]) => ({ label, count }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label))
    .slice(0, limit);
}

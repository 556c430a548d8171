// The union-wide roll-up: branches' dashboard figures combined, aggregate numbers only (no ids, no names).
import type { BranchLoad, DashboardFigures, MedianDays } from './dashboard';
import { median } from './dashboard';
import type { Count, OutcomeTotals } from './outcomes';

/** The part of a branch's dashboard that may leave its spreadsheet: counts, sums and anonymous day gaps. */
export interface AggregateFigures {
  readonly openTotal: number;
  readonly openByStage: readonly Count[];
  readonly openByRoute: readonly Count[];
  readonly openByBranch: readonly Count[];
  readonly urgentCount: number;
  readonly overdueCount: number;
  readonly capacity: readonly BranchLoad[];
  readonly daysToFirstContact: MedianDays;
  readonly daysToDecision: MedianDays;
  readonly openedInPeriod: number;
  readonly outcomes: OutcomeTotals;
  readonly categories: readonly Count[];
}

/**
 * What a branch shares with the union: issue ids, who owns next steps and landlords' names (some are
 * private individuals) stay behind.
 */
export function aggregateOf(figures: DashboardFigures): AggregateFigures {
  return {
    openTotal: figures.openTotal,
    openByStage: figures.openByStage,
    openByRoute: figures.openByRoute,
    openByBranch: figures.openByBranch,
    urgentCount: figures.urgent.length,
    overdueCount: figures.overdueSteps.length,
    capacity: figures.capacity,
    daysToFirstContact: figures.daysToFirstContact,
    daysToDecision: figures.daysToDecision,
    openedInPeriod: figures.openedInPeriod,
    outcomes: figures.outcomes,
    categories: figures.categories,
  };
}

/** Counts summed by label, labels in the order first met. */
export function sumCounts(lists: ReadonlyArray<readonly Count[]>): Count[] {
  const totals = new Map<string, number>();
  for (const list of lists) for (const c of list) totals.set(c.label, (totals.get(c.label) ?? 0) + c.count);
  return [...totals.entries()].map(([label, count]) => ({ label, count }));
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

function combineMedians(list: readonly MedianDays[]): MedianDays {
  const samples = list.flatMap((m) => m.samples);
  return { days: median(samples), issues: samples.length, samples };
}

function combineCapacity(lists: ReadonlyArray<readonly BranchLoad[]>): BranchLoad[] {
  const byName = new Map<string, { live: number; limit: number }>();
  for (const list of lists)
    for (const b of list) {
      const seen = byName.get(b.branch) ?? { live: 0, limit: 0 };
      byName.set(b.branch, { live: seen.live + b.live, limit: seen.limit + b.limit });
    }
  return [...byName.entries()].map(([branch, v]) => ({ branch, ...v, over: v.live > v.limit }));
}

function combineOutcomes(list: readonly OutcomeTotals[]): OutcomeTotals {
  const pennies = sum(list.map((o) => Math.round(o.moneyRecovered * 100)));
  return {
    closed: sum(list.map((o) => o.closed)),
    byOutcome: sumCounts(list.map((o) => o.byOutcome)),
    wins: sum(list.map((o) => o.wins)),
    moneyRecovered: pennies / 100,
    repairsWon: sum(list.map((o) => o.repairsWon)),
    evictionsStopped: sum(list.map((o) => o.evictionsStopped)),
    rentIncreasesWithdrawn: sum(list.map((o) => o.rentIncreasesWithdrawn)),
  };
}

/** Adds branches' figures together; medians are taken again over every branch's day gaps, not averaged. */
export function rollUp(figures: readonly AggregateFigures[]): AggregateFigures {
  return {
    openTotal: sum(figures.map((f) => f.openTotal)),
    openByStage: sumCounts(figures.map((f) => f.openByStage)),
    openByRoute: sumCounts(figures.map((f) => f.openByRoute)),
    openByBranch: sumCounts(figures.map((f) => f.openByBranch)),
    urgentCount: sum(figures.map((f) => f.urgentCount)),
    overdueCount: sum(figures.map((f) => f.overdueCount)),
    capacity: combineCapacity(figures.map((f) => f.capacity)),
    daysToFirstContact: combineMedians(figures.map((f) => f.daysToFirstContact)),
    daysToDecision: combineMedians(figures.map((f) => f.daysToDecision)),
    openedInPeriod: sum(figures.map((f) => f.openedInPeriod)),
    outcomes: combineOutcomes(figures.map((f) => f.outcomes)),
    categories: sumCounts(figures.map((f) => f.categories)).sort(
      (a, b) => b.count - a.count || a.label.localeCompare(b.label),
    ),
  };
}

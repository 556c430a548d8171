// A branch's aggregate figures as a flat Figure/Value list: what a union roll-up spreadsheet may import.
import { CATEGORIES, OUTCOMES, ROUTES, STAGES } from '../schema';
import type { AggregateFigures } from './rollUp';

/** How a figure combines across branches in the union sheet. */
export type Combine = 'sum' | 'median';

/** One exported figure: a fixed label, its value, and how the union combines it. */
export interface ExportedFigure {
  readonly figure: string;
  readonly value: number | string;
  readonly combine: Combine;
}

/** Every label the export can hold, in a fixed order, so the union sheet can be laid out without reading. */
export const EXPORT_LABELS: ReadonlyArray<{ figure: string; combine: Combine }> = [
  { figure: 'Open issues', combine: 'sum' },
  ...STAGES.filter((s) => s !== 'Closed').map((s) => ({
    figure: `Open at stage ${s}`,
    combine: 'sum' as const,
  })),
  ...ROUTES.map((r) => ({ figure: `Open on route ${r}`, combine: 'sum' as const })),
  { figure: 'Urgent issues', combine: 'sum' },
  { figure: 'Next steps overdue', combine: 'sum' },
  { figure: 'Live public disputes', combine: 'sum' },
  { figure: 'Dispute limit', combine: 'sum' },
  { figure: 'Issues opened in the period', combine: 'sum' },
  { figure: 'Issues closed in the period', combine: 'sum' },
  ...OUTCOMES.map((o) => ({ figure: `Closed as ${o}`, combine: 'sum' as const })),
  { figure: 'Wins', combine: 'sum' },
  { figure: 'Money recovered (GBP)', combine: 'sum' },
  { figure: 'Repairs won', combine: 'sum' },
  { figure: 'Evictions stopped', combine: 'sum' },
  { figure: 'Rent increases withdrawn', combine: 'sum' },
  ...CATEGORIES.map((c) => ({ figure: `Issues about ${c}`, combine: 'sum' as const })),
  { figure: 'Days from form to first contact (each issue)', combine: 'median' },
  { figure: 'Days from first contact to decision (each issue)', combine: 'median' },
];

/**
 * Day gaps as "days×count" pairs ("0x12;3x40"): short whatever the number of issues (a list of every gap
 * would pass a cell's 50,000 characters at ~10,000 issues), and exact, so the union's median is exact.
 */
export function histogram(samples: readonly number[]): string {
  const counts = new Map<number, number>();
  for (const s of samples) counts.set(s, (counts.get(s) ?? 0) + 1);
  return [...counts.entries()]
    .sort(([a], [b]) => a - b)
    .map(([days, n]) => `${days}x${n}`)
    .join(';');
}

/** The samples back from a histogram cell; anything unreadable is left out. */
export function samplesOf(cell: string): number[] {
  const out: number[] = [];
  for (const pair of cell.split(';')) {
    const m = /^\s*(-?\d+)x(\d+)\s*$/.exec(pair);
    if (m) for (let i = 0; i < Number(m[2]); i++) out.push(Number(m[1]));
  }
  return out;
}

function countOf(list: ReadonlyArray<{ label: string; count: number }>, label: string): number {
  return list.find((c) => c.label === label)?.count ?? 0;
}

/**
 * Flattens a branch's aggregate figures into the fixed labels. Only counts, sums and anonymous day gaps
 * leave the branch: no names, ids, addresses or landlords (some landlords are private individuals).
 */
export function exportFigures(a: AggregateFigures): ExportedFigure[] {
  const values = new Map<string, number | string>([
    ['Open issues', a.openTotal],
    ['Urgent issues', a.urgentCount],
    ['Next steps overdue', a.overdueCount],
    ['Live public disputes', a.capacity.reduce((n, b) => n + b.live, 0)],
    ['Dispute limit', a.capacity.reduce((n, b) => n + b.limit, 0)],
    ['Issues opened in the period', a.openedInPeriod],
    ['Issues closed in the period', a.outcomes.closed],
    ['Wins', a.outcomes.wins],
    ['Money recovered (GBP)', a.outcomes.moneyRecovered],
    ['Repairs won', a.outcomes.repairsWon],
    ['Evictions stopped', a.outcomes.evictionsStopped],
    ['Rent increases withdrawn', a.outcomes.rentIncreasesWithdrawn],
    ['Days from form to first contact (each issue)', histogram(a.daysToFirstContact.samples)],
    ['Days from first contact to decision (each issue)', histogram(a.daysToDecision.samples)],
  ]);
  for (const s of STAGES) values.set(`Open at stage ${s}`, countOf(a.openByStage, s));
  for (const r of ROUTES) values.set(`Open on route ${r}`, countOf(a.openByRoute, r));
  for (const o of OUTCOMES) values.set(`Closed as ${o}`, countOf(a.outcomes.byOutcome, o));
  for (const c of CATEGORIES) values.set(`Issues about ${c}`, countOf(a.categories, c));
  return EXPORT_LABELS.map(({ figure, combine }) => ({ figure, combine, value: values.get(figure) ?? 0 }));
}

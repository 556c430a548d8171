// The impact report's data in the shape of the default template (IMPACT_REPORT_SHAPE), ready for `render`.
import type { CaseStudy, ImpactFigures, ImpactTotals } from './impact';

function totalsData(t: ImpactTotals): Record<string, number> {
  return {
    'Issues opened': t.issuesOpened,
    'Issues closed': t.issuesClosed,
    Wins: t.wins,
    'Money recovered': t.moneyRecovered,
    'Repairs won': t.repairsWon,
    'Evictions stopped': t.evictionsStopped,
  };
}

/**
 * `{ Period, Branch, Totals, ByBranch, CaseStudies }` for `render(IMPACT_REPORT_TEMPLATE, data,
 * IMPACT_REPORT_SHAPE, ...)`: only anonymous figures and consented stories are in it.
 */
export function impactReportData(
  figures: ImpactFigures,
  studies: readonly CaseStudy[],
): Record<string, unknown> {
  return {
    Period: { From: figures.period.from, To: figures.period.to },
    Branch: { Name: figures.scope },
    Totals: totalsData(figures.totals),
    ByBranch: figures.byBranch.map((b) => ({ Branch: b.branch, ...totalsData(b) })),
    CaseStudies: studies.map((s) => ({ Title: s.title, Story: s.story })),
  };
}

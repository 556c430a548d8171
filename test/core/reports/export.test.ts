// The union sheet's rules (sum counts, median of pooled day gaps) give what the pure roll-up gives.
import { median } from '../../../src/core/reports/dashboard';
import { exportFigures, histogram, samplesOf } from '../../../src/core/reports/export';
import { type AggregateFigures, rollUp } from '../../../src/core/reports/rollUp';

function branch(open: number, wins: number, money: number, samples: number[]): AggregateFigures {
  return {
    openTotal: open,
    openByStage: [{ label: '1 Initial contact', count: open }],
    openByRoute: [],
    openByBranch: [],
    urgentCount: 1,
    overdueCount: 2,
    capacity: [{ branch: 'X', live: 1, limit: 4, over: false }],
    daysToFirstContact: { days: median(samples), issues: samples.length, samples },
    daysToDecision: { days: null, issues: 0, samples: [] },
    openedInPeriod: open,
    outcomes: {
      closed: wins,
      byOutcome: [{ label: 'Won', count: wins }],
      wins,
      moneyRecovered: money,
      repairsWon: 0,
      evictionsStopped: 1,
      rentIncreasesWithdrawn: 0,
    },
    categories: [{ label: 'Disrepair', count: open }],
  };
}

/** What the union sheet's formulas compute from the branches' exported values. */
function combine(exports: ReturnType<typeof exportFigures>[]): Map<string, number | null> {
  const out = new Map<string, number | null>();
  exports[0]!.forEach((f, i) => {
    const values = exports.map((e) => e[i]!.value);
    if (f.combine === 'sum')
      out.set(
        f.figure,
        values.reduce<number>((a, v) => a + Number(v), 0),
      );
    else out.set(f.figure, median(values.flatMap((v) => samplesOf(String(v)))));
  });
  return out;
}

describe('exported figures', () => {
  it('combine in the union sheet exactly as the pure roll-up combines them', () => {
    const a = branch(5, 2, 1200.5, [1, 3, 9]);
    const b = branch(3, 1, 99.5, [2, 4]);
    const union = combine([exportFigures(a), exportFigures(b)]);
    const pure = rollUp([a, b]);
    expect(union.get('Open issues')).toBe(pure.openTotal);
    expect(union.get('Wins')).toBe(pure.outcomes.wins);
    expect(union.get('Money recovered (GBP)')).toBe(pure.outcomes.moneyRecovered);
    expect(union.get('Evictions stopped')).toBe(pure.outcomes.evictionsStopped);
    expect(union.get('Live public disputes')).toBe(2);
    expect(union.get('Days from form to first contact (each issue)')).toBe(pure.daysToFirstContact.days);
    expect(union.get('Days from first contact to decision (each issue)')).toBeNull();
  });
});

describe('day-gap histograms', () => {
  it('are short whatever the number of issues, and give the samples back', () => {
    const samples = Array.from({ length: 50000 }, (_, i) => i % 90);
    const cell = histogram(samples);
    expect(cell.length).toBeLessThan(1000);
    expect(samplesOf(cell).sort((a, b) => a - b)).toEqual([...samples].sort((a, b) => a - b));
  });
});

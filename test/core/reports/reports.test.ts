// Unit tests of the report figures: medians, outcomes, landlords, roll-up, impact figures and case studies.
import { median, medianDays, topLandlords } from '../../../src/core/reports/dashboard';
import { caseStudies, impactFigures } from '../../../src/core/reports/impact';
import { outcomeTotals } from '../../../src/core/reports/outcomes';
import { inPeriod, lastTwelveMonths } from '../../../src/core/reports/period';
import { type AggregateFigures, rollUp } from '../../../src/core/reports/rollUp';
import { parseIssues } from '../../../src/core/workflow/model';

const ZONE = 'Europe/London';
const day = (iso: string) => new Date(`${iso}T12:00:00Z`);
const PERIOD = { from: day('2026-01-01'), to: day('2026-12-31') };

const issues = parseIssues(
  [
    {
      'Issue ID': 'ISS-1',
      'Member ID': 'MEM-1',
      Branch: 'Hackney',
      Category: 'Disrepair',
      Stage: 'Closed',
      Outcome: 'Won',
      'Money recovered': '£1,000.10',
      'Repairs won': 'Yes',
      'Closed on': day('2026-03-01'),
      Opened: day('2026-01-05'),
      Landlord: 'Foxtons Ltd',
      'What was won': 'Jo Bloggs got the boiler fixed at 12 Acacia Road',
    },
    {
      'Issue ID': 'ISS-2',
      'Member ID': 'MEM-2',
      Branch: 'Hackney',
      Category: 'Deposit',
      Stage: 'Closed',
      Outcome: 'Partly won',
      'Money recovered': 0.2,
      'Closed on': day('2026-12-31'),
      Opened: day('2025-12-31'),
      Landlord: 'FOXTONS',
    },
    {
      'Issue ID': 'ISS-3',
      'Member ID': 'MEM-3',
      Branch: 'Tower Hamlets',
      Category: 'Deposit',
      Stage: 'Closed',
      Outcome: 'Lost',
      'Closed on': day('2027-01-01'),
      Opened: day('2026-06-01'),
      'Letting agent': 'Acme Lettings',
    },
    {
      'Issue ID': 'ISS-4',
      'Member ID': 'MEM-1',
      Branch: 'Tower Hamlets',
      Category: 'Eviction or notice',
      Stage: 'Closed',
      Outcome: 'Won',
      'Eviction stopped': 'Yes',
      'Closed on': day('2026-05-01'),
      Opened: day('2026-02-01'),
    },
  ],
  ZONE,
);

describe('report figures', () => {
  it('takes medians over day gaps, ignoring missing and backwards pairs', () => {
    expect(median([])).toBeNull();
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    const m = medianDays(
      [
        [day('2026-03-28'), day('2026-03-30')],
        [day('2026-01-01'), null],
        [day('2026-02-02'), day('2026-02-01')],
      ],
      ZONE,
    );
    expect(m).toEqual({ days: 2, issues: 1, samples: [2] });
  });

  it('counts only issues closed in the period, both ends included, and sums money in pennies', () => {
    const o = outcomeTotals(issues, PERIOD, ZONE);
    expect(o).toMatchObject({
      closed: 3,
      wins: 3,
      moneyRecovered: 1000.3,
      repairsWon: 1,
      evictionsStopped: 1,
    });
    expect(o.byOutcome.find((c) => c.label === 'Lost')!.count).toBe(0);
    expect(inPeriod(day('2026-12-31'), PERIOD, ZONE)).toBe(true);
    expect(lastTwelveMonths(day('2026-11-20'), ZONE).from.toISOString()).toBe('2025-11-21T00:00:00.000Z');
  });

  it('groups landlords by key and shows the commonest spelling, agents when no landlord is named', () => {
    expect(topLandlords(issues, 5)).toEqual([
      { label: 'FOXTONS', count: 2 },
      { label: 'Acme Lettings', count: 1 },
    ]);
  });

  it('builds impact figures per branch and for the whole union', () => {
    const all = impactFigures(issues, ['Hackney', 'Tower Hamlets'], PERIOD, null, ZONE);
    expect(all.scope).toBe('The whole union');
    expect(all.totals).toMatchObject({ issuesOpened: 3, issuesClosed: 3, wins: 3, evictionsStopped: 1 });
    expect(all.byBranch.map((b) => [b.branch, b.issuesClosed])).toEqual([
      ['Hackney', 2],
      ['Tower Hamlets', 1],
    ]);
    const hackney = impactFigures(issues, ['Hackney', 'Tower Hamlets'], PERIOD, 'hackney', ZONE);
    expect(hackney.totals.issuesClosed).toBe(2);
  });

  it('writes case studies only for consenting members, first name only, contact details scrubbed', () => {
    const members = [
      {
        'Member ID': 'MEM-1',
        Name: 'Jo Bloggs',
        Address: '12 Acacia Road, London',
        'Consent to publicity': 'Yes',
      },
      { 'Member ID': 'MEM-2', Name: 'Sam Lee', Address: '', 'Consent to publicity': 'No' },
    ];
    const studies = caseStudies(issues, members, PERIOD, null, ZONE);
    expect(studies.map((s) => s.title)).toEqual(['Jo: won (Disrepair)', 'Jo: won (Eviction or notice)']);
    expect(studies[0]!.story).toContain(
      'Jo from Hackney branch came to us with a disrepair issue with Foxtons Ltd.',
    );
    expect(studies[0]!.story).toContain('£1,000.1 back');
    expect(studies.map((s) => s.story).join(' ')).not.toMatch(/Bloggs|Acacia/);
  });

  it('rolls branches up: counts summed by label, medians taken again over all day gaps', () => {
    const branch = (n: number, samples: number[]): AggregateFigures => ({
      openTotal: n,
      openByStage: [{ label: '4 Action', count: n }],
      openByRoute: [],
      openByBranch: [{ label: `B${n}`, count: n }],
      urgentCount: 1,
      overdueCount: 0,
      capacity: [{ branch: `B${n}`, live: 1, limit: 3, over: false }],
      daysToFirstContact: { days: null, issues: samples.length, samples },
      daysToDecision: { days: null, issues: 0, samples: [] },
      openedInPeriod: n,
      outcomes: outcomeTotals(issues, PERIOD, ZONE),
      categories: [{ label: 'Deposit', count: n }],
    });
    const union = rollUp([branch(2, [1, 9]), branch(3, [4])]);
    expect(union.openTotal).toBe(5);
    expect(union.openByStage).toEqual([{ label: '4 Action', count: 5 }]);
    expect(union.daysToFirstContact).toEqual({ days: 4, issues: 3, samples: [1, 9, 4] });
    expect(union.outcomes.moneyRecovered).toBe(2000.6);
    expect(union.capacity).toHaveLength(2);
  });
});

// The Dashboard layout: long lists are cut with a line saying how many more, and chart tables sit above them.
import { dashboardFigures } from '../../../src/core/reports/dashboard';
import { dashboardLayout, LIST_ROWS } from '../../../src/core/reports/layout';
import { parseIssues, parseNextSteps } from '../../../src/core/workflow/model';

const ZONE = 'Europe/London';
const day = (iso: string) => new Date(`${iso}T12:00:00Z`);
const NOW = day('2026-11-20');

function layoutWith(urgent: number, overdue: number) {
  const issues = parseIssues(
    Array.from({ length: Math.max(urgent, 1) }, (_, i) => ({
      'Issue ID': `ISS-${i + 1}`,
      Stage: '2 Peer support',
      Urgent: i < urgent ? 'Yes' : 'No',
      Opened: day('2026-06-01'),
    })),
    ZONE,
  );
  const steps = parseNextSteps(
    Array.from({ length: overdue }, (_, i) => ({
      'Next step ID': `NS-${String(i + 1).padStart(4, '0')}`,
      'Issue ID': 'ISS-1',
      What: 'Call the agent',
      Status: 'Open',
      'By when': day('2026-11-01'),
    })),
    ZONE,
  );
  const period = { from: day('2025-11-21'), to: NOW };
  const figures = dashboardFigures(issues, [], steps, [], [], { defaultDisputeLimit: 4 }, period, NOW, ZONE);
  return dashboardLayout(figures, NOW);
}

const firstColumn = (rows: ReadonlyArray<readonly unknown[]>) => rows.map((r) => String(r[0]));

describe('dashboardLayout lists', () => {
  it('shows every row of short lists, with no "Not shown" line', () => {
    const text = firstColumn(layoutWith(3, 4).rows);
    expect(text.filter((t) => /^ISS-/.test(t))).toHaveLength(3);
    expect(text.filter((t) => /^NS-/.test(t))).toHaveLength(4);
    expect(text.some((t) => t.startsWith('Not shown'))).toBe(false);
  });

  it('cuts long lists at LIST_ROWS and says how many more, so the block stays the same size', () => {
    const layout = layoutWith(LIST_ROWS + 30, LIST_ROWS + 1250);
    const text = firstColumn(layout.rows);
    expect(text.filter((t) => /^ISS-/.test(t))).toHaveLength(LIST_ROWS);
    expect(text.filter((t) => /^NS-/.test(t))).toHaveLength(LIST_ROWS);
    expect(text).toContain('Not shown: 30 more (see Needs attention)');
    expect(text).toContain('Not shown: 1,250 more (filter the Next steps sheet by Status and By when)');
    expect(layout.rows.length).toBeLessThan(1000);
    // The header still counts every one.
    expect(layout.rows.find((r) => r[0] === 'Overdue next steps')?.[1]).toBe(LIST_ROWS + 1250);
  });

  it('puts the charted tables above the lists, so a longer list never moves a chart', () => {
    const short = layoutWith(1, 1).charts.map((c) => c.row);
    const long = layoutWith(LIST_ROWS, LIST_ROWS).charts.map((c) => c.row);
    expect(long).toEqual(short);
  });
});

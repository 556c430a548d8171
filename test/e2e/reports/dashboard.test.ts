// The Dashboard through build/Code.js: figures for a seeded dataset match ones worked out in the test; charts kept.
import { readyWorkspace } from '../intakeHelpers';
import { counts, expectedFigures, section } from './dashboardSheet';
import { seedCasework } from './seed';

async function seeded() {
  const local = await readyWorkspace();
  seedCasework(local);
  local.run('refreshDashboard');
  return local;
}

describe('refreshDashboard', () => {
  it('shows the figures worked out independently from the seed', async () => {
    const local = await seeded();
    const e = expectedFigures();
    const stages = counts(local, 'Open issues by stage');
    for (const [stage, n] of Object.entries(e.byStage)) expect(stages[stage]).toBe(n);
    expect(Object.values(stages).reduce<number>((a, b) => a + Number(b), 0)).toBe(4);
    const routes = counts(local, 'Open issues by route');
    for (const [route, n] of Object.entries(e.byRoute)) expect(routes[route]).toBe(n);
    const branches = counts(local, 'Open issues by branch');
    for (const [branch, n] of Object.entries(e.byBranch)) expect(branches[branch]).toBe(n);
    expect(section(local, 'Urgent issues').map((r) => r[0])).toEqual(e.urgent);
    expect(section(local, 'Next steps overdue').map((r) => [r[0], r[4]])).toEqual(e.overdue);
    const capacity = section(local, 'Public disputes against capacity');
    expect(capacity.map((r) => [r[0], r[1], r[2]])).toEqual([
      ['Hackney', e.disputes.Hackney, 4],
      ['Tower Hamlets', e.disputes['Tower Hamlets'], 3],
    ]);
    const speed = counts(local, 'How quickly we respond (issues opened in the period)');
    expect(speed['Form to first contact']).toBe(e.toContact);
    expect(speed['First contact to decision']).toBe(e.toDecision);
    const won = counts(local, 'What we won in the period (issues closed in it)', false);
    expect(won).toMatchObject({
      'Issues opened': e.opened,
      'Issues closed': e.closed,
      'Wins (won or partly won)': e.wins,
      'Money recovered or compensation (GBP)': e.money,
      'Repairs won': e.repairs,
      'Evictions stopped': e.evictions,
      'Rent increases withdrawn': e.rent,
    });
    const outcomes = counts(local, 'Outcomes in the period');
    for (const [outcome, n] of Object.entries(e.outcomes)) expect(outcomes[outcome]).toBe(n);
    const categories = counts(local, 'Categories with most issues (opened in the period)');
    for (const [category, n] of Object.entries(e.categories)) expect(categories[category]).toBe(n);
    expect(section(local, 'Landlords and agents with most issues (opened in the period)')[0]).toEqual([
      'Foxtons Ltd',
      3,
      '',
      '',
      '',
    ]);
  });

  it('has three charts, kept (not duplicated) and re-pointed on the next refresh, in a few batched writes', async () => {
    const local = await seeded();
    const sheet = () => local.boundSpreadsheet().sheetByName('Dashboard')!;
    expect(sheet().charts.map((c) => [c.type, c.options.title])).toEqual([
      ['BAR', 'Open issues by stage'],
      ['COLUMN', 'Outcomes in the period'],
      ['COLUMN', 'Public disputes against capacity'],
    ]);
    const ids = sheet().charts.map((c) => c.chartId);
    local.run('refreshDashboard');
    expect(sheet().charts.map((c) => c.chartId)).toEqual(ids);
    const calls = local.workspace.history.at(-1)!.callCounts;
    const writes = Object.entries(calls).filter(([k]) => /Range\.set|Sheet\.clear/.test(k));
    expect(writes.reduce((n, [, c]) => n + c, 0)).toBeLessThanOrEqual(5);
    const reads = Object.entries(calls).filter(([k]) => /getValues/.test(k));
    // Issues, Members, Next steps, Decisions, and the Dashboard's period cells (config comes from the cache).
    expect(reads.reduce((n, [, c]) => n + c, 0)).toBeLessThanOrEqual(7);
    const stageChart = sheet().charts[0]!;
    const [title] = sheet().values()[stageChart.rects[0]!.row - 2]!;
    expect(title).toBe('Open issues by stage');
  });

  it('uses the period typed into B2 and B3', async () => {
    const local = await seeded();
    const sheet = local.boundSpreadsheet().sheetByName('Dashboard')!;
    sheet.write(2, 2, new Date('2026-06-01T12:00:00Z'));
    sheet.write(3, 2, new Date('2026-06-30T12:00:00Z'));
    local.run('refreshDashboard');
    const won = counts(local, 'What we won in the period (issues closed in it)', false);
    expect(won['Issues closed']).toBe(1);
    expect(won['Money recovered or compensation (GBP)']).toBe(300);
  });
});

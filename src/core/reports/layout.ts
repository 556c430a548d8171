// The Dashboard sheet laid out as one block of cells, with its headings, number formats and chart ranges.
import type { CellValue } from '../cells';
import type { DashboardFigures } from './dashboard';
import type { Count } from './outcomes';

/** The Dashboard sheet's name. */
export const DASHBOARD_SHEET = 'Dashboard';

/** Columns the dashboard block spans; charts sit to its right. */
export const DASHBOARD_WIDTH = 5;
/** Where volunteers type the period's first and last day (row 2 and 3, column B). */
export const PERIOD_CELLS = { from: { row: 2, column: 2 }, to: { row: 3, column: 2 } } as const;

/** A chart of one table of the dashboard: its key, title, kind and the cells it draws (1-based). */
export interface ChartPlan {
  readonly title: string;
  readonly type: 'BAR' | 'COLUMN';
  readonly row: number;
  readonly numRows: number;
  readonly numColumns: number;
}

/** The whole sheet: values, which rows are headings, number formats, and charts. */
export interface DashboardLayout {
  readonly rows: CellValue[][];
  readonly formats: string[][];
  /** 1-based rows shown in bold (section headings and column names). */
  readonly headingRows: readonly number[];
  readonly charts: readonly ChartPlan[];
}

/** Rows the urgent and overdue lists show at most (the figures above them count every one). */
export const LIST_ROWS = 100;
const DATE = 'd mmm yyyy';
const WHOLE = '0';
const GBP = '£#,##0.00';

/** Builds the grid row by row, remembering headings, formats and where tables start. */
class Grid {
  readonly rows: CellValue[][] = [];
  readonly formats: string[][] = [];
  readonly headingRows: number[] = [];

  add(values: readonly CellValue[], formats: readonly string[] = []): number {
    const row = Array.from({ length: DASHBOARD_WIDTH }, (_, i) => values[i] ?? '');
    this.rows.push(row);
    this.formats.push(row.map((v, i) => formats[i] ?? (typeof v === 'number' ? WHOLE : '@')));
    return this.rows.length;
  }

  heading(title: string, columns: readonly string[] = []): number {
    if (this.rows.length > 0) this.add([]);
    const at = this.add([title]);
    this.headingRows.push(at);
    if (columns.length > 0) this.headingRows.push(this.add(columns));
    return at;
  }

  counts(title: string, column: string, counts: readonly Count[]): { row: number; numRows: number } {
    this.heading(title, ['', column]);
    const first = this.rows.length + 1;
    for (const c of counts) this.add([c.label, c.count]);
    if (counts.length === 0) this.add(['None']);
    // The chart range includes the column names row, which Sheets uses as the series' name.
    return { row: first - 1, numRows: Math.max(counts.length, 1) + 1 };
  }
}

function header(grid: Grid, f: DashboardFigures, now: Date): void {
  grid.headingRows.push(
    grid.add(['Solidarity Desk dashboard', '', 'Type new dates in B2 and B3, then refresh.']),
  );
  grid.add(['Period from', f.period.from], ['@', DATE]);
  grid.add(['Period to', f.period.to], ['@', DATE]);
  grid.add(['Refreshed', now], ['@', 'd mmm yyyy hh:mm']);
  grid.add(['Open issues', f.openTotal]);
  grid.add(['Members with open issues', f.membersWithOpenIssues]);
  grid.add(['Urgent open issues', f.urgent.length]);
  grid.add(['Overdue next steps', f.overdueSteps.length]);
}

function capacityTable(grid: Grid, f: DashboardFigures): ChartPlan {
  grid.heading('Public disputes against capacity', ['Branch', 'Live disputes', 'Limit', 'Over the limit']);
  const first = grid.rows.length;
  for (const b of f.capacity) grid.add([b.branch, b.live, b.limit, b.over ? 'Yes' : 'No']);
  if (f.capacity.length === 0) grid.add(['None']);
  return {
    title: 'Public disputes against capacity',
    type: 'COLUMN',
    row: first,
    numRows: Math.max(f.capacity.length, 1) + 1,
    numColumns: 3,
  };
}

/** The "Not shown: 212 more" line under a list cut at LIST_ROWS, saying where the rest is. */
function more(grid: Grid, total: number, where: string): void {
  if (total > LIST_ROWS)
    grid.add([`Not shown: ${(total - LIST_ROWS).toLocaleString('en-GB')} more (${where})`]);
}

/**
 * The urgent issues and late next steps, last on the sheet: their length changes every day, so tables
 * with charts above them keep their place (and their charts need no re-pointing). Each shows its first
 * LIST_ROWS rows: the Needs attention view has them all, and a sheet block that never outgrows a new
 * sheet's 1,000 rows refreshes in the same few calls at 100 issues or 50,000.
 */
function lists(grid: Grid, f: DashboardFigures): void {
  grid.heading('Urgent issues', ['Issue', 'Branch', 'Category', 'Stage', 'Why urgent']);
  for (const u of f.urgent.slice(0, LIST_ROWS))
    grid.add([u.issueId, u.branch, u.category, u.stage, u.reason]);
  if (f.urgent.length === 0) grid.add(['None']);
  more(grid, f.urgent.length, 'see Needs attention');
  grid.heading('Next steps overdue', ['Next step', 'Issue', 'Who', 'By when', 'Days overdue']);
  for (const s of f.overdueSteps.slice(0, LIST_ROWS))
    grid.add([s.stepId, s.issueId, s.who, s.byWhen, s.daysOverdue], ['@', '@', '@', DATE, WHOLE]);
  if (f.overdueSteps.length === 0) grid.add(['None']);
  more(grid, f.overdueSteps.length, 'filter the Next steps sheet by Status and By when');
}

function speed(grid: Grid, f: DashboardFigures): void {
  grid.heading('How quickly we respond (issues opened in the period)', ['', 'Median days', 'Issues counted']);
  const days = (n: number | null): CellValue => (n === null ? 'No data yet' : n);
  grid.add(
    ['Form to first contact', days(f.daysToFirstContact.days), f.daysToFirstContact.issues],
    ['@', '0.#'],
  );
  grid.add(['First contact to decision', days(f.daysToDecision.days), f.daysToDecision.issues], ['@', '0.#']);
}

function won(grid: Grid, f: DashboardFigures): void {
  grid.heading('What we won in the period (issues closed in it)');
  const o = f.outcomes;
  grid.add(['Issues opened', f.openedInPeriod]);
  grid.add(['Issues closed', o.closed]);
  grid.add(['Wins (won or partly won)', o.wins]);
  grid.add(['Money recovered or compensation (GBP)', o.moneyRecovered], ['@', GBP]);
  grid.add(['Repairs won', o.repairsWon]);
  grid.add(['Evictions stopped', o.evictionsStopped]);
  grid.add(['Rent increases withdrawn', o.rentIncreasesWithdrawn]);
}

/** Lays the figures out: summary, open issues, capacity, speed, outcomes, top tables, then urgent and late work. */
export function dashboardLayout(f: DashboardFigures, now: Date): DashboardLayout {
  const grid = new Grid();
  header(grid, f, now);
  const stages = grid.counts('Open issues by stage', 'Issues', f.openByStage);
  grid.counts('Open issues by route', 'Issues', f.openByRoute);
  grid.counts('Open issues by branch', 'Issues', f.openByBranch);
  const capacity = capacityTable(grid, f);
  speed(grid, f);
  won(grid, f);
  const outcomes = grid.counts('Outcomes in the period', 'Issues', f.outcomes.byOutcome);
  grid.counts('Categories with most issues (opened in the period)', 'Issues', f.topCategories);
  grid.counts('Landlords and agents with most issues (opened in the period)', 'Issues', f.topLandlords);
  lists(grid, f);
  return {
    rows: grid.rows,
    formats: grid.formats,
    headingRows: grid.headingRows,
    charts: [
      { title: 'Open issues by stage', type: 'BAR', ...stages, numColumns: 2 },
      { title: 'Outcomes in the period', type: 'COLUMN', ...outcomes, numColumns: 2 },
      capacity,
    ],
  };
}

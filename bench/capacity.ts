// "Past one spreadsheet": how much casework fits in Google's 10 million cells, computed from the schema.
import { QUESTIONS } from '../src/core/intake/questions';
import { TABLES, type TableName } from '../src/core/schema';

/** Google Sheets' limit per spreadsheet, counting every cell of every sheet's grid, empty or not. */
export const CELL_LIMIT = 10_000_000;

/** Columns a new sheet has; a sheet keeps them (and they count) unless setup deletes the unused ones. */
export const DEFAULT_GRID_COLUMNS = 26;

/**
 * Rows each table gains per issue filed, as the bench generator makes them (and as a branch's history
 * looks): 0.8 members (some come back), 2 next steps, 5 log lines, a decision for ~9% of issues, actions
 * and power-map targets for the ~1% that become public disputes, a meeting per 20 issues, one queued email.
 */
export const ROWS_PER_ISSUE: Readonly<Partial<Record<TableName, number>>> = {
  issues: 1,
  members: 0.8,
  nextSteps: 2,
  activityLog: 5,
  decisions: 0.09,
  actions: 0.02,
  powerMap: 0.023,
  meetings: 0.05,
  mailQueue: 1,
  intakeReview: 0.02,
};

/** One table's share of an issue's footprint. */
export interface TableFootprint {
  readonly sheet: string;
  readonly columns: number;
  readonly rowsPerIssue: number;
  /** Cells per issue if the sheet is trimmed to its columns. */
  readonly trimmed: number;
  /** Cells per issue with the default 26-column grid kept. */
  readonly grid: number;
  /** Cells per issue as setup leaves it: its own sheets trimmed, the form's responses sheet (Google's) not. */
  readonly asSetUp: number;
}

/** Cells per issue, table by table, including the linked "Form responses 1" sheet (one row per response). */
export function footprint(): TableFootprint[] {
  const rows: TableFootprint[] = TABLES.filter((t) => ROWS_PER_ISSUE[t.name] !== undefined).map((t) => {
    const perIssue = ROWS_PER_ISSUE[t.name]!;
    const columns = t.columns.length;
    return {
      sheet: t.sheetName,
      columns,
      rowsPerIssue: perIssue,
      trimmed: perIssue * columns,
      grid: perIssue * Math.max(columns, DEFAULT_GRID_COLUMNS),
      asSetUp: perIssue * columns,
    };
  });
  const formColumns = QUESTIONS.filter((q) => q.kind !== 'section').length + 1;
  rows.push({
    sheet: 'Form responses 1',
    columns: formColumns,
    rowsPerIssue: 1,
    trimmed: formColumns,
    grid: Math.max(formColumns, DEFAULT_GRID_COLUMNS),
    asSetUp: Math.max(formColumns, DEFAULT_GRID_COLUMNS),
  });
  return rows;
}

/** The headline figures: cells per issue and how many issues (with their members and log) fit. */
export interface Capacity {
  readonly cellsPerIssueTrimmed: number;
  readonly cellsPerIssueGrid: number;
  readonly issuesTrimmed: number;
  readonly issuesGrid: number;
  readonly cellsPerIssueAsSetUp: number;
  /** Issues that fit as setup leaves the spreadsheet (it trims the sheets it creates to their columns). */
  readonly issuesAsSetUp: number;
}

/** Computes the capacity of one spreadsheet from the footprint. */
export function capacity(tables = footprint()): Capacity {
  const trimmed = tables.reduce((s, t) => s + t.trimmed, 0);
  const grid = tables.reduce((s, t) => s + t.grid, 0);
  const asSetUp = tables.reduce((s, t) => s + t.asSetUp, 0);
  return {
    cellsPerIssueAsSetUp: asSetUp,
    issuesAsSetUp: Math.floor(CELL_LIMIT / asSetUp),
    cellsPerIssueTrimmed: trimmed,
    cellsPerIssueGrid: grid,
    issuesTrimmed: Math.floor(CELL_LIMIT / trimmed),
    issuesGrid: Math.floor(CELL_LIMIT / grid),
  };
}

const fmt = (x: number, digits = 0): string =>
  x.toLocaleString('en-GB', { maximumFractionDigits: digits, minimumFractionDigits: digits });

/** The footprint and capacity as printed by `npm run bench` and quoted in docs/performance.md. */
export function capacityTable(): string {
  const tables = footprint();
  const c = capacity(tables);
  const lines = [
    `  ${'sheet'.padEnd(18)}${'columns'.padStart(8)}${'rows/issue'.padStart(12)}${'cells'.padStart(8)}${'26-col'.padStart(8)}`,
  ];
  for (const t of tables) {
    lines.push(
      `  ${t.sheet.padEnd(18)}${String(t.columns).padStart(8)}${fmt(t.rowsPerIssue, 2).padStart(12)}` +
        `${fmt(t.trimmed, 1).padStart(8)}${fmt(t.grid, 1).padStart(8)}`,
    );
  }
  lines.push(
    `  cells per issue: ${fmt(c.cellsPerIssueTrimmed, 1)} trimmed, ${fmt(c.cellsPerIssueGrid, 1)} with 26-column grids`,
  );
  lines.push(
    `  issues in 10 million cells: ${fmt(c.issuesTrimmed)} trimmed (${fmt(c.issuesTrimmed * 0.8)} members, ` +
      `${fmt(c.issuesTrimmed * 5)} log rows); ${fmt(c.issuesGrid)} with 26-column grids`,
  );
  lines.push(
    `  as setup leaves it (its sheets trimmed, the form's responses sheet not): ` +
      `${fmt(c.cellsPerIssueAsSetUp, 1)} cells per issue, ${fmt(c.issuesAsSetUp)} issues`,
  );
  return `${lines.join('\n')}\n`;
}

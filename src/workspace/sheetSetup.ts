// SetupTarget over SpreadsheetApp: reads what sheets exist and lays out new tables and columns.
import type { SetupTarget } from '../app/setup';
import type { ColumnSpec } from '../core/schema';
import type { SheetSnapshot, TablePlan } from '../core/setup/plan';
import { formatColumns, highlightRules, protectSystemColumns, writeHeaders } from './sheetLayout';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Makes sure a sheet is at least `columns` wide (new sheets have 26 columns). */
function ensureWidth(sheet: Sheet, columns: number): void {
  const max = sheet.getMaxColumns();
  if (columns > max) sheet.insertColumnsAfter(max, columns - max);
}

/**
 * Makes a sheet setup just created exactly `columns` wide. Google counts every cell of the grid, empty
 * or not, against a spreadsheet's 10 million: a 5-column Activity log left 26 wide takes five times the
 * room. Only for sheets setup creates: a team's own sheets keep every column they have.
 */
function fitNewSheet(sheet: Sheet, columns: number): void {
  const max = sheet.getMaxColumns();
  if (max > columns) sheet.deleteColumns(columns + 1, max - columns);
  else if (max < columns) sheet.insertColumnsAfter(max, columns - max);
}

export class SheetSetupTarget implements SetupTarget {
  constructor(private readonly spreadsheet: Spreadsheet) {}

  snapshot(): SheetSnapshot[] {
    return this.spreadsheet.getSheets().map((sheet) => {
      const lastColumn = sheet.getLastColumn();
      const header = lastColumn > 0 ? (sheet.getRange(1, 1, 1, lastColumn).getValues()[0] ?? []) : [];
      return { name: sheet.getName(), header, lastRow: sheet.getLastRow(), lastColumn };
    });
  }

  rows(sheetName: string): unknown[][] {
    const sheet = this.spreadsheet.getSheetByName(sheetName);
    return sheet ? sheet.getDataRange().getValues().slice(1) : [];
  }

  createTable(plan: TablePlan): void {
    const sheet = this.spreadsheet.insertSheet(plan.spec.sheetName, this.spreadsheet.getSheets().length);
    fitNewSheet(sheet, plan.spec.columns.length);
    const size = { rows: sheet.getMaxRows(), columns: plan.spec.columns.length };
    this.layOut(sheet, plan.spec.columns, 1, size.rows);
    sheet.setFrozenRows(1);
    const positions = new Map(plan.spec.columns.map((c, i) => [c.header, i + 1]));
    highlightRules(sheet, plan.spec, positions, size);
  }

  addColumns(plan: TablePlan): void {
    const sheet = this.spreadsheet.getSheetByName(plan.sheetName);
    if (!sheet) throw new Error(`The "${plan.sheetName}" sheet disappeared during setup. Run Set up again.`);
    const start = Math.max(sheet.getLastColumn(), plan.map?.width ?? 0) + 1;
    this.layOut(sheet, plan.addColumns, start);
    if (sheet.getFrozenRows() === 0) sheet.setFrozenRows(1);
    const positions = new Map<string, number>();
    for (const [header, index] of plan.map?.columns ?? []) positions.set(header, index + 1);
    plan.addColumns.forEach((c, i) => {
      positions.set(c.header, start + i);
    });
    if (plan.addColumns.some((c) => ['Urgent', 'Stage', 'By when', 'Status'].includes(c.header))) {
      highlightRules(sheet, plan.spec, positions);
    }
  }

  /** Lays columns out from `start`; `maxRows` is given for a sheet just created (and already wide enough). */
  private layOut(sheet: Sheet, columns: readonly ColumnSpec[], start: number, maxRows?: number): void {
    if (maxRows === undefined) ensureWidth(sheet, start + columns.length - 1);
    const rows = maxRows ?? sheet.getMaxRows();
    writeHeaders(sheet, start, columns);
    const placed = columns.map((column, i) => ({ column, position: start + i }));
    formatColumns(sheet, placed, rows);
    protectSystemColumns(sheet, placed, rows);
  }
}

// The casework spreadsheet as a Database: tables read on first use, every change written in one commit.
import type { Database, SheetNames, Table } from '../app/ports';
import { type CellValue, toCell } from '../core/cells';
import { ACTIVITY_LOG, mapHeaders, type TableName, type TableSpec, tableSpec } from '../core/schema';
import { markWritten } from './pendingWrites';
import { SheetTable } from './sheetTable';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Opens a table's sheet or explains, in a volunteer's words, what is missing and how to fix it. */
export function sheetFor(
  spreadsheet: Spreadsheet,
  spec: TableSpec,
  names: SheetNames = {},
): GoogleAppsScript.Spreadsheet.Sheet {
  const name = names[spec.name] ?? spec.sheetName;
  const sheet = spreadsheet.getSheetByName(name);
  if (!sheet) {
    throw new Error(
      `The "${name}" sheet is missing (it may have been renamed or deleted). ` +
        'Rename it back, or run Solidarity Desk > Set up to recreate it; your other sheets are not touched.',
    );
  }
  return sheet;
}

/** Reads tables with one getValues each and writes all pending changes, plus the Activity log, on commit. */
export class SheetDatabase implements Database {
  private readonly tables = new Map<TableName, SheetTable>();
  private readonly logRows: CellValue[][] = [];
  /** The Activity log's header row, when known (from the config cache, or read once). */
  private logHeaderRow: CellValue[] | null = null;

  private zone: string | null = null;

  constructor(
    private readonly spreadsheet: Spreadsheet,
    private readonly now: () => Date,
    private readonly who: () => string,
    private names: SheetNames = {},
  ) {}

  get timeZone(): string {
    this.zone ??= this.spreadsheet.getSpreadsheetTimeZone();
    return this.zone;
  }

  /** Points tables at the team's own sheets (from Settings) before they are first read. */
  useSheetNames(names: SheetNames): void {
    this.names = { ...names, ...this.names };
  }

  table(name: TableName): Table {
    let table = this.tables.get(name);
    if (!table) {
      const spec = tableSpec(name);
      const sheet = sheetFor(this.spreadsheet, spec, this.names);
      const values = sheet.getDataRange().getValues() as CellValue[][];
      table = new SheetTable(spec, sheet, values, this.now);
      this.tables.set(name, table);
    }
    return table;
  }

  log(record: string, action: string, details: string): void {
    this.logRows.push([this.now(), this.who(), record, action, details]);
  }

  commit(): void {
    // Issues last: its Response ID is the marker that a response was filed, so a run stopped half way
    // leaves it unfiled (and reconciliation finishes the work) rather than filed without its member.
    const order = [...this.tables.entries()].sort(
      ([a], [b]) => Number(a === 'issues') - Number(b === 'issues'),
    );
    const wrote = order.some(([, table]) => table.dirty) || this.logRows.length > 0;
    for (const [, table] of order) if (table.dirty) table.write();
    this.writeLog();
    // Flushed before the lock is released (ScriptLocker), not here: one flush per locked run.
    if (wrote) markWritten();
  }

  /**
   * The Activity log's header row, read at most once per execution. The config cache keeps it too
   * (`rememberLogHeader`), so most commits append their log lines without reading anything.
   */
  logHeader(names: SheetNames = {}): CellValue[] {
    if (!this.logHeaderRow) {
      const sheet = sheetFor(this.spreadsheet, ACTIVITY_LOG, { ...names, ...this.names });
      this.logHeaderRow = (sheet.getRange('1:1').getValues()[0] ?? []) as CellValue[];
    }
    return this.logHeaderRow;
  }

  /** Uses a header row kept with the cached config instead of reading it. */
  rememberLogHeader(header: readonly CellValue[]): void {
    this.logHeaderRow = [...header];
  }

  /** Appends log lines using only the header row, so a long log is never read. */
  private writeLog(): void {
    if (this.logRows.length === 0) return;
    const sheet = sheetFor(this.spreadsheet, ACTIVITY_LOG, this.names);
    // The log already read whole in this execution (erasure, an issue card) has its header mapped.
    const map = this.tables.get('activityLog')?.map ?? mapHeaders(this.logHeader(), ACTIVITY_LOG);
    const width = Math.max(map.width, ACTIVITY_LOG.columns.length);
    const rows = this.logRows.splice(0).map((entry) => {
      const row: CellValue[] = Array(width).fill('');
      ACTIVITY_LOG.columns.forEach((column, i) => {
        const index = map.columns.get(column.header);
        if (index !== undefined) row[index] = toCell(entry[i], column);
      });
      return row;
    });
    if (rows.length === 1) {
      sheet.appendRow(rows[0]!);
      return;
    }
    const first = sheet.getLastRow() + 1;
    const short = first + rows.length - 1 - sheet.getMaxRows();
    if (short > 0) sheet.insertRowsAfter(first - 1, short);
    sheet.getRange(first, 1, rows.length, width).setValues(rows);
  }
}

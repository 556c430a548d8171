// Writes generated records straight into the local spreadsheet model by header name: no bundle calls, so fast.
import type { SheetModel } from '../local/spreadsheet';

/** A generated row: header -> value. Missing headers stay empty. */
export type BenchRecord = Readonly<Record<string, string | number | boolean | Date>>;

const DATE_FORMAT = 'yyyy-mm-dd';
const DATE_TIME_FORMAT = 'yyyy-mm-dd hh:mm';

/** The sheet's header row as a map header -> 1-based column. */
export function headerColumns(sheet: SheetModel): Map<string, number> {
  const header = sheet.valuesOf({ row: 1, column: 1, numRows: 1, numColumns: sheet.lastColumn() })[0] ?? [];
  return new Map(header.map((h, i) => [String(h), i + 1]));
}

/** Empties every row below the header (setup's example rows, earlier runs). */
export function clearDataRows(sheet: SheetModel): void {
  const last = sheet.lastRow();
  if (last > 1) sheet.deleteRows(2, last - 1);
}

function dateFormatFor(value: Date): string {
  const midnight = value.getUTCHours() === 0 && value.getUTCMinutes() === 0 && value.getUTCSeconds() === 0;
  return midnight ? DATE_FORMAT : DATE_TIME_FORMAT;
}

/**
 * Appends records after the last row, by header name, setting cell values directly (as stored, no typed
 * input parsing): a 50,000-row table fills in a second. Unknown headers are an error, so a schema rename
 * shows up here rather than as silently empty columns.
 */
export function appendRecords(sheet: SheetModel, records: readonly BenchRecord[]): void {
  const columns = headerColumns(sheet);
  const first = sheet.lastRow() + 1;
  const needed = first + records.length;
  if (needed > sheet.maxRows) sheet.maxRows = needed;
  records.forEach((record, i) => {
    for (const [header, value] of Object.entries(record)) {
      if (value === '') continue;
      const column = columns.get(header);
      if (column === undefined) throw new Error(`The "${sheet.name}" sheet has no "${header}" column.`);
      const cell = sheet.cellForWrite(first + i, column);
      cell.value = value;
      if (value instanceof Date) cell.numberFormat = dateFormatFor(value);
    }
  });
}

/** Writes a whole sheet from scratch: header row, then rows in header order (for a team's own sheet). */
export function writeGrid(sheet: SheetModel, header: readonly string[], rows: readonly BenchRecord[]): void {
  sheet.clearAll();
  sheet.maxRows = Math.max(sheet.maxRows, rows.length + 1);
  sheet.maxColumns = Math.max(sheet.maxColumns, header.length);
  header.forEach((h, c) => {
    sheet.cellForWrite(1, c + 1).value = h;
  });
  appendRecords(sheet, rows);
}

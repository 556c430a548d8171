// Sheet, part 1: name, position, size, inserted and deleted rows and columns, frozen panes, widths.
import { GasException } from '../runtime/errors';
import { type FakeContext, makeSheet, makeSpreadsheet, spreadsheetOf } from './context';
import { displayValue } from './display';
import type { Sheet } from './sheet';
import type { SheetModel } from './sheet-model';
import type { Spreadsheet } from './spreadsheet';

const DEFAULT_COLUMN_WIDTH = 100;

/** The error for a duplicate sheet name (Sheets API wording; Apps Script's is UNCONFIRMED). */
export function duplicateSheetName(name: string): GasException {
  return new GasException(`A sheet with the name "${name}" already exists. Please enter another name.`);
}

/** Structure of a sheet; content lives in the Sheet subclass. */
export class SheetStructure {
  constructor(
    protected readonly ctx: FakeContext,
    /** The sheet model behind this wrapper (for other fakes; not an Apps Script method). */
    readonly model: SheetModel,
  ) {}

  protected self(): Sheet {
    return makeSheet(this.ctx, this.model);
  }

  getName(): string {
    return this.model.name;
  }

  setName(name: string): Sheet {
    const clash = spreadsheetOf(this.model).sheets.find((s) => s !== this.model && s.name === name);
    if (clash) throw duplicateSheetName(name);
    this.model.name = String(name);
    return this.self();
  }

  getSheetId(): number {
    return this.model.sheetId;
  }

  getSheetName(): string {
    return this.model.name;
  }

  /** 1-based position among the tabs. */
  getIndex(): number {
    return spreadsheetOf(this.model).sheets.indexOf(this.model) + 1;
  }

  getParent(): Spreadsheet {
    return makeSpreadsheet(this.ctx, spreadsheetOf(this.model));
  }

  getMaxRows(): number {
    return this.model.maxRows;
  }

  getMaxColumns(): number {
    return this.model.maxColumns;
  }

  private checkRows(start: number, count: number): void {
    // Wording UNCONFIRMED.
    if (start < 1 || count < 1 || start + count - 1 > this.model.maxRows)
      throw new GasException('Those rows are out of bounds.');
  }

  private checkColumns(start: number, count: number): void {
    if (start < 1 || count < 1 || start + count - 1 > this.model.maxColumns) {
      throw new GasException('Those columns are out of bounds.');
    }
  }

  insertRowsAfter(afterPosition: number, howMany: number): Sheet {
    this.checkRows(afterPosition, 1);
    this.model.insertRows(afterPosition + 1, howMany);
    return this.self();
  }

  insertRowsBefore(beforePosition: number, howMany: number): Sheet {
    this.checkRows(beforePosition, 1);
    this.model.insertRows(beforePosition, howMany);
    return this.self();
  }

  insertRowAfter(afterPosition: number): Sheet {
    return this.insertRowsAfter(afterPosition, 1);
  }

  insertRowBefore(beforePosition: number): Sheet {
    return this.insertRowsBefore(beforePosition, 1);
  }

  /** insertRows(rowIndex[, numRows]): blank rows before rowIndex. */
  insertRows(rowIndex: number, numRows = 1): void {
    this.insertRowsBefore(rowIndex, numRows);
  }

  deleteRows(rowPosition: number, howMany: number): void {
    this.checkRows(rowPosition, howMany);
    // Wording UNCONFIRMED.
    if (this.model.maxRows - howMany <= this.model.frozenRows) {
      throw new GasException('Sorry, it is not possible to delete all non-frozen rows.');
    }
    this.model.deleteRows(rowPosition, howMany);
  }

  deleteRow(rowPosition: number): Sheet {
    this.deleteRows(rowPosition, 1);
    return this.self();
  }

  insertColumnsAfter(afterPosition: number, howMany: number): Sheet {
    this.checkColumns(afterPosition, 1);
    this.model.insertColumns(afterPosition + 1, howMany);
    return this.self();
  }

  insertColumnsBefore(beforePosition: number, howMany: number): Sheet {
    this.checkColumns(beforePosition, 1);
    this.model.insertColumns(beforePosition, howMany);
    return this.self();
  }

  insertColumnAfter(afterPosition: number): Sheet {
    return this.insertColumnsAfter(afterPosition, 1);
  }

  insertColumnBefore(beforePosition: number): Sheet {
    return this.insertColumnsBefore(beforePosition, 1);
  }

  insertColumns(columnIndex: number, numColumns = 1): void {
    this.insertColumnsBefore(columnIndex, numColumns);
  }

  deleteColumns(columnPosition: number, howMany: number): void {
    this.checkColumns(columnPosition, howMany);
    if (this.model.maxColumns - howMany <= this.model.frozenColumns) {
      throw new GasException('Sorry, it is not possible to delete all non-frozen columns.');
    }
    this.model.deleteColumns(columnPosition, howMany);
  }

  deleteColumn(columnPosition: number): Sheet {
    this.deleteColumns(columnPosition, 1);
    return this.self();
  }

  setFrozenRows(rows: number): void {
    this.model.frozenRows = rows;
  }

  getFrozenRows(): number {
    return this.model.frozenRows;
  }

  setFrozenColumns(columns: number): void {
    this.model.frozenColumns = columns;
  }

  getFrozenColumns(): number {
    return this.model.frozenColumns;
  }

  setColumnWidth(columnPosition: number, width: number): Sheet {
    this.model.columnWidths.set(columnPosition, width);
    return this.self();
  }

  setColumnWidths(startColumn: number, numColumns: number, width: number): Sheet {
    for (let c = startColumn; c < startColumn + numColumns; c++) this.model.columnWidths.set(c, width);
    return this.self();
  }

  /** Pixels; 100 for a column never resized. */
  getColumnWidth(columnPosition: number): number {
    return this.model.columnWidths.get(columnPosition) ?? DEFAULT_COLUMN_WIDTH;
  }

  /** Fits columns to their longest displayed text (about 7 px a character, as Arial 10 is). */
  autoResizeColumns(startColumn: number, numColumns: number): Sheet {
    const zone = spreadsheetOf(this.model).timeZone;
    const longest = new Map<number, number>();
    for (const [, column, cell] of this.model.cells()) {
      if (column < startColumn || column >= startColumn + numColumns) continue;
      const length = Math.max(
        ...displayValue(cell, zone)
          .split('\n')
          .map((l) => l.length),
      );
      longest.set(column, Math.max(longest.get(column) ?? 0, length));
    }
    for (let c = startColumn; c < startColumn + numColumns; c++) {
      this.model.columnWidths.set(c, Math.max(21, (longest.get(c) ?? 0) * 7 + 10));
    }
    return this.self();
  }

  autoResizeColumn(columnPosition: number): Sheet {
    return this.autoResizeColumns(columnPosition, 1);
  }

  hideSheet(): Sheet {
    const visible = spreadsheetOf(this.model).sheets.filter((s) => !s.hidden && s !== this.model);
    // Wording UNCONFIRMED.
    if (visible.length === 0) throw new GasException("You can't hide all the sheets in a document.");
    this.model.hidden = true;
    return this.self();
  }

  showSheet(): Sheet {
    this.model.hidden = false;
    return this.self();
  }

  isSheetHidden(): boolean {
    return this.model.hidden;
  }

  setTabColor(color: string | null): Sheet {
    this.model.tabColor = color;
    return this.self();
  }

  getTabColor(): string | null {
    return this.model.tabColor;
  }

  /** Makes this the active sheet (its A1 selected). */
  activate(): Sheet {
    spreadsheetOf(this.model).activate(this.model);
    return this.self();
  }
}

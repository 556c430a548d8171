// Range, part 1: where a range is (1-based coordinates, A1 notation, sub-ranges, selection).
import { GasException } from '../runtime/errors';
import { type GridRect, rectA1 } from './a1';
import { type Cell, hasContent } from './cell';
import { type FakeContext, makeRange, makeSheet, spreadsheetOf } from './context';
import type { Range } from './range';
import type { Sheet } from './sheet';
import type { SheetModel } from './sheet-model';

/** Checks a rectangle against Apps Script's rules for ranges on a sheet of this size. */
export function checkRect(sheet: SheetModel, rect: GridRect): void {
  if (!Number.isInteger(rect.numRows) || rect.numRows < 1) {
    throw new GasException('The number of rows in the range must be at least 1.');
  }
  if (!Number.isInteger(rect.numColumns) || rect.numColumns < 1) {
    throw new GasException('The number of columns in the range must be at least 1.');
  }
  // Wording of the next three UNCONFIRMED (seen only in third-party fakes; apps-script-behaviour.md §1).
  if (rect.row < 1) throw new GasException('The starting row of the range is too small.');
  if (rect.column < 1) throw new GasException('The starting column of the range is too small.');
  if (rect.row + rect.numRows - 1 > sheet.maxRows || rect.column + rect.numColumns - 1 > sheet.maxColumns) {
    throw new GasException('The coordinates of the range are outside the dimensions of the sheet.');
  }
}

/** Geometry and selection of a range; the cells themselves are read and written by subclasses. */
export class RangeGeometry {
  constructor(
    protected readonly ctx: FakeContext,
    /** The sheet model behind this range (for other fakes; not an Apps Script method). */
    readonly sheetModel: SheetModel,
    /** 1-based rectangle (for other fakes; not an Apps Script method). */
    readonly rect: GridRect,
  ) {}

  getRow(): number {
    return this.rect.row;
  }

  getRowIndex(): number {
    return this.rect.row;
  }

  getColumn(): number {
    return this.rect.column;
  }

  getNumRows(): number {
    return this.rect.numRows;
  }

  getHeight(): number {
    return this.rect.numRows;
  }

  getNumColumns(): number {
    return this.rect.numColumns;
  }

  getWidth(): number {
    return this.rect.numColumns;
  }

  /** The end row of the range (not of the data in it). */
  getLastRow(): number {
    return this.rect.row + this.rect.numRows - 1;
  }

  getLastColumn(): number {
    return this.rect.column + this.rect.numColumns - 1;
  }

  getA1Notation(): string {
    return rectA1(this.rect);
  }

  getGridId(): number {
    return this.sheetModel.sheetId;
  }

  getSheet(): Sheet {
    return makeSheet(this.ctx, this.sheetModel);
  }

  /** One cell of the range, 1-based relative to its top-left. */
  getCell(row: number, column: number): Range {
    if (row < 1 || column < 1 || row > this.rect.numRows || column > this.rect.numColumns) {
      // UNCONFIRMED wording.
      throw new GasException('Cell reference out of range');
    }
    return this.sub({
      row: this.rect.row + row - 1,
      column: this.rect.column + column - 1,
      numRows: 1,
      numColumns: 1,
    });
  }

  /** A range moved by (rowOffset, columnOffset), optionally resized. */
  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): Range {
    return this.sub({
      row: this.rect.row + rowOffset,
      column: this.rect.column + columnOffset,
      numRows: numRows ?? this.rect.numRows,
      numColumns: numColumns ?? this.rect.numColumns,
    });
  }

  /** True when no cell of the range has a value or formula. */
  isBlank(): boolean {
    let blank = true;
    this.eachCell((_r, _c, cell) => {
      if (hasContent(cell)) blank = false;
    });
    return blank;
  }

  /** Selects this range and makes its sheet active. */
  activate(): Range {
    spreadsheetOf(this.sheetModel).activate(this.sheetModel, { ...this.rect });
    return this.sub(this.rect);
  }

  activateAsCurrentCell(): Range {
    return this.activate();
  }

  /** A range of the same sheet, checked against the sheet's size. */
  protected sub(rect: GridRect): Range {
    checkRect(this.sheetModel, rect);
    return makeRange(this.ctx, this.sheetModel, rect);
  }

  /** Visits every position of the range, row by row, with its stored cell if any. */
  protected eachCell(visit: (row: number, column: number, cell: Cell | undefined) => void): void {
    for (let r = 0; r < this.rect.numRows; r++) {
      for (let c = 0; c < this.rect.numColumns; c++) {
        const [row, column] = [this.rect.row + r, this.rect.column + c];
        visit(row, column, this.sheetModel.cell(row, column));
      }
    }
  }

  /** A grid the size of the range, one entry per cell. */
  protected grid<T>(read: (cell: Cell | undefined, row: number, column: number) => T): T[][] {
    const out: T[][] = [];
    for (let r = 0; r < this.rect.numRows; r++) {
      const line: T[] = [];
      for (let c = 0; c < this.rect.numColumns; c++) {
        const [row, column] = [this.rect.row + r, this.rect.column + c];
        line.push(read(this.sheetModel.cell(row, column), row, column));
      }
      out.push(line);
    }
    return out;
  }

  /** Writes to every cell (created if absent). */
  protected eachCellForWrite(write: (cell: Cell, r: number, c: number) => void): void {
    for (let r = 0; r < this.rect.numRows; r++) {
      for (let c = 0; c < this.rect.numColumns; c++) {
        write(this.sheetModel.cellForWrite(this.rect.row + r, this.rect.column + c), r, c);
      }
    }
  }
}

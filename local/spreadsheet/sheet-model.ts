// The in-memory sheet: a grid of cells with its size, frozen panes, widths and attached objects.
import type { GridRect } from './a1';
import {
  type Axis,
  type ChartData,
  type ConditionalRuleData,
  type ProtectionData,
  shiftRect,
  shiftRects,
} from './attachments';
import { type Cell, type CellValue, copyCell, emptyCell, hasContent } from './cell';
import { DATE_TIME_FORMAT, enter } from './typed-input';

/** What the sheet needs from its spreadsheet (time zone and clock for parsing typed dates). */
export interface SheetParent {
  readonly timeZone: string;
  now(): Date;
  /** Called after rows/columns move so spreadsheet-level references (named ranges) follow. */
  shifted(sheet: SheetModel, axis: Axis, at: number, delta: number): void;
}

/** How a write is read: as typed by a user (Apps Script's setValue), or stored exactly. */
export type InputMode = 'USER_ENTERED' | 'RAW';

/** One sheet (tab) of a spreadsheet model. Rows and columns are 1-based in every method. */
export class SheetModel {
  maxRows = 1000;
  maxColumns = 26;
  frozenRows = 0;
  frozenColumns = 0;
  hidden = false;
  tabColor: string | null = null;
  /** Column widths in pixels by 1-based column; absent means the default 100. */
  readonly columnWidths = new Map<number, number>();
  protections: ProtectionData[] = [];
  conditionalRules: ConditionalRuleData[] = [];
  charts: ChartData[] = [];
  /** xlsx features the fake does not model (merges, foreign conditional formats), written back as read. */
  xlsxExtras: Record<string, unknown> = {};
  private grid: ((Cell | undefined)[] | undefined)[] = [];

  constructor(
    readonly parent: SheetParent,
    public name: string,
    readonly sheetId: number,
  ) {}

  /** The stored cell, if any. */
  cell(row: number, column: number): Cell | undefined {
    return this.grid[row - 1]?.[column - 1];
  }

  /** The stored cell, created empty if absent (for writes). */
  cellForWrite(row: number, column: number): Cell {
    const r = this.grid[row - 1] ?? [];
    this.grid[row - 1] = r;
    let cell = r[column - 1];
    if (!cell) {
      cell = emptyCell();
      r[column - 1] = cell;
    }
    return cell;
  }

  /** The value `getValues()` reports for a cell: `''` when empty. */
  value(row: number, column: number): CellValue {
    return this.cell(row, column)?.value ?? '';
  }

  /** Writes one value as Apps Script does (USER_ENTERED by default); returns the cell. */
  write(row: number, column: number, input: unknown, mode: InputMode = 'USER_ENTERED'): Cell {
    const cell = this.cellForWrite(row, column);
    const plainText = cell.numberFormat === '@';
    const context = {
      timeZone: this.parent.timeZone,
      now: this.parent.now(),
      plainText: plainText || mode === 'RAW',
    };
    const entry = enter(input, context);
    cell.value = entry.value;
    if (entry.formula === undefined) delete cell.formula;
    else cell.formula = entry.formula;
    if (entry.quotePrefix) cell.quotePrefix = true;
    else delete cell.quotePrefix;
    const autoFormat =
      entry.value instanceof Date && !entry.numberFormat ? DATE_TIME_FORMAT : entry.numberFormat;
    if (autoFormat && (cell.numberFormat === undefined || cell.numberFormat === 'General')) {
      cell.numberFormat = autoFormat;
    }
    return cell;
  }

  /** Last row with content (0 when the sheet is empty). */
  lastRow(): number {
    for (let r = this.grid.length; r >= 1; r--) {
      const row = this.grid[r - 1];
      if (row?.some((c) => hasContent(c))) return r;
    }
    return 0;
  }

  /** Last column with content (0 when the sheet is empty). */
  lastColumn(): number {
    let last = 0;
    for (const row of this.grid) {
      if (!row) continue;
      for (let c = row.length; c > last; c--) {
        if (hasContent(row[c - 1])) {
          last = c;
          break;
        }
      }
    }
    return last;
  }

  /** Values of the used area, A1 to (lastRow, lastColumn); `[]` when the sheet is empty. */
  values(): CellValue[][] {
    return this.valuesOf({ row: 1, column: 1, numRows: this.lastRow(), numColumns: this.lastColumn() });
  }

  /** Values of a rectangle, `''` for empty cells. */
  valuesOf(rect: GridRect): CellValue[][] {
    const out: CellValue[][] = [];
    for (let r = 0; r < rect.numRows; r++) {
      const row: CellValue[] = [];
      for (let c = 0; c < rect.numColumns; c++) {
        const v = this.value(rect.row + r, rect.column + c);
        row.push(v instanceof Date ? new Date(v.getTime()) : v);
      }
      out.push(row);
    }
    return out;
  }

  /**
   * Writes `values` in the first row after the last row with content (row 1 on an empty sheet), growing
   * the sheet when needed; returns that row. This is `Sheet.appendRow`, for other fakes (form responses).
   */
  appendRow(values: readonly unknown[], mode: InputMode = 'USER_ENTERED'): number {
    const row = this.lastRow() + 1;
    if (row > this.maxRows) this.maxRows = row;
    if (values.length > this.maxColumns) this.maxColumns = values.length;
    values.forEach((v, i) => {
      this.write(row, i + 1, v, mode);
    });
    return row;
  }

  /** Inserts `count` empty rows before row `before` (which may be maxRows + 1 to add at the end). */
  insertRows(before: number, count: number): void {
    if (this.grid.length >= before) this.grid.splice(before - 1, 0, ...new Array<undefined>(count));
    this.maxRows += count;
    this.shiftAttachments('row', before, count);
  }

  /** Deletes `count` rows starting at `start`. */
  deleteRows(start: number, count: number): void {
    this.grid.splice(start - 1, count);
    this.maxRows -= count;
    if (this.frozenRows >= start) this.frozenRows = Math.max(start - 1, this.frozenRows - count);
    this.shiftAttachments('row', start, -count);
  }

  /** Inserts `count` empty columns before column `before`. */
  insertColumns(before: number, count: number): void {
    for (const row of this.grid) {
      if (row && row.length >= before - 1) row.splice(before - 1, 0, ...new Array<Cell | undefined>(count));
    }
    this.maxColumns += count;
    this.shiftWidths(before, count);
    this.shiftAttachments('column', before, count);
  }

  /** Deletes `count` columns starting at `start`. */
  deleteColumns(start: number, count: number): void {
    for (const row of this.grid) row?.splice(start - 1, count);
    this.maxColumns -= count;
    if (this.frozenColumns >= start) this.frozenColumns = Math.max(start - 1, this.frozenColumns - count);
    this.shiftWidths(start, -count);
    this.shiftAttachments('column', start, -count);
  }

  /** Every stored cell with its 1-based position, row by row. */
  *cells(): Generator<[number, number, Cell]> {
    for (let r = 0; r < this.grid.length; r++) {
      const row = this.grid[r];
      if (!row) continue;
      for (let c = 0; c < row.length; c++) {
        const cell = row[c];
        if (cell) yield [r + 1, c + 1, cell];
      }
    }
  }

  /** Copies of the cells of a rectangle (for moves such as sort). */
  copyRows(rect: GridRect): (Cell | undefined)[][] {
    return Array.from({ length: rect.numRows }, (_, r) =>
      Array.from({ length: rect.numColumns }, (_, c) => {
        const cell = this.cell(rect.row + r, rect.column + c);
        return cell ? copyCell(cell) : undefined;
      }),
    );
  }

  /** Puts cells (from `copyRows`) back into a rectangle starting at its top-left. */
  placeRows(rect: GridRect, rows: readonly (readonly (Cell | undefined)[])[]): void {
    rows.forEach((cells, r) => {
      const target = this.grid[rect.row + r - 1] ?? [];
      this.grid[rect.row + r - 1] = target;
      cells.forEach((cell, c) => {
        target[rect.column + c - 1] = cell;
      });
    });
  }

  /** Drops every cell (contents, formats, notes and rules). */
  clearAll(): void {
    this.grid = [];
  }

  private shiftWidths(at: number, delta: number): void {
    const moved = new Map<number, number>();
    for (const [column, width] of this.columnWidths) {
      if (column < at) moved.set(column, width);
      else if (delta > 0) moved.set(column + delta, width);
      else if (column >= at - delta) moved.set(column + delta, width);
    }
    this.columnWidths.clear();
    for (const [column, width] of moved) this.columnWidths.set(column, width);
  }

  private shiftAttachments(axis: Axis, at: number, delta: number): void {
    this.protections = this.protections.filter((p) => {
      if (!p.rect) return true;
      const moved = shiftRect(p.rect, axis, at, delta);
      if (moved) p.rect = moved;
      return moved !== null;
    });
    for (const rule of this.conditionalRules) rule.rects = shiftRects(rule.rects, axis, at, delta);
    this.conditionalRules = this.conditionalRules.filter((rule) => rule.rects.length > 0);
    for (const chart of this.charts) chart.rects = shiftRects(chart.rects, axis, at, delta);
    this.parent.shifted(this, axis, at, delta);
  }
}

// Things attached to a sheet's cells by position (protections, rules, charts, named ranges) and how
// they move when rows or columns are inserted or deleted.
import type { GridRect } from './a1';

/** A protected sheet or range (Apps Script Protection). */
export interface ProtectionData {
  readonly id: string;
  readonly kind: 'SHEET' | 'RANGE';
  /** The protected cells; for a sheet protection, null (the whole sheet). */
  rect: GridRect | null;
  description: string;
  warningOnly: boolean;
  editors: string[];
  domainEdit: boolean;
  unprotected: GridRect[];
}

/** A conditional format rule as stored on a sheet. */
export interface ConditionalRuleData {
  rects: GridRect[];
  readonly condition: { readonly type: string; readonly values: readonly unknown[] };
  readonly format: {
    readonly background?: string;
    readonly fontColor?: string;
    readonly bold?: boolean;
    readonly italic?: boolean;
    readonly strikethrough?: boolean;
  };
}

/** A chart embedded in a sheet. */
export interface ChartData {
  readonly chartId: number;
  type: string;
  rects: GridRect[];
  position: { row: number; column: number; offsetX: number; offsetY: number };
  options: Record<string, unknown>;
}

/** A named range of the spreadsheet. */
export interface NamedRangeData {
  name: string;
  sheetId: number;
  rect: GridRect;
}

/** Which way cells move: 'row' for inserted/deleted rows, 'column' for columns. */
export type Axis = 'row' | 'column';

/**
 * Moves a rectangle for `delta` rows/columns inserted (delta > 0) or deleted (delta < 0) at `at`,
 * as Sheets moves references; returns null when every cell of it was deleted.
 */
export function shiftRect(rect: GridRect, axis: Axis, at: number, delta: number): GridRect | null {
  const start = axis === 'row' ? rect.row : rect.column;
  const size = axis === 'row' ? rect.numRows : rect.numColumns;
  let [newStart, newSize] = [start, size];
  if (delta > 0) {
    if (at <= start) newStart = start + delta;
    else if (at < start + size) newSize = size + delta;
  } else {
    const [delFrom, delTo] = [at, at - delta - 1];
    const [from, to] = [start, start + size - 1];
    const removed = Math.max(0, Math.min(to, delTo) - Math.max(from, delFrom) + 1);
    newSize = size - removed;
    if (newSize === 0) return null;
    newStart = delFrom < from ? Math.max(delFrom, from - Math.min(-delta, from - delFrom)) : from;
  }
  return axis === 'row'
    ? { ...rect, row: newStart, numRows: newSize }
    : { ...rect, column: newStart, numColumns: newSize };
}

/** Shifts each rectangle of a list, dropping those fully deleted. */
export function shiftRects(rects: readonly GridRect[], axis: Axis, at: number, delta: number): GridRect[] {
  const out: GridRect[] = [];
  for (const r of rects) {
    const moved = shiftRect(r, axis, at, delta);
    if (moved) out.push(moved);
  }
  return out;
}

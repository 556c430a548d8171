// Sorting rows of a range by columns, in Sheets' order: numbers and dates, then text, then booleans;
// blanks always last.
import { signatureError } from '../runtime/errors';
import type { GridRect } from './a1';
import type { Cell, CellValue } from './cell';
import type { SheetModel } from './sheet-model';

/** One sort key: an absolute column number and a direction. */
export interface SortKey {
  readonly column: number;
  readonly ascending: boolean;
}

/** Reads `sort(spec)` arguments: a column number, `{column, ascending}`, or an array of either. */
export function sortKeys(spec: unknown): SortKey[] {
  const list = Array.isArray(spec) ? spec : [spec];
  return list.map((item) => {
    if (typeof item === 'number') return { column: item, ascending: true };
    if (
      item !== null &&
      typeof item === 'object' &&
      typeof (item as { column?: unknown }).column === 'number'
    ) {
      const { column, ascending } = item as { column: number; ascending?: unknown };
      return { column, ascending: ascending !== false };
    }
    throw signatureError([spec], 'SpreadsheetApp.Range.sort');
  });
}

function rank(v: CellValue): number {
  if (typeof v === 'number' || v instanceof Date) return 0;
  if (typeof v === 'string') return 1;
  return 2;
}

function compareValues(a: CellValue, b: CellValue): number {
  const [ra, rb] = [rank(a), rank(b)];
  if (ra !== rb) return ra - rb;
  if (ra === 0) return Number(a) - Number(b);
  if (ra === 1) return (a as string).localeCompare(b as string, 'en-GB', { sensitivity: 'base' });
  return Number(a) - Number(b);
}

/** Sorts the rows of `rect` in place (whole cells move, formats included); stable. */
export function sortRect(sheet: SheetModel, rect: GridRect, keys: readonly SortKey[]): void {
  const rows = sheet.copyRows(rect);
  const valueAt = (row: (Cell | undefined)[], column: number): CellValue =>
    row[column - rect.column]?.value ?? '';
  const order = rows.map((row, i) => ({ row, i }));
  order.sort((x, y) => {
    for (const key of keys) {
      const [a, b] = [valueAt(x.row, key.column), valueAt(y.row, key.column)];
      if (a === '' || b === '') {
        if (a === '' && b === '') continue;
        return a === '' ? 1 : -1;
      }
      const c = compareValues(a, b);
      if (c !== 0) return key.ascending ? c : -c;
    }
    return x.i - y.i;
  });
  sheet.placeRows(
    rect,
    order.map((o) => o.row),
  );
}

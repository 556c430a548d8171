// Finds a table's columns in a sheet's header row by name, so volunteers can reorder, rename (within aliases) and add columns.
import { headerKey } from '../headerKey';
import type { ColumnSpec, TableSpec } from './types';

/** Where each known column sits in a sheet (0-based), and what else the team keeps there. */
export interface HeaderMap {
  /** Canonical header -> 0-based column index in the sheet. */
  readonly columns: ReadonlyMap<string, number>;
  /** Headers the team added that Solidarity Desk does not know: kept untouched. */
  readonly extras: ReadonlyArray<{ readonly header: string; readonly index: number }>;
  /** Known columns not found in the sheet. */
  readonly missing: readonly ColumnSpec[];
  /** Number of columns the header row spans. */
  readonly width: number;
}

/**
 * Maps a header row to the table's columns: exact header names first, then aliases, each sheet column
 * used once, all insensitive to case, spacing and punctuation.
 */
export function mapHeaders(headerRow: readonly unknown[], table: TableSpec): HeaderMap {
  const keys = headerRow.map((h) => headerKey(String(h ?? '')));
  const taken = new Set<number>();
  const columns = new Map<string, number>();
  const claim = (column: ColumnSpec, names: readonly string[]): void => {
    if (columns.has(column.header)) return;
    for (const name of names) {
      const index = keys.findIndex((k, i) => k !== '' && !taken.has(i) && k === headerKey(name));
      if (index >= 0) {
        columns.set(column.header, index);
        taken.add(index);
        return;
      }
    }
  };
  for (const column of table.columns) claim(column, [column.header]);
  for (const column of table.columns) claim(column, column.aliases ?? []);
  let width = headerRow.length;
  while (width > 0 && keys[width - 1] === '') width--;
  const extras = headerRow
    .map((h, index) => ({ header: String(h ?? ''), index }))
    .filter(({ header, index }) => index < width && header.trim() !== '' && !taken.has(index));
  const missing = table.columns.filter((c) => !columns.has(c.header));
  return { columns, extras, missing, width };
}

/** How well a header row fits a table: the share of its required and core columns found (0..1). */
export function fitScore(headerRow: readonly unknown[], table: TableSpec): number {
  const map = mapHeaders(headerRow, table);
  const userColumns = table.columns.filter((c) => !c.system);
  if (userColumns.length === 0) return 0;
  const found = userColumns.filter((c) => map.columns.has(c.header)).length;
  return found / userColumns.length;
}

/** A volunteer-readable error for required columns that are missing, or null if all are there. */
export function missingRequiredMessage(map: HeaderMap, sheetName: string): string | null {
  const missing = map.missing.filter((c) => c.required).map((c) => `"${c.header}"`);
  if (missing.length === 0) return null;
  const list = missing.join(', ');
  return (
    `The "${sheetName}" sheet has no ${list} column${missing.length > 1 ? 's' : ''}. ` +
    `Add ${missing.length > 1 ? 'them' : 'it'} back to row 1 (any position), or run Solidarity Desk > Set up to repair it.`
  );
}

// Column helpers shared by every table definition, so ids and timestamps look the same everywhere.
import type { ColumnSpec, TableName } from './types';

/** The record id column, e.g. 'Issue ID'. */
export function idColumn(header: string, aliases: readonly string[] = []): ColumnSpec {
  return { header, type: 'id', system: true, required: true, aliases, width: 90 };
}

/** A column holding another table's id, e.g. an issue's 'Member ID'. */
export function refColumn(header: string, refTable: TableName, extra: Partial<ColumnSpec> = {}): ColumnSpec {
  return { header, type: 'ref', refTable, width: 90, ...extra };
}

/** Created and Updated timestamps, written by Solidarity Desk only. */
export const TIMESTAMPS: readonly ColumnSpec[] = [
  { header: 'Created', type: 'datetime', system: true, width: 130 },
  { header: 'Updated', type: 'datetime', system: true, width: 130 },
];

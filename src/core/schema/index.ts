// The whole database schema, and lookups into it.
import { ACTIONS, DECISIONS, ISSUES, MEETINGS, NEXT_STEPS, POWER_MAP } from './casework';
import { BRANCHES, MEMBERS, ORGANISATIONS } from './people';
import { ACTIVITY_LOG, ERRORS, INTAKE_REVIEW, MAIL_QUEUE, SETTINGS } from './system';
import type { ColumnSpec, TableName, TableSpec } from './types';

/** Bumped whenever setup must change existing sheets (new columns, formats); stored in Settings. */
export const SCHEMA_VERSION = 1;

/** Every table, in the order setup creates their sheets (the order volunteers see the tabs). */
export const TABLES: readonly TableSpec[] = [
  ISSUES,
  MEMBERS,
  NEXT_STEPS,
  MEETINGS,
  DECISIONS,
  ACTIONS,
  POWER_MAP,
  BRANCHES,
  ORGANISATIONS,
  INTAKE_REVIEW,
  ACTIVITY_LOG,
  MAIL_QUEUE,
  ERRORS,
  SETTINGS,
];

const BY_NAME = new Map<TableName, TableSpec>(TABLES.map((t) => [t.name, t]));

/** The spec of a table by its code name. */
export function tableSpec(name: TableName): TableSpec {
  const spec = BY_NAME.get(name);
  if (!spec) throw new Error(`Unknown table ${name}`);
  return spec;
}

/** A column of a table by header (exact), or undefined. */
export function columnSpec(table: TableSpec, header: string): ColumnSpec | undefined {
  return table.columns.find((c) => c.header === header);
}

/** The id column of a table, if it has ids. */
export function idColumnOf(table: TableSpec): ColumnSpec | undefined {
  return table.columns.find((c) => c.type === 'id');
}

export * from './casework';
export * from './enums';
export * from './headerMap';
export * from './people';
export * from './system';
export type * from './types';

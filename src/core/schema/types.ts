// The shape of the casework database as data: tables, their columns, and what each column holds.

/** What a column holds; decides parsing, validation, number format and how text is neutralised. */
export type ColumnType =
  | 'id'
  | 'ref'
  | 'text'
  | 'longText'
  | 'email'
  | 'phone'
  | 'postcode'
  | 'date'
  | 'datetime'
  | 'money'
  | 'number'
  | 'enum'
  | 'boolean'
  | 'url';

/** One column: its header in the sheet, other names teams use for it, and its rules. */
export interface ColumnSpec {
  readonly header: string;
  readonly type: ColumnType;
  readonly aliases?: readonly string[];
  readonly required?: boolean;
  /** Allowed values for enum columns (shown as a dropdown). */
  readonly values?: readonly string[];
  /** For ref columns: the table whose id this holds. */
  readonly refTable?: TableName;
  /** Written by Solidarity Desk only (ids, timestamps): protected with a warning. */
  readonly system?: boolean;
  /** Special-category data (health, immigration, abuse): kept out of emails, digests and reports. */
  readonly sensitive?: boolean;
  /** Personal data to remove when a member asks to be erased. */
  readonly personal?: boolean;
  /** Column width in pixels, for setup. */
  readonly width?: number;
  /** One line shown as the header's note, in volunteers' words. */
  readonly note?: string;
}

/** Names of the tables, as code refers to them (sheet names may differ after adoption). */
export type TableName =
  | 'members'
  | 'issues'
  | 'nextSteps'
  | 'decisions'
  | 'actions'
  | 'powerMap'
  | 'meetings'
  | 'branches'
  | 'organisations'
  | 'activityLog'
  | 'intakeReview'
  | 'mailQueue'
  | 'errors'
  | 'settings';

/** One table: the sheet it lives in, its id prefix, and its columns in their default order. */
export interface TableSpec {
  readonly name: TableName;
  readonly sheetName: string;
  /** Other sheet names a team might already use for this table (adoption). */
  readonly sheetAliases?: readonly string[];
  /** Prefix of record ids, e.g. 'ISS' gives ISS-0042. Absent for tables without ids (log, settings). */
  readonly idPrefix?: string;
  readonly columns: readonly ColumnSpec[];
  /** Why the table exists, shown in Help and in the setup plan. */
  readonly purpose: string;
}

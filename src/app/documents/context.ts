// What every document use case reads first: settings (with template overrides) and the branch it is for.

import type { Branch } from '../../core/branches';
import { cellBoolean, cellText, type RecordValues } from '../../core/cells';
import { headerKey } from '../../core/headerKey';
import { calendarDay } from '../../core/normalise/dates';
import { parseSettings, type Settings } from '../../core/settings';
import type { TemplateKind } from '../../core/templates/defaults';
import type { Database } from '../ports';
import type { Config } from '../receiveIntake';

/** The Settings line that points a kind of document at a team's own template ("Template: Meeting write-up"). */
export const TEMPLATE_SETTINGS: Readonly<Record<TemplateKind, string>> = {
  agenda: 'Template: Meeting agenda',
  writeUp: 'Template: Meeting write-up',
  demandLetter: 'Template: Demand letter',
  repairLetter: 'Template: Repair letter',
  impactReport: 'Template: Impact report',
};

/** Settings as documents need them. */
export interface DocumentSettings {
  readonly settings: Settings;
  /** Template Doc URLs or ids given in Settings, by kind. */
  readonly templateOverrides: Partial<Record<TemplateKind, string>>;
}

/**
 * Reads the Settings sheet once, then points the database at the team's own sheets, so it must come before any
 * other table is read.
 */
export function readDocumentSettings(db: Database, config?: Config): DocumentSettings {
  if (config) {
    db.useSheetNames(config.settings.sheetNames);
    const templateOverrides: Partial<Record<TemplateKind, string>> = {};
    for (const [kind, key] of Object.entries(TEMPLATE_SETTINGS) as [TemplateKind, string][]) {
      const value = config.settings.templates[headerKey(key.replace(/^template:\s*/i, ''))];
      if (value) templateOverrides[kind] = value;
    }
    return { settings: config.settings, templateOverrides };
  }
  const table = db.table('settings');
  const rows = Array.from(
    { length: table.size },
    (_, i) => [table.value(i, 'Setting'), table.value(i, 'Value')] as [unknown, unknown],
  );
  const settings = parseSettings(rows);
  db.useSheetNames(settings.sheetNames);
  const byKey = new Map(rows.map(([key, value]) => [headerKey(cellText(key)), cellText(value).trim()]));
  const templateOverrides: Partial<Record<TemplateKind, string>> = {};
  for (const [kind, key] of Object.entries(TEMPLATE_SETTINGS) as [TemplateKind, string][]) {
    const value = byKey.get(headerKey(key));
    if (value) templateOverrides[kind] = value;
  }
  return { settings, templateOverrides };
}

/** A branch row as documents use it. */
export interface DocumentBranch {
  readonly name: string;
  readonly record: RecordValues;
  /** The Branches sheet's "Documents folder" link, or ''. */
  readonly folderUrl: string;
}

/** Finds a branch by name (ignoring case and spacing) or explains which names exist. */
export function findBranch(db: Database, name: string, branches?: readonly Branch[]): DocumentBranch {
  const cached = branches?.find((b) => headerKey(b.name) === headerKey(name));
  if (cached) {
    const record: RecordValues = {
      'Branch ID': cached.id,
      Name: cached.name,
      'Postcode areas': cached.covers.join(', '),
      'Dispute limit': cached.disputeLimit ?? '',
      'Team email': cached.teamEmail,
      'Next meeting': cached.nextMeeting ?? '',
      'Meeting place': cached.meetingPlace,
      'Meeting pattern': cached.meetingPattern,
      'Documents folder': cached.documentsFolder,
    };
    return { name: cached.name, record, folderUrl: cached.documentsFolder };
  }
  const table = db.table('branches');
  const names: string[] = [];
  for (let i = 0; i < table.size; i++) {
    const branchName = cellText(table.value(i, 'Name')).trim();
    if (branchName === '') continue;
    names.push(branchName);
    if (headerKey(branchName) === headerKey(name)) {
      const record = table.record(i);
      return { name: branchName, record, folderUrl: cellText(record['Documents folder']).trim() };
    }
  }
  const known =
    names.length > 0 ? `Branches in the sheet: ${names.join(', ')}.` : 'The Branches sheet is empty.';
  throw new Error(`There is no branch called "${name}" in the Branches sheet. ${known}`);
}

/** The Doc id in a Docs or Drive link ("…/d/<id>/edit"), or the text itself when it already is an id. */
export function documentIdFromUrl(urlOrId: string): string | null {
  const text = urlOrId.trim();
  const match = /\/d\/([\w-]{10,})/.exec(text) ?? /[?&]id=([\w-]{10,})/.exec(text);
  if (match) return match[1]!;
  return /^[\w-]{10,}$/.test(text) ? text : null;
}

/** `2026-11-20`: the calendar day of an instant in the spreadsheet's zone, as document names start. */
export function isoDay(instant: Date, timeZone: string): string {
  const day = calendarDay(instant, timeZone);
  return `${day.year}-${String(day.month).padStart(2, '0')}-${String(day.day).padStart(2, '0')}`;
}

/** A row's cells with the sensitive columns (private notes, access needs) left out, so no document shows them. */
export function shareable(db: Database, tableName: 'issues' | 'members', index: number): RecordValues {
  const table = db.table(tableName);
  const record: Record<string, RecordValues[string]> = { ...table.record(index) };
  for (const column of table.spec.columns) {
    if (column.sensitive) delete record[column.header];
    // Yes/No cells are booleans to templates, so {{#if Urgent}} is false for "No".
    else if (column.type === 'boolean' && column.header in record)
      record[column.header] = cellBoolean(record[column.header]);
  }
  return record;
}

// Failures Solidarity Desk could not recover from, written to the Errors sheet for the team to see.
import { type CellValue, toCell } from '../core/cells';
import { ERRORS, mapHeaders } from '../core/schema';
import { messageOf } from './retry';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Longest text put in one Errors cell: under Sheets' 50,000-character cell limit, with room for a note. */
const MAX_CELL = 20000;

/** Text cut to fit a cell, saying so (a note in the cell, never a silent cut). */
function fitted(text: string): string {
  if (text.length <= MAX_CELL) return text;
  return `${text.slice(0, MAX_CELL)} ... [${text.length - MAX_CELL} more characters not shown]`;
}

/** The error as the owner needs it: its name and message, then the first lines of where it happened. */
export function describeError(error: unknown): string {
  const name = (error as { name?: unknown } | null | undefined)?.name;
  const stack = (error as { stack?: unknown } | null | undefined)?.stack;
  const head = `${typeof name === 'string' && name !== 'Error' ? `${name}: ` : ''}${messageOf(error)}`;
  if (typeof stack !== 'string') return head;
  const where = stack
    .split('\n')
    .filter((line) => /^\s+at /.test(line))
    .slice(0, 6)
    .map((line) => line.trim());
  return where.length > 0 ? `${head}\n${where.join('\n')}` : head;
}

/** Context as "key: value" lines. Pass ids (Response ID, Issue ID), never a member's details. */
export function describeContext(context: Readonly<Record<string, unknown>>): string {
  return Object.entries(context)
    .map(([key, value]) => `${key}: ${value instanceof Date ? value.toISOString() : String(value)}`)
    .join('\n');
}

/** One Errors row laid out for the sheet's own header row (columns may have been moved). */
function errorRow(header: readonly unknown[], entry: readonly CellValue[]): CellValue[] {
  const map = mapHeaders(header, ERRORS);
  const row: CellValue[] = Array(Math.max(map.width, ERRORS.columns.length)).fill('');
  ERRORS.columns.forEach((column, i) => {
    const index = map.columns.get(column.header) ?? (map.width === 0 ? i : undefined);
    if (index !== undefined) row[index] = toCell(entry[i], column);
  });
  return row;
}

/**
 * Appends what failed to the Errors sheet (recreated with its header if a volunteer deleted it), with
 * text neutralised so an error message can never become a formula. Never throws: recording a failure
 * must not hide it. Returns whether the row was written. The caller then re-throws the error, so the
 * script owner also gets Google's failure email.
 */
export function recordFailure(
  spreadsheet: Spreadsheet,
  doing: string,
  error: unknown,
  context: Readonly<Record<string, unknown>> = {},
): boolean {
  try {
    let sheet = spreadsheet.getSheetByName(ERRORS.sheetName);
    if (!sheet) {
      sheet = spreadsheet.insertSheet(ERRORS.sheetName);
      sheet.appendRow(ERRORS.columns.map((c) => c.header));
    }
    const width = Math.max(sheet.getLastColumn(), 1);
    const header = sheet.getRange(1, 1, 1, width).getValues()[0] ?? [];
    const entry = [new Date(), doing, fitted(describeError(error)), fitted(describeContext(context))];
    sheet.appendRow(errorRow(header, entry));
    return true;
  } catch {
    // The spreadsheet itself is failing (or the run was stopped): the re-thrown error still reaches the owner.
    return false;
  }
}

/**
 * Runs an entry point's work; if it fails, records the failure (what it was doing, with `context`) in
 * the Errors sheet and re-throws it unchanged.
 */
export function recordingFailures<T>(
  spreadsheet: Spreadsheet,
  doing: string,
  context: Readonly<Record<string, unknown>>,
  work: () => T,
): T {
  try {
    return work();
  } catch (error) {
    recordFailure(spreadsheet, doing, error, context);
    throw error;
  }
}

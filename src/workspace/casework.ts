// Opens the casework spreadsheet and its database for an entry point: the one place that picks real services.
import type { SheetNames } from '../app/ports';
import { SheetDatabase } from './sheetDatabase';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The spreadsheet the script is bound to (or the add-on is open in), or a clear error. */
export function activeSpreadsheet(): Spreadsheet {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  if (!spreadsheet) throw new Error('Open your casework spreadsheet first: Solidarity Desk works inside it.');
  return spreadsheet;
}

/** The email of whoever is acting, or a description when Google does not share it (simple triggers). */
export function actingUser(): string {
  return Session.getActiveUser().getEmail() || Session.getEffectiveUser().getEmail() || 'Solidarity Desk';
}

/** A database over the spreadsheet; `who` is asked only when something is logged. */
export function openDatabase(
  spreadsheet: Spreadsheet,
  names: SheetNames = {},
  who: () => string = actingUser,
): SheetDatabase {
  let cached: string | null = null;
  return new SheetDatabase(
    spreadsheet,
    () => new Date(),
    () => (cached ??= who()),
    names,
  );
}

// The destination spreadsheet: the "Form responses 1" sheet Google keeps in step with a form.
import { GasException } from '../runtime/errors';
import type { Workspace } from '../runtime/workspace';
import { zonedInstant } from '../script/zone';
import { displayValue } from '../spreadsheet/display';
import type { SheetModel } from '../spreadsheet/sheet-model';
import { spreadsheetStore } from '../spreadsheet/store';
import { isQuestion } from './items';
import type { FormData, ItemData, ResponseData } from './model';

/** The sheet Forms creates in a destination spreadsheet for the first linked form. */
export const RESPONSE_SHEET = 'Form responses 1';
const TIMESTAMP_FORMAT = 'd/m/yyyy h:mm:ss';
const DATE_FORMAT = 'd/m/yyyy';

/** Where one response was written. */
export interface DestinationRow {
  readonly spreadsheetId: string;
  readonly sheetName: string;
  readonly row: number;
  readonly numColumns: number;
}

/** The destination spreadsheet's model, or an Apps Script-style error when it does not exist. */
function destinationModel(workspace: Workspace, spreadsheetId: string) {
  const model = spreadsheetStore(workspace).get(spreadsheetId);
  // Drive's wording for a missing file; FormApp's own text is UNCONFIRMED.
  if (!model)
    throw new GasException(
      'No item with the given ID could be found, or you do not have permission to access it.',
    );
  return model;
}

/** Header titles in column order: Timestamp, Email address (when collected), then each question. */
function expectedHeaders(form: FormData): string[] {
  const questions = form.items.filter(isQuestion).map((i) => i.title);
  return ['Timestamp', ...(form.collectEmail ? ['Email address'] : []), ...questions];
}

/**
 * Makes sure the response sheet exists with a header row that has every current question; new
 * questions get new columns at the end, as Forms does. Returns the sheet and its header titles.
 */
export function syncResponseSheet(workspace: Workspace, form: FormData, spreadsheetId: string): SheetModel {
  const model = destinationModel(workspace, spreadsheetId);
  const name = responseSheetName(form, spreadsheetId, (n) => model.sheetByName(n) !== undefined);
  const sheet = model.sheetByName(name) ?? model.insertSheet(name, 0);
  const headers = headerRow(sheet);
  for (const title of expectedHeaders(form)) {
    if (headers.includes(title)) continue;
    headers.push(title);
    sheet.write(1, headers.length, title, 'RAW');
  }
  if (sheet.frozenRows === 0) sheet.frozenRows = 1;
  return sheet;
}

/**
 * The form's own response sheet: each form linked to a spreadsheet gets the next free "Form responses N"
 * (as Forms does when a second form is linked), and keeps it.
 */
function responseSheetName(form: FormData, spreadsheetId: string, exists: (name: string) => boolean): string {
  if (form.destination?.id === spreadsheetId) return form.destination.sheetName ?? RESPONSE_SHEET;
  for (let n = 1; ; n++) if (!exists(`Form responses ${n}`)) return `Form responses ${n}`;
}

function headerRow(sheet: SheetModel): string[] {
  const width = sheet.lastColumn();
  return Array.from({ length: width }, (_, i) => String(sheet.value(1, i + 1)));
}

/** How one answer lands in a cell: checkbox choices joined with ', ', text never read as a formula. */
function writeAnswer(
  sheet: SheetModel,
  row: number,
  column: number,
  item: ItemData,
  answer: string | string[],
) {
  if (Array.isArray(answer)) {
    sheet.write(row, column, answer.join(', '), 'RAW');
  } else if (item.type === 'DATE' && /^\d{4}-\d{2}-\d{2}$/.test(answer)) {
    const [y, m, d] = answer.split('-').map(Number) as [number, number, number];
    const midnight = new Date(zonedInstant(sheet.parent.timeZone, y, m, d));
    sheet.write(row, column, midnight, 'RAW').numberFormat = DATE_FORMAT;
  } else {
    // Forms never writes formulas: text that would parse as one ("=...", "+44 (0)20...", "@x") stays text,
    // while plain numbers and dates are parsed as typed (the well-known lost leading zero of phone answers).
    sheet.write(
      row,
      column,
      answer,
      /^[=+\-@]/.test(answer) && !/^[+-]?[\d.,]+$/.test(answer) ? 'RAW' : 'USER_ENTERED',
    );
  }
}

/** Appends one response to the destination sheet (if the form has one); returns where it went. */
export function appendResponseRow(
  workspace: Workspace,
  form: FormData,
  response: ResponseData,
): DestinationRow | null {
  // A trashed destination does not lose the response: Forms keeps it and the sheet just stops updating.
  if (!form.destination || !spreadsheetStore(workspace).get(form.destination.id)) return null;
  const sheet = syncResponseSheet(workspace, form, form.destination.id);
  const headers = headerRow(sheet);
  const row = sheet.lastRow() + 1;
  if (row > sheet.maxRows) sheet.maxRows = row;
  const stamp = sheet.write(row, 1, new Date(response.timestamp), 'RAW');
  stamp.numberFormat = TIMESTAMP_FORMAT;
  if (form.collectEmail)
    sheet.write(row, headers.indexOf('Email address') + 1, response.respondentEmail, 'RAW');
  for (const { itemId, answer } of response.answers) {
    const item = form.items.find((i) => i.id === itemId);
    if (!item) continue;
    writeAnswer(sheet, row, headers.indexOf(item.title) + 1, item, answer);
  }
  return { spreadsheetId: form.destination.id, sheetName: sheet.name, row, numColumns: headers.length };
}

/** The header titles and the displayed strings of one row, as the form-submit event reports them. */
export function displayedRow(
  workspace: Workspace,
  at: DestinationRow,
): { headers: string[]; values: string[] } {
  const model = destinationModel(workspace, at.spreadsheetId);
  const sheet = model.sheetByName(at.sheetName);
  if (!sheet) throw new GasException(`Sheet ${at.sheetName} not found`);
  const headers = headerRow(sheet).slice(0, at.numColumns);
  const values = headers.map((_, i) => displayValue(sheet.cell(at.row, i + 1), model.timeZone));
  return { headers, values };
}

// The record a volunteer has selected: menu items that act on "the selected issue" read its id from the sheet.
import { cellText } from '../../core/cells';
import { headerKey } from '../../core/headerKey';

/**
 * The id in the selected row of `sheetName` (read from the header row and that row: two reads), or an error
 * saying what to select.
 */
export function selectedId(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  sheetName: string,
  idHeader: string,
): string {
  const sheet = spreadsheet.getActiveSheet();
  const row = spreadsheet.getActiveRange()?.getRow() ?? 0;
  const ask = `Select a row in the ${sheetName} sheet first, then choose this again.`;
  if (sheet.getName() !== sheetName || row < 2) throw new Error(ask);
  const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0] ?? [];
  const column = header.findIndex((h) => headerKey(cellText(h)) === headerKey(idHeader));
  if (column < 0) throw new Error(`The ${sheetName} sheet has no "${idHeader}" column.`);
  const id = cellText(sheet.getRange(row, column + 1).getValue()).trim();
  if (id === '') throw new Error(`Row ${row} of ${sheetName} has no ${idHeader}. ${ask}`);
  return id;
}

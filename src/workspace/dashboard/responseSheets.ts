// The linked "Form responses" sheets as erasure sees them: one read each, rows blanked in contiguous runs.
import type { ResponseSheets } from '../../app/privacy/snapshot';
import type { CellValue } from '../../core/cells';
import type { ResponseRow } from '../../core/privacy/anonymise';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Every sheet whose name starts "Form responses" (how Google names a form's destination sheets). */
export class FormResponseSheets implements ResponseSheets {
  constructor(private readonly spreadsheet: Spreadsheet) {}

  read(): Array<{ sheetName: string; rows: CellValue[][] }> {
    return this.spreadsheet
      .getSheets()
      .filter((s) => /^form responses/i.test(s.getName()))
      .map((s) => ({ sheetName: s.getName(), rows: s.getDataRange().getValues() as CellValue[][] }));
  }

  blank(rows: readonly ResponseRow[]): void {
    const bySheet = new Map<string, number[]>();
    for (const r of rows) bySheet.set(r.sheetName, [...(bySheet.get(r.sheetName) ?? []), r.row]);
    for (const [name, numbers] of bySheet) {
      const sheet = this.spreadsheet.getSheetByName(name);
      if (!sheet) continue;
      const width = sheet.getLastColumn();
      for (const run of runs(numbers)) sheet.getRange(run.first, 1, run.count, width).clearContent();
    }
  }
}

/** Sorted row numbers grouped into contiguous runs. */
function runs(numbers: readonly number[]): Array<{ first: number; count: number }> {
  const out: Array<{ first: number; count: number }> = [];
  for (const n of [...new Set(numbers)].sort((a, b) => a - b)) {
    const last = out[out.length - 1];
    if (last && last.first + last.count === n) last.count++;
    else out.push({ first: n, count: 1 });
  }
  return out;
}

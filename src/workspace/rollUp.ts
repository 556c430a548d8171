// The union roll-up in Sheets: each branch exports aggregate figures; the union sheet imports and combines them.
import { cellText, toCell } from '../core/cells';
import { median } from '../core/reports/dashboard';
import { EXPORT_LABELS, type ExportedFigure, samplesOf } from '../core/reports/export';
import { columnLetter } from './sheetLayout';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const EXPORT_SHEET = 'Roll-up export';
export const BRANCH_LIST_SHEET = 'Branch spreadsheets';
export const UNION_SHEET = 'Union roll-up';

function sheetNamed(spreadsheet: Spreadsheet, name: string): GoogleAppsScript.Spreadsheet.Sheet {
  return spreadsheet.getSheetByName(name) ?? spreadsheet.insertSheet(name);
}

/** Writes a branch's exported figures (labels and numbers only) in one call, to a hidden sheet. */
export function writeExport(spreadsheet: Spreadsheet, figures: readonly ExportedFigure[]): void {
  const sheet = sheetNamed(spreadsheet, EXPORT_SHEET);
  const rows = [
    ['Figure', 'Value'],
    ...figures.map((f) => [
      f.figure,
      toCell(f.value, { type: typeof f.value === 'number' ? 'number' : 'text' }),
    ]),
  ];
  sheet.getRange(1, 1, rows.length, 2).setValues(rows);
  if (!sheet.isSheetHidden()) sheet.hideSheet();
}

/** A branch listed in the union spreadsheet. */
export interface BranchSource {
  readonly name: string;
  readonly url: string;
}

/** The id in a spreadsheet link (or the id itself), or null. */
export function spreadsheetIdOf(link: string): string | null {
  const match = /\/spreadsheets\/d\/([\w-]{20,})/.exec(link) ?? /^([\w-]{20,})$/.exec(link.trim());
  return match ? match[1]! : null;
}

/** Reads the "Branch spreadsheets" sheet (Branch, Spreadsheet link), creating it with its header if missing. */
export function branchSources(spreadsheet: Spreadsheet): { sources: BranchSource[]; problems: string[] } {
  const sheet = spreadsheet.getSheetByName(BRANCH_LIST_SHEET);
  if (!sheet) {
    const created = spreadsheet.insertSheet(BRANCH_LIST_SHEET);
    created.getRange(1, 1, 1, 2).setValues([['Branch', 'Spreadsheet link']]);
    return {
      sources: [],
      problems: [`List each branch and the link to its casework spreadsheet in "${BRANCH_LIST_SHEET}".`],
    };
  }
  const sources: BranchSource[] = [];
  const problems: string[] = [];
  sheet
    .getDataRange()
    .getValues()
    .slice(1)
    .forEach((row, i) => {
      const name = cellText(row[0]).trim();
      const link = cellText(row[1]).trim();
      if (!name && !link) return;
      const id = spreadsheetIdOf(link);
      if (!name || !id)
        problems.push(`Row ${i + 2} of "${BRANCH_LIST_SHEET}" needs a branch name and a spreadsheet link.`);
      else sources.push({ name, url: `https://docs.google.com/spreadsheets/d/${id}` });
    });
  return { sources, problems };
}

/**
 * The union sheet as one grid: each branch's column imports its "Roll-up export" with IMPORTRANGE (no extra
 * permission for the script; each link is allowed once by a person in Sheets); the Union column sums counts
 * with a formula, and holds the median of every branch's pooled day gaps, worked out by the script from the
 * imported histograms (`medians`, from the previous refresh's imported values).
 */
export function unionGrid(
  sources: readonly BranchSource[],
  medians: ReadonlyMap<string, number | null> = new Map(),
): Array<Array<string | number>> {
  const first = columnLetter(3);
  const last = columnLetter(2 + Math.max(sources.length, 1));
  const header = ['Figure', 'Union', ...sources.map((s) => s.name)];
  const rows = EXPORT_LABELS.map(({ figure, combine }, i) => {
    const r = i + 2;
    const union = combine === 'sum' ? `=SUM(${first}${r}:${last}${r})` : (medians.get(figure) ?? '');
    const branches = sources.map(
      (s) => `=IFERROR(VLOOKUP($A${r},IMPORTRANGE("${s.url}","${EXPORT_SHEET}!A:B"),2,FALSE),"")`,
    );
    return [figure, union, ...branches];
  });
  return [header, ...rows];
}

/** Pooled medians of the day-gap rows, from the union sheet's imported (displayed) values; empty before the first import. */
export function pooledMedians(spreadsheet: Spreadsheet): Map<string, number | null> {
  const out = new Map<string, number | null>();
  const sheet = spreadsheet.getSheetByName(UNION_SHEET);
  if (!sheet) return out;
  const shown = sheet.getDataRange().getDisplayValues();
  for (const row of shown.slice(1)) {
    const label = EXPORT_LABELS.find((l) => l.figure === row[0]);
    if (label?.combine !== 'median') continue;
    out.set(label.figure, median(row.slice(2).flatMap((cell) => samplesOf(String(cell)))));
  }
  return out;
}

/** Rewrites the union sheet in one call. */
export function writeUnion(
  spreadsheet: Spreadsheet,
  grid: ReadonlyArray<ReadonlyArray<string | number>>,
): void {
  const sheet = sheetNamed(spreadsheet, UNION_SHEET);
  sheet.clearContents();
  const width = grid[0]!.length;
  if (sheet.getMaxColumns() < width)
    sheet.insertColumnsAfter(sheet.getMaxColumns(), width - sheet.getMaxColumns());
  sheet.getRange(1, 1, grid.length, width).setValues(grid.map((row) => [...row]));
  sheet.setFrozenRows(1);
}

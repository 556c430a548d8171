// The spreadsheets index (index.json): ids, names, files, time zones, and what .xlsx cannot hold
// (protections, conditional format rules, charts, named ranges, checkbox-like rules, editors, selection).
import { type GridRect, parseA1, rectA1, resolveA1 } from './a1';
import type { ChartData, ConditionalRuleData, NamedRangeData, ProtectionData } from './attachments';
import type { SheetModel } from './sheet-model';
import type { Selection, SpreadsheetModel } from './spreadsheet-model';
import { DataValidation, type ValidationData } from './validation';
import { toXlsxRule } from './xlsx-validation';

/** Per-sheet metadata the .xlsx does not carry. */
export interface SheetEntry {
  name: string;
  fileName: string;
  sheetId: number;
  maxRows: number;
  maxColumns: number;
  protections: ProtectionData[];
  conditionalRules: ConditionalRuleData[];
  charts: ChartData[];
  /** Rules .xlsx cannot express (checkbox, e-mail...), by A1 cell. */
  validations: { a1: string; rule: ValidationData }[];
  quotePrefixed: string[];
}

/** One spreadsheet in the index. */
export interface SpreadsheetEntry {
  id: string;
  name: string;
  file: string;
  timeZone: string;
  locale: string;
  owner: string;
  editors: string[];
  selection: Selection | null;
  namedRanges: NamedRangeData[];
  sheets: SheetEntry[];
}

/** The whole index file. */
export interface IndexFile {
  spreadsheets: SpreadsheetEntry[];
}

/** JSON replacer/reviver pair keeping Dates (e.g. in rule criteria) as `{"$date": iso}`. */
export function encodeJson(value: unknown): string {
  return JSON.stringify(
    value,
    function replacer(this: Record<string, unknown>, key: string, v: unknown) {
      const raw = this[key];
      return raw instanceof Date ? { $date: raw.toISOString() } : v;
    },
    2,
  );
}

export function decodeJson<T>(text: string): T {
  return JSON.parse(text, (_key, v: unknown) => {
    if (v !== null && typeof v === 'object' && typeof (v as { $date?: unknown }).$date === 'string') {
      return new Date((v as { $date: string }).$date);
    }
    return v;
  }) as T;
}

function sheetEntry(sheet: SheetModel, fileName: string): SheetEntry {
  const validations: SheetEntry['validations'] = [];
  const quotePrefixed: string[] = [];
  for (const [row, column, cell] of sheet.cells()) {
    const a1 = rectA1({ row, column, numRows: 1, numColumns: 1 });
    if (cell.validation && !toXlsxRule(cell.validation)) validations.push({ a1, rule: cell.validation.data });
    if (cell.quotePrefix) quotePrefixed.push(a1);
  }
  return {
    name: sheet.name,
    fileName,
    sheetId: sheet.sheetId,
    maxRows: sheet.maxRows,
    maxColumns: sheet.maxColumns,
    protections: sheet.protections,
    conditionalRules: sheet.conditionalRules,
    charts: sheet.charts,
    validations,
    quotePrefixed,
  };
}

/** The index entry of a spreadsheet saved as `file` with these file sheet names. */
export function spreadsheetEntry(
  model: SpreadsheetModel,
  file: string,
  fileNames: string[],
): SpreadsheetEntry {
  return {
    id: model.id,
    name: model.name,
    file,
    timeZone: model.timeZone,
    locale: model.locale,
    owner: model.owner,
    editors: [...model.editors],
    selection: model.selection,
    namedRanges: model.namedRanges,
    sheets: model.sheets.map((s, i) => sheetEntry(s, fileNames[i]!)),
  };
}

function at(a1: string): GridRect | null {
  const ref = parseA1(a1);
  return ref ? resolveA1(ref, 1, 1) : null;
}

/** Applies a sheet's index entry after its cells were read from the file. */
export function applySheetEntry(sheet: SheetModel, entry: SheetEntry): void {
  sheet.maxRows = Math.max(entry.maxRows, sheet.lastRow());
  sheet.maxColumns = Math.max(entry.maxColumns, sheet.lastColumn());
  sheet.protections = entry.protections;
  sheet.conditionalRules = entry.conditionalRules;
  sheet.charts = entry.charts;
  for (const { a1, rule } of entry.validations) {
    const rect = at(a1);
    if (rect) sheet.cellForWrite(rect.row, rect.column).validation = new DataValidation(rule);
  }
  for (const a1 of entry.quotePrefixed) {
    const rect = at(a1);
    if (rect) sheet.cellForWrite(rect.row, rect.column).quotePrefix = true;
  }
}

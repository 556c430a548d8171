// Spreadsheet models <-> .xlsx workbooks (exceljs lives here and in xlsx-cells/xlsx-validation only).
import ExcelJS from 'exceljs';
import type { SheetModel } from './sheet-model';
import type { SpreadsheetModel } from './spreadsheet-model';
import { readCell, writeCell } from './xlsx-cells';
import { fromXlsxRule, toXlsxRule } from './xlsx-validation';

/** Average pixels per Excel character width unit (Arial 10), to carry Sheets' pixel widths. */
const PX_PER_CHAR = 7;

/** A name Excel accepts for a sheet: at most 31 characters, none of `[]:*?/\`, unique. */
export function fileSheetName(name: string, taken: Set<string>): string {
  const base = name.replace(/[[\]:*?/\\]/g, '_').slice(0, 31) || 'Sheet';
  let candidate = base;
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${base.slice(0, 27)} (${n})`;
  taken.add(candidate.toLowerCase());
  return candidate;
}

function writeSheet(workbook: ExcelJS.Workbook, sheet: SheetModel, fileName: string, timeZone: string): void {
  const frozen = sheet.frozenRows > 0 || sheet.frozenColumns > 0;
  const ws = workbook.addWorksheet(fileName, {
    state: sheet.hidden ? 'hidden' : 'visible',
    views: frozen ? [{ state: 'frozen', xSplit: sheet.frozenColumns, ySplit: sheet.frozenRows }] : [],
    ...(sheet.tabColor
      ? { properties: { tabColor: { argb: `FF${sheet.tabColor.replace('#', '').toUpperCase()}` } } }
      : {}),
  });
  const columns = (sheet.xlsxExtras['columns'] ?? {}) as Record<string, Partial<ExcelJS.Column>>;
  for (const [key, column] of Object.entries(columns)) {
    const target = ws.getColumn(Number(key));
    if (column.style) target.style = column.style as ExcelJS.Style;
    if (column.hidden) target.hidden = true;
    if (column.width) target.width = column.width;
  }
  for (const [column, px] of sheet.columnWidths) ws.getColumn(column).width = px / PX_PER_CHAR;
  for (const [row, column, cell] of sheet.cells()) {
    const target = ws.getCell(row, column);
    writeCell(target, cell, timeZone);
    const rule = cell.validation && toXlsxRule(cell.validation);
    if (rule) target.dataValidation = rule;
  }
  const heights = (sheet.xlsxExtras['rowHeights'] ?? {}) as Record<string, number>;
  for (const [row, height] of Object.entries(heights)) ws.getRow(Number(row)).height = height;
  for (const merge of (sheet.xlsxExtras['merges'] ?? []) as string[]) ws.mergeCells(merge);
  const formats = sheet.xlsxExtras['conditionalFormattings'];
  if (Array.isArray(formats))
    for (const f of formats) ws.addConditionalFormatting(f as ExcelJS.ConditionalFormattingOptions);
}

/** Writes a spreadsheet as an .xlsx file; returns the file's sheet names (they may differ from tab names). */
export async function writeXlsx(model: SpreadsheetModel, path: string): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Solidarity Desk local runtime';
  const taken = new Set<string>();
  const names = model.sheets.map((s) => fileSheetName(s.name, taken));
  model.sheets.forEach((sheet, i) => {
    writeSheet(workbook, sheet, names[i]!, model.timeZone);
  });
  const defined = model.xlsxExtras['definedNames'];
  if (Array.isArray(defined)) workbook.definedNames.model = defined as ExcelJS.DefinedNamesModel;
  await workbook.xlsx.writeFile(path);
  return names;
}

/** What a sheet read from a file holds, before the spreadsheet model exists. */
export interface ReadSheet {
  readonly name: string;
  fill(sheet: SheetModel, timeZone: string): void;
}

function frozenOf(ws: ExcelJS.Worksheet): { rows: number; columns: number } {
  const view = ws.views?.find((v) => v.state === 'frozen') as ExcelJS.WorksheetViewFrozen | undefined;
  return { rows: view?.ySplit ?? 0, columns: view?.xSplit ?? 0 };
}

function fillCells(ws: ExcelJS.Worksheet, sheet: SheetModel, timeZone: string): void {
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    row.eachCell({ includeEmpty: true }, (source, c) => {
      const cell = readCell(source, timeZone);
      if (cell) Object.assign(sheet.cellForWrite(r, c), cell);
    });
    if (row.height) {
      const heights = (sheet.xlsxExtras['rowHeights'] ?? {}) as Record<string, number>;
      heights[r] = row.height;
      sheet.xlsxExtras['rowHeights'] = heights;
    }
  });
  const rules = (
    ws as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation | undefined> } }
  ).dataValidations.model;
  for (const [address, rule] of Object.entries(rules)) {
    const m = /^([A-Z]+)(\d+)$/.exec(address);
    if (!rule || !m) continue;
    const column = [...m[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    sheet.cellForWrite(Number(m[2]), column).validation = fromXlsxRule(rule);
  }
}

function fillSheet(ws: ExcelJS.Worksheet, sheet: SheetModel, timeZone: string): void {
  const frozen = frozenOf(ws);
  sheet.frozenRows = frozen.rows;
  sheet.frozenColumns = frozen.columns;
  sheet.hidden = ws.state === 'hidden' || ws.state === 'veryHidden';
  const tab = ws.properties.tabColor?.argb;
  sheet.tabColor = tab ? `#${tab.slice(2).toLowerCase()}` : null;
  fillCells(ws, sheet, timeZone);
  const columns: Record<string, Partial<ExcelJS.Column>> = {};
  for (let c = 1; c <= ws.columnCount; c++) {
    const column = ws.getColumn(c);
    if (column.width) sheet.columnWidths.set(c, Math.round(column.width * PX_PER_CHAR));
    if (column.hidden || (column.style && Object.keys(column.style).length > 0)) {
      columns[c] = {
        hidden: column.hidden,
        style: JSON.parse(JSON.stringify(column.style ?? {})) as ExcelJS.Style,
      };
    }
  }
  if (Object.keys(columns).length > 0) sheet.xlsxExtras['columns'] = columns;
  const merges = (ws.model as unknown as { merges?: string[] }).merges;
  if (merges?.length) sheet.xlsxExtras['merges'] = [...merges];
  const formats = (ws as unknown as { conditionalFormattings?: unknown[] }).conditionalFormattings;
  if (formats?.length)
    sheet.xlsxExtras['conditionalFormattings'] = JSON.parse(JSON.stringify(formats)) as unknown[];
  sheet.maxRows = Math.max(sheet.maxRows, ws.rowCount, sheet.lastRow());
  sheet.maxColumns = Math.max(sheet.maxColumns, ws.columnCount, sheet.lastColumn());
}

/** Reads a workbook: its sheets in order, each filled into a model sheet on demand. */
export async function readXlsx(path: string): Promise<{ sheets: ReadSheet[]; definedNames: unknown }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheets = workbook.worksheets.map((ws) => ({
    name: ws.name,
    fill: (sheet: SheetModel, timeZone: string) => fillSheet(ws, sheet, timeZone),
  }));
  const definedNames = workbook.definedNames.model;
  return { sheets, definedNames: definedNames.length > 0 ? definedNames : undefined };
}

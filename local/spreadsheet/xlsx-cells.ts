// One cell <-> one exceljs cell: values (dates as wall-clock serials in the spreadsheet's zone),
// formulas, number formats, colours, weight, wrapping, alignment and notes.
import type ExcelJS from 'exceljs';
import type { Cell, CellValue } from './cell';
import { evaluateFormula } from './formula';
import { instantOf, utcWall, wallAsUtcDate, wallClockOf } from './timezone';

type Style = Partial<ExcelJS.Style>;

function argb(hex: string): string {
  return `FF${hex.replace('#', '').toUpperCase()}`;
}

function hex(colour: Partial<ExcelJS.Color> | undefined): string | undefined {
  const value = colour?.argb;
  return typeof value === 'string' && value.length === 8 ? `#${value.slice(2).toLowerCase()}` : undefined;
}

function fileValue(value: CellValue, timeZone: string): ExcelJS.CellValue {
  if (value instanceof Date) return wallAsUtcDate(wallClockOf(value, timeZone));
  return value === '' ? null : value;
}

function styleOf(cell: Cell): Style {
  const style: Style = { ...((cell.fileStyle ?? {}) as Style) };
  if (cell.numberFormat && cell.numberFormat !== 'General') style.numFmt = cell.numberFormat;
  if (cell.fontWeight || cell.fontColor) {
    style.font = {
      ...style.font,
      ...(cell.fontWeight ? { bold: cell.fontWeight === 'bold' } : {}),
      ...(cell.fontColor ? { color: { argb: argb(cell.fontColor) } } : {}),
    };
  }
  if (cell.background)
    style.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(cell.background) } };
  if (cell.wrap !== undefined || cell.horizontalAlignment) {
    const horizontal = cell.horizontalAlignment;
    style.alignment = {
      ...style.alignment,
      ...(cell.wrap !== undefined ? { wrapText: cell.wrap } : {}),
      ...(horizontal === 'left' || horizontal === 'center' || horizontal === 'right' ? { horizontal } : {}),
    };
  }
  return style;
}

/** Writes a model cell into an exceljs cell. */
export function writeCell(target: ExcelJS.Cell, cell: Cell, timeZone: string): void {
  if (cell.formula) {
    const result =
      cell.value === '' || (typeof cell.value === 'string' && cell.value.startsWith('#'))
        ? undefined
        : cell.value;
    target.value = {
      formula: cell.formula.slice(1),
      ...(result === undefined ? {} : { result: fileValue(result, timeZone) }),
    } as ExcelJS.CellFormulaValue;
  } else {
    target.value = fileValue(cell.value, timeZone);
  }
  const style = styleOf(cell);
  if (Object.keys(style).length > 0) target.style = style;
  if (cell.note) target.note = cell.note;
}

function readDate(value: Date, timeZone: string): Date {
  return instantOf(utcWall(value), timeZone);
}

function plainValue(value: ExcelJS.CellValue, timeZone: string): CellValue {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return readDate(value, timeZone);
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  const v = value as unknown as Record<string, unknown>;
  if (Array.isArray(v['richText'])) return (v['richText'] as { text: string }[]).map((t) => t.text).join('');
  if (typeof v['text'] === 'string') return v['text'];
  if (typeof v['error'] === 'string') return v['error'];
  return '';
}

function noteText(note: ExcelJS.Cell['note']): string | undefined {
  if (note === undefined || note === null) return undefined;
  if (typeof note === 'string') return note;
  const texts = (note as unknown as { texts?: { text: string }[] }).texts;
  return texts ? texts.map((t) => t.text).join('') : undefined;
}

function readStyle(cell: Cell, style: Style): void {
  if (style.numFmt && style.numFmt !== 'General') cell.numberFormat = style.numFmt;
  if (style.font?.bold) cell.fontWeight = 'bold';
  const fontColour = hex(style.font?.color);
  if (fontColour) cell.fontColor = fontColour;
  const fill = style.fill as ExcelJS.FillPattern | undefined;
  const background = fill?.type === 'pattern' && fill.pattern === 'solid' ? hex(fill.fgColor) : undefined;
  if (background) cell.background = background;
  if (style.alignment?.wrapText !== undefined) cell.wrap = style.alignment.wrapText;
  if (style.alignment?.horizontal) cell.horizontalAlignment = style.alignment.horizontal;
  if (Object.keys(style).length > 0)
    cell.fileStyle = JSON.parse(JSON.stringify(style)) as Record<string, unknown>;
}

/** Reads an exceljs cell into a model cell; null when it holds nothing worth keeping. */
export function readCell(source: ExcelJS.Cell, timeZone: string): Cell | null {
  const cell: Cell = { value: '' };
  const value = source.value;
  const formula =
    value !== null && typeof value === 'object' && 'formula' in value ? source.formula : undefined;
  if (formula) {
    cell.formula = `=${formula}`;
    const result = (value as ExcelJS.CellFormulaValue).result;
    cell.value =
      result === undefined
        ? evaluateFormula(cell.formula)
        : plainValue(result as ExcelJS.CellValue, timeZone);
  } else {
    cell.value = plainValue(value, timeZone);
  }
  readStyle(cell, source.style ?? {});
  const note = noteText(source.note);
  if (note) cell.note = note;
  const empty = cell.value === '' && !cell.formula && !note && !cell.fileStyle;
  return empty ? null : cell;
}

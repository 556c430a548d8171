// One cell of the in-memory model: its value or formula, format and rules (no exceljs here).
import type { DataValidation } from './validation';

/** What a cell can hold; `''` is an empty cell, as `getValues()` reports it. */
export type CellValue = string | number | boolean | Date;

/** A stored cell. Absent fields mean the Sheets default. */
export interface Cell {
  /** The value, or for a formula its computed result ('' when the fake cannot compute it). */
  value: CellValue;
  /** Formula text including the leading `=`. */
  formula?: string;
  /** Set when the text was typed with a leading apostrophe (forced text). */
  quotePrefix?: boolean;
  numberFormat?: string;
  background?: string;
  fontColor?: string;
  fontWeight?: 'bold' | 'normal';
  wrap?: boolean;
  wrapStrategy?: string;
  horizontalAlignment?: string;
  note?: string;
  validation?: DataValidation;
  /** A style read from an .xlsx file (fonts, borders...), kept so saving does not drop it. Opaque here. */
  fileStyle?: Readonly<Record<string, unknown>>;
}

/** A fresh empty cell. */
export function emptyCell(): Cell {
  return { value: '' };
}

/** True when the cell holds a value or formula (what getLastRow/getLastColumn count as content). */
export function hasContent(cell: Cell | undefined): boolean {
  return cell !== undefined && (cell.value !== '' || cell.formula !== undefined);
}

/** True when nothing at all is stored (no content, format, note or rule), so the slot can be dropped. */
export function isBare(cell: Cell): boolean {
  return Object.keys(cell).every((k) => k === 'value') && cell.value === '';
}

/** A deep-enough copy (Dates copied; rules are immutable and shared). */
export function copyCell(cell: Cell): Cell {
  const out: Cell = { ...cell };
  if (cell.value instanceof Date) out.value = new Date(cell.value.getTime());
  return out;
}

/** Removes the content (value, formula, apostrophe) but keeps formats, notes and rules. */
export function clearContent(cell: Cell): void {
  cell.value = '';
  delete cell.formula;
  delete cell.quotePrefix;
}

/** Removes formats (what `clearFormat` and `clear()` reset). */
export function clearFormat(cell: Cell): void {
  delete cell.numberFormat;
  delete cell.background;
  delete cell.fontColor;
  delete cell.fontWeight;
  delete cell.wrap;
  delete cell.wrapStrategy;
  delete cell.horizontalAlignment;
  delete cell.fileStyle;
}

// Range, part 2: reading and writing values, formulas, notes and checkboxes.
import { GasException, signatureError } from '../runtime/errors';
import { type Cell, type CellValue, clearContent, clearFormat } from './cell';
import { spreadsheetOf } from './context';
import { displayValue } from './display';
import { evaluateFormula } from './formula';
import { assertMayEdit } from './protection';
import type { Range } from './range';
import { RangeGeometry } from './range-geometry';
import { DataValidationBuilder } from './validation';

/** Most characters one cell holds (Sheets limit; message wording UNCONFIRMED, widely quoted). */
export const MAX_CELL_CHARACTERS = 50_000;

function checkLength(value: unknown): void {
  if (typeof value === 'string' && value.length > MAX_CELL_CHARACTERS) {
    throw new GasException(
      `Your input contains more than the maximum of ${MAX_CELL_CHARACTERS} characters in a single cell.`,
    );
  }
}

function copyValue(v: CellValue): CellValue {
  return v instanceof Date ? new Date(v.getTime()) : v;
}

/** Options of `Range.clear(options)`; with none given, everything is cleared. */
interface ClearOptions {
  commentsOnly?: boolean;
  contentsOnly?: boolean;
  formatOnly?: boolean;
  validationsOnly?: boolean;
}

/** Values, formulas, notes and checkboxes of a range. */
export class RangeContent extends RangeGeometry {
  /** Values row by row: '' for empty cells; numbers, booleans, Dates and strings as stored. */
  getValues(): CellValue[][] {
    return this.grid((cell) => copyValue(cell?.value ?? ''));
  }

  /** The top-left cell's value, '' when empty. */
  getValue(): CellValue {
    return copyValue(this.sheetModel.value(this.rect.row, this.rect.column));
  }

  getDisplayValues(): string[][] {
    const zone = spreadsheetOf(this.sheetModel).timeZone;
    return this.grid((cell) => displayValue(cell, zone));
  }

  getDisplayValue(): string {
    return displayValue(
      this.sheetModel.cell(this.rect.row, this.rect.column),
      spreadsheetOf(this.sheetModel).timeZone,
    );
  }

  /**
   * Writes a grid that must match the range (rows are checked before columns); strings are read as
   * typed. Nothing is written when any check fails.
   */
  setValues(values: unknown): Range {
    if (!Array.isArray(values) || !values.every((row) => Array.isArray(row))) {
      throw signatureError([values], 'SpreadsheetApp.Range.setValues');
    }
    const grid = values as unknown[][];
    if (grid.length !== this.rect.numRows) {
      throw new GasException(
        `The number of rows in the data does not match the number of rows in the range. The data has ${grid.length} but the range has ${this.rect.numRows}.`,
      );
    }
    for (const row of grid) {
      if (row.length !== this.rect.numColumns) {
        throw new GasException(
          `The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${this.rect.numColumns}.`,
        );
      }
      row.forEach(checkLength);
    }
    assertMayEdit(this.ctx, this.sheetModel, this.rect);
    grid.forEach((row, r) => {
      row.forEach((v, c) => {
        this.sheetModel.write(this.rect.row + r, this.rect.column + c, v);
      });
    });
    return this.sub(this.rect);
  }

  /** Writes one value into every cell of the range. */
  setValue(value: unknown): Range {
    if (Array.isArray(value)) throw signatureError([value], 'SpreadsheetApp.Range.setValue');
    checkLength(value);
    assertMayEdit(this.ctx, this.sheetModel, this.rect);
    this.eachCell((row, column) => {
      this.sheetModel.write(row, column, value);
    });
    return this.sub(this.rect);
  }

  /** Formulas row by row, '' where a cell has none. */
  getFormulas(): string[][] {
    return this.grid((cell) => cell?.formula ?? '');
  }

  getFormula(): string {
    return this.sheetModel.cell(this.rect.row, this.rect.column)?.formula ?? '';
  }

  /** Sets the same formula in every cell (the fake does not shift relative references). */
  setFormula(formula: string): Range {
    if (typeof formula !== 'string') throw signatureError([formula], 'SpreadsheetApp.Range.setFormula');
    checkLength(formula);
    assertMayEdit(this.ctx, this.sheetModel, this.rect);
    this.eachCellForWrite((cell) => this.putFormula(cell, formula));
    return this.sub(this.rect);
  }

  setFormulas(formulas: unknown): Range {
    if (!Array.isArray(formulas) || formulas.length !== this.rect.numRows) {
      throw new GasException(
        `The number of rows in the data does not match the number of rows in the range. The data has ${Array.isArray(formulas) ? formulas.length : 0} but the range has ${this.rect.numRows}.`,
      );
    }
    for (const row of formulas as unknown[][]) {
      if (!Array.isArray(row) || row.length !== this.rect.numColumns) {
        throw new GasException(
          `The number of columns in the data does not match the number of columns in the range. The data has ${Array.isArray(row) ? row.length : 0} but the range has ${this.rect.numColumns}.`,
        );
      }
    }
    assertMayEdit(this.ctx, this.sheetModel, this.rect);
    this.eachCellForWrite((cell, r, c) =>
      this.putFormula(cell, String((formulas as unknown[][])[r]![c] ?? '')),
    );
    return this.sub(this.rect);
  }

  private putFormula(cell: Cell, formula: string): void {
    clearContent(cell);
    if (formula === '') return;
    const text = formula.startsWith('=') ? formula : `=${formula}`;
    cell.formula = text;
    cell.value = evaluateFormula(text);
  }

  /** Removes values and formulas, keeping formats, notes and validation. */
  clearContent(): Range {
    assertMayEdit(this.ctx, this.sheetModel, this.rect);
    this.eachCell((_r, _c, cell) => {
      if (cell) clearContent(cell);
    });
    return this.sub(this.rect);
  }

  /** `clear()` removes contents and formats; `clear(options)` what the options say (all by default). */
  clear(options?: ClearOptions): Range {
    assertMayEdit(this.ctx, this.sheetModel, this.rect);
    const o = options ?? { contentsOnly: true, formatOnly: true };
    const all = !o.commentsOnly && !o.contentsOnly && !o.formatOnly && !o.validationsOnly;
    this.eachCell((_r, _c, cell) => {
      if (!cell) return;
      if (all || o.contentsOnly) clearContent(cell);
      if (all || o.formatOnly) clearFormat(cell);
      if (all || o.commentsOnly) delete cell.note;
      if (all || o.validationsOnly) delete cell.validation;
    });
    return this.sub(this.rect);
  }

  clearFormat(): Range {
    return this.clear({ formatOnly: true });
  }

  clearNote(): Range {
    return this.clear({ commentsOnly: true });
  }

  getNote(): string {
    return this.sheetModel.cell(this.rect.row, this.rect.column)?.note ?? '';
  }

  getNotes(): string[][] {
    return this.grid((cell) => cell?.note ?? '');
  }

  /** Sets the note of every cell; '' or null removes it. */
  setNote(note: string | null): Range {
    this.eachCellForWrite((cell) => {
      if (note === null || note === '') delete cell.note;
      else cell.note = String(note);
    });
    return this.sub(this.rect);
  }

  setNotes(notes: (string | null)[][]): Range {
    this.eachCellForWrite((cell, r, c) => {
      const note = notes[r]?.[c];
      if (note === null || note === undefined || note === '') delete cell.note;
      else cell.note = String(note);
    });
    return this.sub(this.rect);
  }

  /** Checkbox validation on every cell, and every value set to false (Range.insertCheckboxes docs). */
  insertCheckboxes(): Range {
    assertMayEdit(this.ctx, this.sheetModel, this.rect);
    const rule = new DataValidationBuilder().requireCheckbox().build();
    this.eachCellForWrite((cell) => {
      clearContent(cell);
      cell.value = false;
      cell.validation = rule;
    });
    return this.sub(this.rect);
  }

  removeCheckboxes(): Range {
    this.eachCell((_r, _c, cell) => {
      if (cell?.validation?.getCriteriaType() === 'CHECKBOX') {
        delete cell.validation;
        clearContent(cell);
      }
    });
    return this.sub(this.rect);
  }

  check(): Range {
    return this.setValue(true);
  }

  uncheck(): Range {
    return this.setValue(false);
  }

  /** True if every checkbox is checked, false if none, null when mixed or not all checkboxes. */
  isChecked(): boolean | null {
    const states = new Set<unknown>();
    let allBoxes = true;
    this.eachCell((_r, _c, cell) => {
      if (cell?.validation?.getCriteriaType() !== 'CHECKBOX') allBoxes = false;
      states.add(cell?.value === true);
    });
    return allBoxes && states.size === 1 ? states.has(true) : null;
  }
}

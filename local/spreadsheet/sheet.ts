// Sheet, the class SpreadsheetApp hands out: ranges, rows of data, clearing, sorting, protection,
// conditional formats, find/replace and charts (structure lives in SheetStructure).
import { GasException, signatureError } from '../runtime/errors';
import { type GridRect, parseA1, resolveA1 } from './a1';
import { EmbeddedChart, EmbeddedChartBuilder } from './chart';
import { type ConditionalFormatRule, rulesOf } from './conditional';
import { makeRange, wrappers } from './context';
import { assertMayEdit, type Protection, protectionsOf, protectSheet } from './protection';
import type { Range } from './range';
import { MAX_CELL_CHARACTERS } from './range-content';
import { checkRect } from './range-geometry';
import { SheetStructure } from './sheet-structure';
import { sortRect } from './sort';
import { TextFinder } from './text-finder';

/** A tab of a spreadsheet (Apps Script Sheet). */
export class Sheet extends SheetStructure {
  /** getRange(row, column[, numRows[, numColumns]]) or getRange(a1Notation). */
  getRange(first: unknown, column?: unknown, numRows?: unknown, numColumns?: unknown): Range {
    if (typeof first === 'string') return this.rangeOfA1(first);
    if (typeof first !== 'number' || typeof column !== 'number') {
      throw signatureError(
        [first, column, numRows, numColumns].filter((a) => a !== undefined),
        'SpreadsheetApp.Sheet.getRange',
      );
    }
    const rect: GridRect = {
      row: first,
      column,
      numRows: typeof numRows === 'number' ? numRows : 1,
      numColumns: typeof numColumns === 'number' ? numColumns : 1,
    };
    checkRect(this.model, rect);
    return makeRange(this.ctx, this.model, rect);
  }

  private rangeOfA1(a1: string): Range {
    const ref = parseA1(a1);
    // Wording UNCONFIRMED ("Range not found" is what Apps Script users report for bad A1 strings).
    if (!ref || (ref.sheetName !== null && ref.sheetName !== this.model.name))
      throw new GasException('Range not found');
    const rect = resolveA1(ref, this.model.maxRows, this.model.maxColumns);
    checkRect(this.model, rect);
    return makeRange(this.ctx, this.model, rect);
  }

  /** A1 to (last row, last column) with content; A1 alone on an empty sheet. */
  getDataRange(): Range {
    const rect = {
      row: 1,
      column: 1,
      numRows: Math.max(1, this.model.lastRow()),
      numColumns: Math.max(1, this.model.lastColumn()),
    };
    return makeRange(this.ctx, this.model, rect);
  }

  /** Last row with content; 0 on an empty sheet. */
  getLastRow(): number {
    return this.model.lastRow();
  }

  getLastColumn(): number {
    return this.model.lastColumn();
  }

  getSheetValues(startRow: number, startColumn: number, numRows: number, numColumns: number): unknown[][] {
    return this.getRange(startRow, startColumn, numRows, numColumns).getValues();
  }

  /** Writes after the last row with content, growing the sheet if full; strings are read as typed. */
  appendRow(rowContents: unknown): Sheet {
    if (!Array.isArray(rowContents)) throw signatureError([rowContents], 'SpreadsheetApp.Sheet.appendRow');
    for (const v of rowContents) {
      if (typeof v === 'string' && v.length > MAX_CELL_CHARACTERS) {
        throw new GasException(
          `Your input contains more than the maximum of ${MAX_CELL_CHARACTERS} characters in a single cell.`,
        );
      }
    }
    const row = this.model.lastRow() + 1;
    assertMayEdit(this.ctx, this.model, {
      row,
      column: 1,
      numRows: 1,
      numColumns: Math.max(1, rowContents.length),
    });
    this.model.appendRow(rowContents);
    return this.self();
  }

  private whole(): Range {
    return makeRange(this.ctx, this.model, {
      row: 1,
      column: 1,
      numRows: this.model.maxRows,
      numColumns: this.model.maxColumns,
    });
  }

  /** Clears contents and formats (or what the options say). */
  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean }): Sheet {
    this.whole().clear(options ?? { contentsOnly: true, formatOnly: true });
    return this.self();
  }

  clearContents(): Sheet {
    this.whole().clearContent();
    return this.self();
  }

  clearFormats(): Sheet {
    this.whole().clearFormat();
    return this.self();
  }

  clearNotes(): Sheet {
    this.whole().clearNote();
    return this.self();
  }

  /** Sorts the rows below the frozen rows by one column. */
  sort(columnPosition: number, ascending = true): Sheet {
    const first = this.model.frozenRows + 1;
    const last = this.model.lastRow();
    if (last >= first) {
      const rect = {
        row: first,
        column: 1,
        numRows: last - first + 1,
        numColumns: Math.max(1, this.model.lastColumn()),
      };
      sortRect(this.model, rect, [{ column: columnPosition, ascending: ascending !== false }]);
    }
    return this.self();
  }

  /** The sheet's protection; the existing one if the sheet is already protected. */
  protect(): Protection {
    return protectSheet(this.ctx, this.model);
  }

  getProtections(type: unknown): Protection[] {
    return protectionsOf(this.ctx, this.model, type);
  }

  getConditionalFormatRules(): ConditionalFormatRule[] {
    return rulesOf(this.ctx, this.model);
  }

  /** Replaces all of the sheet's rules. */
  setConditionalFormatRules(rules: ConditionalFormatRule[]): void {
    if (!Array.isArray(rules))
      throw signatureError([rules], 'SpreadsheetApp.Sheet.setConditionalFormatRules');
    this.model.conditionalRules = rules.map((r) => ({
      ...r.data,
      rects: r.data.rects.map((x) => ({ ...x })),
    }));
  }

  clearConditionalFormatRules(): void {
    this.model.conditionalRules = [];
  }

  createTextFinder(findText: string): TextFinder {
    const places = () => [...this.model.cells()].map(([row, column]) => ({ sheet: this.model, row, column }));
    return new TextFinder(this.ctx, places, String(findText));
  }

  newChart(): EmbeddedChartBuilder {
    return new EmbeddedChartBuilder(this.ctx, this.model);
  }

  insertChart(chart: EmbeddedChart): void {
    this.model.charts.push({ ...chart.data, rects: [...chart.data.rects] });
  }

  /** Replaces the chart with the same id. */
  updateChart(chart: EmbeddedChart): void {
    const at = this.model.charts.findIndex((c) => c.chartId === chart.data.chartId);
    if (at >= 0) this.model.charts[at] = { ...chart.data, rects: [...chart.data.rects] };
  }

  removeChart(chart: EmbeddedChart): void {
    this.model.charts = this.model.charts.filter((c) => c.chartId !== chart.data.chartId);
  }

  getCharts(): EmbeddedChart[] {
    return this.model.charts.map((c) => new EmbeddedChart(this.ctx, this.model, c));
  }
}

wrappers.sheet = (ctx, model) => new Sheet(ctx, model);

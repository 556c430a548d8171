// What every SpreadsheetApp wrapper object carries, and a registry that breaks import cycles between them.
import type { Execution } from '../runtime/execution';
import type { GridRect } from './a1';
import type { Range } from './range';
import type { Sheet } from './sheet';
import type { SheetModel } from './sheet-model';
import type { Spreadsheet } from './spreadsheet';
import type { SpreadsheetModel } from './spreadsheet-model';
import type { SpreadsheetStore } from './store';

/** The store and the execution a wrapper acts for (the execution's user decides protection checks). */
export interface FakeContext {
  readonly store: SpreadsheetStore;
  readonly execution: Execution | undefined;
}

/** Constructors of the wrapper classes, filled in by their own files (they refer to each other). */
export const wrappers: {
  range?: (ctx: FakeContext, sheet: SheetModel, rect: GridRect) => Range;
  sheet?: (ctx: FakeContext, model: SheetModel) => Sheet;
  spreadsheet?: (ctx: FakeContext, model: SpreadsheetModel) => Spreadsheet;
} = {};

/** A Range wrapper for a rectangle of a sheet. */
export function makeRange(ctx: FakeContext, sheet: SheetModel, rect: GridRect): Range {
  return wrappers.range!(ctx, sheet, rect);
}

/** A Sheet wrapper. */
export function makeSheet(ctx: FakeContext, model: SheetModel): Sheet {
  return wrappers.sheet!(ctx, model);
}

/** A Spreadsheet wrapper. */
export function makeSpreadsheet(ctx: FakeContext, model: SpreadsheetModel): Spreadsheet {
  return wrappers.spreadsheet!(ctx, model);
}

/** The spreadsheet a sheet belongs to (sheets only know their parent through the SheetParent port). */
export function spreadsheetOf(sheet: SheetModel): SpreadsheetModel {
  return sheet.parent as SpreadsheetModel;
}

// The in-memory spreadsheet: its sheets in tab order, time zone, named ranges, editors and selection.
import { randomInt } from 'node:crypto';
import { type GridRect, parseA1, resolveA1 } from './a1';
import { type Axis, type NamedRangeData, shiftRect } from './attachments';
import { SheetModel } from './sheet-model';

/** The selection a spreadsheet remembers for `getActiveSheet`/`getActiveRange`. */
export interface Selection {
  sheetId: number;
  rect: GridRect;
}

/** One spreadsheet (a Drive file). Other fakes may use it directly, without the Apps Script wrappers. */
export class SpreadsheetModel {
  timeZone = 'Europe/London';
  locale = 'en_GB';
  readonly sheets: SheetModel[] = [];
  readonly namedRanges: NamedRangeData[] = [];
  /** Editors' e-mail addresses; the owner is always first. */
  readonly editors: string[];
  /** The sheet `getActiveSheet` returns and the range `getActiveRange` returns (A1 of it unless set). */
  selection: Selection | null = null;
  /** File name (without folder) this spreadsheet is saved as in `spreadsheets/`. */
  file: string | undefined;
  /** Workbook-level .xlsx features the fake does not model (defined names), written back as read. */
  xlsxExtras: Record<string, unknown> = {};

  constructor(
    readonly id: string,
    public name: string,
    readonly owner: string,
    private readonly clock: () => Date,
  ) {
    this.editors = [owner];
  }

  now(): Date {
    return this.clock();
  }

  /** The leftmost sheet with this name, as `getSheetByName` finds it. */
  sheetByName(name: string): SheetModel | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  sheetById(sheetId: number): SheetModel | undefined {
    return this.sheets.find((s) => s.sheetId === sheetId);
  }

  /** Adds a sheet at `index` (0-based; default last) and makes it active, as `insertSheet` does. */
  insertSheet(name: string, index = this.sheets.length, sheetId?: number): SheetModel {
    const id = sheetId ?? (this.sheets.length === 0 ? 0 : this.freshSheetId());
    const sheet = new SheetModel(this, name, id);
    this.sheets.splice(Math.max(0, Math.min(index, this.sheets.length)), 0, sheet);
    this.activate(sheet);
    return sheet;
  }

  /** Removes a sheet and what referred to it; the first sheet becomes active if it was. */
  deleteSheet(sheet: SheetModel): void {
    const at = this.sheets.indexOf(sheet);
    if (at < 0) return;
    this.sheets.splice(at, 1);
    for (let i = this.namedRanges.length - 1; i >= 0; i--) {
      if (this.namedRanges[i]!.sheetId === sheet.sheetId) this.namedRanges.splice(i, 1);
    }
    if (this.selection?.sheetId === sheet.sheetId) this.selection = null;
  }

  /** The active sheet: the last inserted or activated one, else the first. */
  activeSheet(): SheetModel | undefined {
    const id = this.selection?.sheetId;
    return (id === undefined ? undefined : this.sheetById(id)) ?? this.sheets[0];
  }

  /** The active range: the selection, else A1 of the active sheet. */
  activeRect(): GridRect {
    return this.selection?.rect ?? { row: 1, column: 1, numRows: 1, numColumns: 1 };
  }

  /** Makes a sheet active with its A1 selected (what `Sheet.activate` does). */
  activate(sheet: SheetModel, rect?: GridRect): void {
    this.selection = {
      sheetId: sheet.sheetId,
      rect: rect ?? { row: 1, column: 1, numRows: 1, numColumns: 1 },
    };
  }

  /** Test helper: selects `a1` on a sheet, as if the user had clicked there. */
  setActiveRange(sheetName: string, a1: string): void {
    const sheet = this.sheetByName(sheetName);
    const ref = parseA1(a1);
    if (!sheet || !ref) throw new Error(`No sheet "${sheetName}" or bad A1 "${a1}".`);
    this.activate(sheet, resolveA1(ref, sheet.maxRows, sheet.maxColumns));
  }

  /** Called by a sheet when rows or columns move, so named ranges on it follow. */
  shifted(sheet: SheetModel, axis: Axis, at: number, delta: number): void {
    for (let i = this.namedRanges.length - 1; i >= 0; i--) {
      const named = this.namedRanges[i]!;
      if (named.sheetId !== sheet.sheetId) continue;
      const moved = shiftRect(named.rect, axis, at, delta);
      if (moved) named.rect = moved;
      else this.namedRanges.splice(i, 1);
    }
  }

  private freshSheetId(): number {
    let id = randomInt(1, 2_000_000_000);
    while (this.sheetById(id)) id = randomInt(1, 2_000_000_000);
    return id;
  }
}

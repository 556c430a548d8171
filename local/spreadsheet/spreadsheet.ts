// Spreadsheet, the class SpreadsheetApp hands out: sheets, ranges by A1 or name, time zone, toasts,
// selection, protections and editors.
import { GasException, signatureError } from '../runtime/errors';
import { parseA1 } from './a1';
import { type FakeContext, makeRange, makeSheet, wrappers } from './context';
import { NamedRange } from './named-range';
import { type Protection, protectionsOf, User } from './protection';
import type { Range } from './range';
import type { Sheet } from './sheet';
import { duplicateSheetName } from './sheet-structure';
import type { SpreadsheetModel } from './spreadsheet-model';
import { TextFinder } from './text-finder';
import { isKnownTimeZone } from './timezone';

/** A spreadsheet file (Apps Script Spreadsheet). */
export class Spreadsheet {
  constructor(
    private readonly ctx: FakeContext,
    /** The model behind this wrapper (for other fakes; not an Apps Script method). */
    readonly model: SpreadsheetModel,
  ) {}

  getId(): string {
    return this.model.id;
  }

  getName(): string {
    return this.model.name;
  }

  rename(newName: string): void {
    this.model.name = String(newName);
  }

  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this.model.id}/edit`;
  }

  getSheets(): Sheet[] {
    return this.model.sheets.map((s) => makeSheet(this.ctx, s));
  }

  getNumSheets(): number {
    return this.model.sheets.length;
  }

  /** The leftmost sheet with this name, or null. */
  getSheetByName(name: string): Sheet | null {
    const sheet = this.model.sheetByName(String(name));
    return sheet ? makeSheet(this.ctx, sheet) : null;
  }

  getSheetById(id: number): Sheet | null {
    const sheet = this.model.sheetById(Number(id));
    return sheet ? makeSheet(this.ctx, sheet) : null;
  }

  /** insertSheet(), insertSheet(index), insertSheet(name), insertSheet(name, index); the new sheet becomes active. */
  insertSheet(nameOrIndex?: unknown, index?: unknown): Sheet {
    let name = typeof nameOrIndex === 'string' ? nameOrIndex : undefined;
    const at = typeof nameOrIndex === 'number' ? nameOrIndex : typeof index === 'number' ? index : undefined;
    if (nameOrIndex !== undefined && typeof nameOrIndex !== 'string' && typeof nameOrIndex !== 'number') {
      throw signatureError([nameOrIndex], 'SpreadsheetApp.Spreadsheet.insertSheet');
    }
    if (name !== undefined && this.model.sheetByName(name)) throw duplicateSheetName(name);
    if (name === undefined) {
      let n = this.model.sheets.length + 1;
      while (this.model.sheetByName(`Sheet${n}`)) n += 1;
      name = `Sheet${n}`;
    }
    return makeSheet(this.ctx, this.model.insertSheet(name, at));
  }

  deleteSheet(sheet: Sheet): void {
    // Wording UNCONFIRMED.
    if (this.model.sheets.length <= 1)
      throw new GasException("You can't remove all the sheets in a document.");
    this.model.deleteSheet(sheet.model);
  }

  /** getRange('Sheet!A1:B2'), or A1 on the active sheet. */
  getRange(a1Notation: string): Range {
    const ref = parseA1(String(a1Notation));
    const sheet = ref?.sheetName ? this.model.sheetByName(ref.sheetName) : this.model.activeSheet();
    if (!ref || !sheet) throw new GasException('Range not found');
    return makeSheet(this.ctx, sheet).getRange(a1Notation.slice(a1Notation.lastIndexOf('!') + 1));
  }

  getRangeByName(name: string): Range | null {
    const named = this.model.namedRanges.find((n) => n.name === name);
    const sheet = named && this.model.sheetById(named.sheetId);
    return named && sheet ? makeRange(this.ctx, sheet, named.rect) : null;
  }

  /** Names a range (replacing an existing range of that name). */
  setNamedRange(name: string, range: Range): void {
    const data = { name: String(name), sheetId: range.sheetModel.sheetId, rect: { ...range.rect } };
    const at = this.model.namedRanges.findIndex((n) => n.name === name);
    if (at >= 0) this.model.namedRanges[at] = data;
    else this.model.namedRanges.push(data);
  }

  getNamedRanges(): NamedRange[] {
    return this.model.namedRanges.map((n) => new NamedRange(this.ctx, this.model, n));
  }

  removeNamedRange(name: string): void {
    const at = this.model.namedRanges.findIndex((n) => n.name === name);
    if (at >= 0) this.model.namedRanges.splice(at, 1);
  }

  getSpreadsheetTimeZone(): string {
    return this.model.timeZone;
  }

  setSpreadsheetTimeZone(timezone: string): void {
    if (!isKnownTimeZone(String(timezone))) throw new GasException(`Invalid argument: timezone`);
    this.model.timeZone = String(timezone);
  }

  getSpreadsheetLocale(): string {
    return this.model.locale;
  }

  /** Shows a toast (recorded in the store); a null timeout means 5 seconds. */
  toast(msg: string, title?: string, timeoutSeconds?: number | null): void {
    this.ctx.store.toasts.push({
      spreadsheetId: this.model.id,
      message: String(msg),
      title: title === undefined || title === null ? '' : String(title),
      timeoutSeconds: timeoutSeconds === undefined || timeoutSeconds === null ? 5 : timeoutSeconds,
    });
  }

  getActiveSheet(): Sheet {
    return makeSheet(this.ctx, this.model.activeSheet()!);
  }

  setActiveSheet(sheet: Sheet): Sheet {
    this.model.activate(sheet.model);
    return makeSheet(this.ctx, sheet.model);
  }

  getActiveRange(): Range {
    return makeRange(this.ctx, this.model.activeSheet()!, this.model.activeRect());
  }

  setActiveRange(range: Range): Range {
    this.model.activate(range.sheetModel, { ...range.rect });
    return range;
  }

  setActiveSelection(a1OrRange: unknown): Range {
    const range = typeof a1OrRange === 'string' ? this.getRange(a1OrRange) : (a1OrRange as Range);
    return this.setActiveRange(range);
  }

  getDataRange(): Range {
    return this.getActiveSheet().getDataRange();
  }

  getLastRow(): number {
    return this.getActiveSheet().getLastRow();
  }

  getLastColumn(): number {
    return this.getActiveSheet().getLastColumn();
  }

  appendRow(rowContents: unknown[]): Sheet {
    return this.getActiveSheet().appendRow(rowContents);
  }

  /** Protections of one type across every sheet. */
  getProtections(type: unknown): Protection[] {
    return this.model.sheets.flatMap((s) => protectionsOf(this.ctx, s, type));
  }

  getEditors(): User[] {
    return this.model.editors.map((e) => new User(e));
  }

  getOwner(): User {
    return new User(this.model.owner);
  }

  addEditor(user: unknown): Spreadsheet {
    const email = user instanceof User ? user.getEmail() : String(user);
    if (!this.model.editors.includes(email)) this.model.editors.push(email);
    return this;
  }

  addEditors(users: unknown[]): Spreadsheet {
    for (const u of users) this.addEditor(u);
    return this;
  }

  removeEditor(user: unknown): Spreadsheet {
    const email = user instanceof User ? user.getEmail() : String(user);
    const at = this.model.editors.indexOf(email);
    if (at >= 0 && email !== this.model.owner) this.model.editors.splice(at, 1);
    return this;
  }

  createTextFinder(findText: string): TextFinder {
    const places = () =>
      this.model.sheets.flatMap((sheet) =>
        [...sheet.cells()].map(([row, column]) => ({ sheet, row, column })),
      );
    return new TextFinder(this.ctx, places, String(findText));
  }
}

wrappers.spreadsheet = (ctx, model) => new Spreadsheet(ctx, model);

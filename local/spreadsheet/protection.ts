// Protected sheets and ranges (Apps Script Protection), and the check that blocks writes to them.
import { GasException } from '../runtime/errors';
import { type GridRect, rectsOverlap } from './a1';
import type { ProtectionData } from './attachments';
import { type FakeContext, makeRange, spreadsheetOf } from './context';
import type { Range } from './range';
import type { SheetModel } from './sheet-model';

/** SpreadsheetApp.ProtectionType. */
export const ProtectionType = { RANGE: 'RANGE', SHEET: 'SHEET' } as const;

/** A user as `getEditors()` lists them. */
export class User {
  constructor(private readonly email: string) {}

  getEmail(): string {
    return this.email;
  }
}

function emailOf(user: unknown): string {
  if (user instanceof User) return user.getEmail();
  return String(user);
}

/** A protection on a sheet or range. */
export class Protection {
  constructor(
    private readonly ctx: FakeContext,
    private readonly sheet: SheetModel,
    readonly data: ProtectionData,
  ) {}

  getProtectionType(): string {
    return this.data.kind;
  }

  getDescription(): string {
    return this.data.description;
  }

  setDescription(description: string): Protection {
    this.data.description = String(description);
    return this;
  }

  /** Warning-only: everyone may edit, after a warning; default false (Protection docs). */
  isWarningOnly(): boolean {
    return this.data.warningOnly;
  }

  setWarningOnly(warningOnly: boolean): Protection {
    this.data.warningOnly = Boolean(warningOnly);
    return this;
  }

  getEditors(): User[] {
    return this.data.editors.map((e) => new User(e));
  }

  addEditor(user: unknown): Protection {
    const email = emailOf(user);
    if (!this.data.editors.includes(email)) this.data.editors.push(email);
    return this;
  }

  addEditors(users: unknown[]): Protection {
    for (const u of users) this.addEditor(u);
    return this;
  }

  /** The owner cannot be removed: "the spreadsheet owner is always able to edit". */
  removeEditor(user: unknown): Protection {
    const email = emailOf(user);
    if (email === spreadsheetOf(this.sheet).owner) return this;
    this.data.editors = this.data.editors.filter((e) => e !== email);
    return this;
  }

  removeEditors(users: unknown[]): Protection {
    for (const u of users) this.removeEditor(u);
    return this;
  }

  canDomainEdit(): boolean {
    return this.data.domainEdit;
  }

  setDomainEdit(editable: boolean): Protection {
    this.data.domainEdit = Boolean(editable);
    return this;
  }

  /** Whether the execution's user may edit the protected cells. */
  canEdit(): boolean {
    return userMayEdit(this.sheet, this.data, this.ctx.execution?.user);
  }

  getRange(): Range {
    const rect = this.data.rect ?? {
      row: 1,
      column: 1,
      numRows: this.sheet.maxRows,
      numColumns: this.sheet.maxColumns,
    };
    return makeRange(this.ctx, this.sheet, rect);
  }

  getUnprotectedRanges(): Range[] {
    return this.data.unprotected.map((r) => makeRange(this.ctx, this.sheet, r));
  }

  /** Only for sheet protections: ranges left editable inside the protected sheet. */
  setUnprotectedRanges(ranges: Range[]): Protection {
    this.data.unprotected = ranges.map((r) => ({ ...r.rect }));
    return this;
  }

  remove(): void {
    this.sheet.protections = this.sheet.protections.filter((p) => p !== this.data);
  }
}

function userMayEdit(sheet: SheetModel, data: ProtectionData, user: string | undefined): boolean {
  if (user === undefined || data.warningOnly) return true;
  return user === spreadsheetOf(sheet).owner || data.editors.includes(user);
}

function covers(sheet: SheetModel, data: ProtectionData, rect: GridRect): boolean {
  if (data.rect) return rectsOverlap(data.rect, rect);
  const whole = { row: 1, column: 1, numRows: sheet.maxRows, numColumns: sheet.maxColumns };
  if (!rectsOverlap(whole, rect)) return false;
  // Fully inside one unprotected range: editable.
  return !data.unprotected.some(
    (u) =>
      rect.row >= u.row &&
      rect.column >= u.column &&
      rect.row + rect.numRows <= u.row + u.numRows &&
      rect.column + rect.numColumns <= u.column + u.numColumns,
  );
}

/**
 * Refuses a write by a user who may not edit a protected area it touches. Warning-only protections
 * never block scripts. Wording UNCONFIRMED (the editor's dialog text, widely quoted).
 */
export function assertMayEdit(ctx: FakeContext, sheet: SheetModel, rect: GridRect): void {
  const user = ctx.execution?.user;
  for (const p of sheet.protections) {
    if (!userMayEdit(sheet, p, user) && covers(sheet, p, rect)) {
      throw new GasException(
        'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.',
      );
    }
  }
}

/** Sheet.protect(): the sheet's existing protection, or a new one whose editors mirror the spreadsheet's. */
export function protectSheet(ctx: FakeContext, sheet: SheetModel): Protection {
  let data = sheet.protections.find((p) => p.kind === 'SHEET');
  if (!data) {
    data = newProtection(ctx, sheet, 'SHEET', null);
    sheet.protections.push(data);
  }
  return new Protection(ctx, sheet, data);
}

/** Range.protect(): a new range protection. */
export function protectRange(ctx: FakeContext, sheet: SheetModel, rect: GridRect): Protection {
  const data = newProtection(ctx, sheet, 'RANGE', { ...rect });
  sheet.protections.push(data);
  return new Protection(ctx, sheet, data);
}

function newProtection(
  ctx: FakeContext,
  sheet: SheetModel,
  kind: 'SHEET' | 'RANGE',
  rect: GridRect | null,
): ProtectionData {
  return {
    id: ctx.store.workspace.newId(),
    kind,
    rect,
    description: '',
    warningOnly: false,
    editors: [...spreadsheetOf(sheet).editors],
    domainEdit: false,
    unprotected: [],
  };
}

/** A sheet's protections of one type, as `getProtections(type)` lists them. */
export function protectionsOf(ctx: FakeContext, sheet: SheetModel, type: unknown): Protection[] {
  return sheet.protections.filter((p) => p.kind === String(type)).map((p) => new Protection(ctx, sheet, p));
}

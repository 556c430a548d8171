// TextFinder: find and replace over a range, a sheet or a whole spreadsheet.
import { type Cell, clearContent } from './cell';
import { type FakeContext, makeRange, spreadsheetOf } from './context';
import { displayValue } from './display';
import { evaluateFormula } from './formula';
import { assertMayEdit } from './protection';
import type { Range } from './range';
import type { SheetModel } from './sheet-model';

/** One searchable position. */
export interface Place {
  readonly sheet: SheetModel;
  readonly row: number;
  readonly column: number;
}

/**
 * Finds cells whose text matches; case-insensitive partial matching by default, formulas matched by
 * their displayed value, diacritics significant (TextFinder docs).
 */
export class TextFinder {
  private caseSensitive = false;
  private entireCell = false;
  private regex = false;
  private noDiacritics = false;
  private formulaText = false;
  private current = -1;

  constructor(
    private readonly ctx: FakeContext,
    private readonly places: () => Place[],
    private readonly findText: string,
  ) {}

  matchCase(matchCase: boolean): TextFinder {
    this.caseSensitive = Boolean(matchCase);
    return this;
  }

  matchEntireCell(entireCell: boolean): TextFinder {
    this.entireCell = Boolean(entireCell);
    return this;
  }

  useRegularExpression(useRegEx: boolean): TextFinder {
    this.regex = Boolean(useRegEx);
    return this;
  }

  ignoreDiacritics(ignore: boolean): TextFinder {
    this.noDiacritics = Boolean(ignore);
    return this;
  }

  matchFormulaText(formulaText: boolean): TextFinder {
    this.formulaText = Boolean(formulaText);
    return this;
  }

  /** Searching continues after this cell. */
  startFrom(range: Range): TextFinder {
    const all = this.places();
    this.current = all.findIndex(
      (p) => p.sheet === range.sheetModel && p.row === range.rect.row && p.column === range.rect.column,
    );
    return this;
  }

  findNext(): Range | null {
    const all = this.places();
    for (let i = this.current + 1; i < all.length; i++) {
      if (this.matches(all[i]!)) return this.found(all, i);
    }
    return null;
  }

  findPrevious(): Range | null {
    const all = this.places();
    const from = this.current < 0 ? all.length - 1 : this.current - 1;
    for (let i = from; i >= 0; i--) {
      if (this.matches(all[i]!)) return this.found(all, i);
    }
    return null;
  }

  /** Every matching cell, `[]` when none. */
  findAll(): Range[] {
    return this.places()
      .filter((p) => this.matches(p))
      .map((p) => this.rangeAt(p));
  }

  /** Replaces every occurrence in every matching cell; returns the number of occurrences replaced. */
  replaceAllWith(replaceText: string): number {
    let count = 0;
    for (const p of this.places()) count += this.replaceIn(p, String(replaceText));
    return count;
  }

  /** Replaces in the cell found last; returns the number of occurrences replaced there. */
  replaceWith(replaceText: string): number {
    const p = this.places()[this.current];
    return p ? this.replaceIn(p, String(replaceText)) : 0;
  }

  private found(all: Place[], i: number): Range {
    this.current = i;
    return this.rangeAt(all[i]!);
  }

  private rangeAt(p: Place): Range {
    return makeRange(this.ctx, p.sheet, { row: p.row, column: p.column, numRows: 1, numColumns: 1 });
  }

  private textOf(p: Place): string {
    const cell = p.sheet.cell(p.row, p.column);
    if (this.formulaText && cell?.formula) return cell.formula;
    return displayValue(cell, spreadsheetOf(p.sheet).timeZone);
  }

  private fold(text: string): string {
    return this.noDiacritics ? text.normalize('NFD').replace(/\p{M}/gu, '') : text;
  }

  private pattern(): RegExp {
    const source = this.regex
      ? this.fold(this.findText)
      : this.fold(this.findText).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const anchored = this.entireCell ? `^(?:${source})$` : source;
    return new RegExp(anchored, this.caseSensitive ? 'gu' : 'giu');
  }

  private matches(p: Place): boolean {
    const text = this.textOf(p);
    if (text === '' || this.findText === '') return false;
    return this.pattern().test(this.fold(text));
  }

  private replaceIn(p: Place, replaceText: string): number {
    if (!this.matches(p)) return 0;
    const text = this.fold(this.textOf(p));
    let count = 0;
    const replaced = text.replace(this.pattern(), (...args: unknown[]) => {
      count += 1;
      const groups = args.slice(1, -2).map((g) => (g === undefined ? '' : String(g)));
      return this.regex
        ? replaceText.replace(/\$(\d)/g, (_m, d: string) => groups[Number(d) - 1] ?? '')
        : replaceText;
    });
    assertMayEdit(this.ctx, p.sheet, { row: p.row, column: p.column, numRows: 1, numColumns: 1 });
    this.store(p.sheet.cell(p.row, p.column)!, p, replaced);
    return count;
  }

  private store(cell: Cell, p: Place, text: string): void {
    if (this.formulaText && cell.formula) {
      cell.formula = text;
      cell.value = evaluateFormula(text);
    } else if (typeof cell.value === 'string' && !cell.formula) {
      cell.value = text;
    } else {
      clearContent(cell);
      p.sheet.write(p.row, p.column, text);
    }
  }
}

/** Every position of a rectangle on a sheet, row by row. */
export function placesOf(
  sheet: SheetModel,
  row: number,
  column: number,
  numRows: number,
  numColumns: number,
): Place[] {
  const out: Place[] = [];
  for (let r = 0; r < numRows; r++) {
    for (let c = 0; c < numColumns; c++) out.push({ sheet, row: row + r, column: column + c });
  }
  return out;
}

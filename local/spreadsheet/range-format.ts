// Range, part 3: number formats, colours, fonts, wrapping, alignment and data validation.
import { GasException, signatureError } from '../runtime/errors';
import type { Cell } from './cell';
import type { Range } from './range';
import { RangeContent } from './range-content';
import { DataValidation } from './validation';

const NAMED_COLOURS: Record<string, string> = {
  black: '#000000',
  white: '#ffffff',
  red: '#ff0000',
  green: '#008000',
  blue: '#0000ff',
  yellow: '#ffff00',
  orange: '#ffa500',
  grey: '#808080',
  gray: '#808080',
};

/** Colours as Apps Script reports them: lower-case `#rrggbb`. */
export function normaliseColour(colour: string): string {
  const lower = colour.trim().toLowerCase();
  if (NAMED_COLOURS[lower]) return NAMED_COLOURS[lower];
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(lower);
  return short ? `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}` : lower;
}

type StyleKey =
  | 'numberFormat'
  | 'background'
  | 'fontColor'
  | 'fontWeight'
  | 'wrapStrategy'
  | 'horizontalAlignment';

/** Formats and validation of a range. */
export class RangeFormat extends RangeContent {
  private setStyle(key: StyleKey, value: string | null): Range {
    this.eachCellForWrite((cell) => {
      if (value === null) delete cell[key];
      else (cell as Record<StyleKey, string>)[key] = value;
    });
    return this.sub(this.rect);
  }

  private setStyles(key: StyleKey, values: unknown, method: string, map: (v: string) => string): Range {
    if (!Array.isArray(values) || values.length !== this.rect.numRows) throw signatureError([values], method);
    this.eachCellForWrite((cell, r, c) => {
      const v = (values as unknown[][])[r]?.[c];
      if (v === null || v === undefined) delete cell[key];
      else (cell as Record<StyleKey, string>)[key] = map(String(v));
    });
    return this.sub(this.rect);
  }

  private styleOf(key: StyleKey, cell: Cell | undefined, fallback: string): string {
    return cell?.[key] ?? fallback;
  }

  /** Sheets pattern, e.g. `@` (plain text), `dd/mm/yyyy`, `£#,##0.00`. */
  setNumberFormat(format: string): Range {
    return this.setStyle('numberFormat', String(format));
  }

  setNumberFormats(formats: unknown): Range {
    return this.setStyles('numberFormat', formats, 'SpreadsheetApp.Range.setNumberFormats', (v) => v);
  }

  /** The pattern of the top-left cell; `General` when none was set or inferred. */
  getNumberFormat(): string {
    return this.styleOf('numberFormat', this.sheetModel.cell(this.rect.row, this.rect.column), 'General');
  }

  getNumberFormats(): string[][] {
    return this.grid((cell) => this.styleOf('numberFormat', cell, 'General'));
  }

  setBackground(colour: string | null): Range {
    return this.setStyle('background', colour === null ? null : normaliseColour(colour));
  }

  setBackgrounds(colours: unknown): Range {
    return this.setStyles('background', colours, 'SpreadsheetApp.Range.setBackgrounds', normaliseColour);
  }

  getBackground(): string {
    return this.styleOf('background', this.sheetModel.cell(this.rect.row, this.rect.column), '#ffffff');
  }

  getBackgrounds(): string[][] {
    return this.grid((cell) => this.styleOf('background', cell, '#ffffff'));
  }

  setFontColor(colour: string | null): Range {
    return this.setStyle('fontColor', colour === null ? null : normaliseColour(colour));
  }

  getFontColor(): string {
    return this.styleOf('fontColor', this.sheetModel.cell(this.rect.row, this.rect.column), '#000000');
  }

  setFontWeight(weight: string | null): Range {
    if (weight !== null && weight !== 'bold' && weight !== 'normal') {
      throw new GasException(`Invalid argument: fontWeight`);
    }
    return this.setStyle('fontWeight', weight);
  }

  setFontWeights(weights: unknown): Range {
    return this.setStyles('fontWeight', weights, 'SpreadsheetApp.Range.setFontWeights', (v) => v);
  }

  getFontWeight(): string {
    return this.styleOf('fontWeight', this.sheetModel.cell(this.rect.row, this.rect.column), 'normal');
  }

  getFontWeights(): string[][] {
    return this.grid((cell) => this.styleOf('fontWeight', cell, 'normal'));
  }

  setWrap(wrap: boolean): Range {
    this.eachCellForWrite((cell) => {
      cell.wrap = Boolean(wrap);
      cell.wrapStrategy = wrap ? 'WRAP' : 'OVERFLOW';
    });
    return this.sub(this.rect);
  }

  /** `SpreadsheetApp.WrapStrategy.WRAP` / `OVERFLOW` / `CLIP`. */
  setWrapStrategy(strategy: string): Range {
    this.eachCellForWrite((cell) => {
      cell.wrapStrategy = String(strategy);
      cell.wrap = String(strategy) === 'WRAP';
    });
    return this.sub(this.rect);
  }

  getWrap(): boolean {
    return this.sheetModel.cell(this.rect.row, this.rect.column)?.wrap ?? false;
  }

  getWrapStrategy(): string {
    return this.styleOf('wrapStrategy', this.sheetModel.cell(this.rect.row, this.rect.column), 'OVERFLOW');
  }

  /** `left`, `center`, `right`, `normal` (or null to reset). */
  setHorizontalAlignment(alignment: string | null): Range {
    return this.setStyle('horizontalAlignment', alignment === null ? null : String(alignment).toLowerCase());
  }

  getHorizontalAlignment(): string {
    return this.styleOf(
      'horizontalAlignment',
      this.sheetModel.cell(this.rect.row, this.rect.column),
      'general',
    );
  }

  /**
   * Applies one rule to every cell (null removes). What a script write of an invalid value does under
   * `setAllowInvalid(false)` is UNCONFIRMED; the fake accepts it (scripts are not blocked in practice).
   */
  setDataValidation(rule: DataValidation | null): Range {
    if (rule !== null && !(rule instanceof DataValidation)) {
      throw signatureError([rule], 'SpreadsheetApp.Range.setDataValidation');
    }
    this.eachCellForWrite((cell) => {
      if (rule) cell.validation = rule;
      else delete cell.validation;
    });
    return this.sub(this.rect);
  }

  setDataValidations(rules: (DataValidation | null)[][]): Range {
    this.eachCellForWrite((cell, r, c) => {
      const rule = rules[r]?.[c] ?? null;
      if (rule) cell.validation = rule;
      else delete cell.validation;
    });
    return this.sub(this.rect);
  }

  getDataValidation(): DataValidation | null {
    return this.sheetModel.cell(this.rect.row, this.rect.column)?.validation ?? null;
  }

  getDataValidations(): (DataValidation | null)[][] {
    return this.grid((cell) => cell?.validation ?? null);
  }

  clearDataValidations(): Range {
    return this.setDataValidation(null);
  }
}

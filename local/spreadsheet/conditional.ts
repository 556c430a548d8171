// Conditional format rules: SpreadsheetApp.newConditionalFormatRule() and the rules sheets hold.
import { signatureError } from '../runtime/errors';
import type { GridRect } from './a1';
import type { ConditionalRuleData } from './attachments';
import { type FakeContext, makeRange } from './context';
import type { Range } from './range';
import { normaliseColour } from './range-format';
import type { SheetModel } from './sheet-model';

/** SpreadsheetApp.BooleanCriteria, the ones the builder supports. */
export const BooleanCriteria = {
  CELL_EMPTY: 'CELL_EMPTY',
  CELL_NOT_EMPTY: 'CELL_NOT_EMPTY',
  CUSTOM_FORMULA: 'CUSTOM_FORMULA',
  DATE_BEFORE: 'DATE_BEFORE',
  DATE_AFTER: 'DATE_AFTER',
  TEXT_EQUAL_TO: 'TEXT_EQUAL_TO',
  TEXT_CONTAINS: 'TEXT_CONTAINS',
  NUMBER_GREATER_THAN: 'NUMBER_GREATER_THAN',
  NUMBER_LESS_THAN: 'NUMBER_LESS_THAN',
} as const;

/** The condition and format of a rule (Apps Script BooleanCondition). */
export class BooleanCondition {
  constructor(private readonly data: ConditionalRuleData) {}

  getCriteriaType(): string {
    return this.data.condition.type;
  }

  getCriteriaValues(): unknown[] {
    return [...this.data.condition.values];
  }

  getBackground(): string | null {
    return this.data.format.background ?? null;
  }

  getFontColor(): string | null {
    return this.data.format.fontColor ?? null;
  }

  getBold(): boolean | null {
    return this.data.format.bold ?? null;
  }

  getItalic(): boolean | null {
    return this.data.format.italic ?? null;
  }
}

/** A built rule; its ranges resolve on the sheet that holds it. */
export class ConditionalFormatRule {
  constructor(
    readonly data: ConditionalRuleData,
    private readonly ranges: () => Range[],
  ) {}

  getRanges(): Range[] {
    return this.ranges();
  }

  getBooleanCondition(): BooleanCondition {
    return new BooleanCondition(this.data);
  }

  copy(): ConditionalFormatRuleBuilder {
    return new ConditionalFormatRuleBuilder(this.data, this.ranges());
  }
}

type Format = { -readonly [K in keyof ConditionalRuleData['format']]: ConditionalRuleData['format'][K] };

/** SpreadsheetApp.newConditionalFormatRule(). */
export class ConditionalFormatRuleBuilder {
  private condition: { type: string; values: unknown[] } = {
    type: BooleanCriteria.CELL_NOT_EMPTY,
    values: [],
  };
  private format: Format = {};
  private ranges: Range[] = [];

  constructor(data?: ConditionalRuleData, ranges: Range[] = []) {
    if (data) {
      this.condition = { type: data.condition.type, values: [...data.condition.values] };
      this.format = { ...data.format };
    }
    this.ranges = ranges;
  }

  private when(type: string, values: unknown[]): ConditionalFormatRuleBuilder {
    this.condition = { type, values };
    return this;
  }

  whenFormulaSatisfied(formula: string): ConditionalFormatRuleBuilder {
    return this.when(BooleanCriteria.CUSTOM_FORMULA, [String(formula)]);
  }

  whenTextEqualTo(text: string): ConditionalFormatRuleBuilder {
    return this.when(BooleanCriteria.TEXT_EQUAL_TO, [String(text)]);
  }

  whenTextContains(text: string): ConditionalFormatRuleBuilder {
    return this.when(BooleanCriteria.TEXT_CONTAINS, [String(text)]);
  }

  whenCellEmpty(): ConditionalFormatRuleBuilder {
    return this.when(BooleanCriteria.CELL_EMPTY, []);
  }

  whenCellNotEmpty(): ConditionalFormatRuleBuilder {
    return this.when(BooleanCriteria.CELL_NOT_EMPTY, []);
  }

  /** A Date, or a SpreadsheetApp.RelativeDate name such as 'TODAY'. */
  whenDateBefore(date: unknown): ConditionalFormatRuleBuilder {
    return this.when(BooleanCriteria.DATE_BEFORE, [date]);
  }

  whenDateAfter(date: unknown): ConditionalFormatRuleBuilder {
    return this.when(BooleanCriteria.DATE_AFTER, [date]);
  }

  whenNumberGreaterThan(n: number): ConditionalFormatRuleBuilder {
    return this.when(BooleanCriteria.NUMBER_GREATER_THAN, [n]);
  }

  whenNumberLessThan(n: number): ConditionalFormatRuleBuilder {
    return this.when(BooleanCriteria.NUMBER_LESS_THAN, [n]);
  }

  setBackground(colour: string | null): ConditionalFormatRuleBuilder {
    if (colour === null) delete this.format.background;
    else this.format.background = normaliseColour(colour);
    return this;
  }

  setFontColor(colour: string | null): ConditionalFormatRuleBuilder {
    if (colour === null) delete this.format.fontColor;
    else this.format.fontColor = normaliseColour(colour);
    return this;
  }

  setBold(bold: boolean | null): ConditionalFormatRuleBuilder {
    if (bold === null) delete this.format.bold;
    else this.format.bold = Boolean(bold);
    return this;
  }

  setItalic(italic: boolean | null): ConditionalFormatRuleBuilder {
    if (italic === null) delete this.format.italic;
    else this.format.italic = Boolean(italic);
    return this;
  }

  setRanges(ranges: Range[]): ConditionalFormatRuleBuilder {
    if (!Array.isArray(ranges)) throw signatureError([ranges], 'ConditionalFormatRuleBuilder.setRanges');
    this.ranges = [...ranges];
    return this;
  }

  build(): ConditionalFormatRule {
    const ranges = [...this.ranges];
    const data: ConditionalRuleData = {
      rects: ranges.map((r) => ({ ...r.rect })),
      condition: { type: this.condition.type, values: [...this.condition.values] },
      format: { ...this.format },
    };
    return new ConditionalFormatRule(data, () => ranges);
  }
}

/** The rules stored on a sheet, as `getConditionalFormatRules` returns them. */
export function rulesOf(ctx: FakeContext, sheet: SheetModel): ConditionalFormatRule[] {
  return sheet.conditionalRules.map(
    (data) =>
      new ConditionalFormatRule(data, () => data.rects.map((r: GridRect) => makeRange(ctx, sheet, r))),
  );
}

// The SpreadsheetApp global: open, create and find spreadsheets; builders; enums; the editor's Ui.
import { GasException } from '../runtime/errors';
import type { Ui } from '../ui/ui';
import { BooleanCriteria, ConditionalFormatRuleBuilder } from './conditional';
import { type FakeContext, makeRange, makeSpreadsheet } from './context';
import { ProtectionType } from './protection';
import type { Range } from './range';
import type { Sheet } from './sheet';
import type { Spreadsheet } from './spreadsheet';
import { DataValidationBuilder, DataValidationCriteria } from './validation';

/** SpreadsheetApp for one execution. */
export class SpreadsheetApp {
  readonly DataValidationCriteria = DataValidationCriteria;
  readonly ProtectionType = ProtectionType;
  readonly BooleanCriteria = BooleanCriteria;
  readonly Dimension = { COLUMNS: 'COLUMNS', ROWS: 'ROWS' } as const;
  readonly WrapStrategy = { WRAP: 'WRAP', OVERFLOW: 'OVERFLOW', CLIP: 'CLIP' } as const;
  readonly RelativeDate = {
    TODAY: 'TODAY',
    TOMORROW: 'TOMORROW',
    YESTERDAY: 'YESTERDAY',
    PAST_WEEK: 'PAST_WEEK',
    PAST_MONTH: 'PAST_MONTH',
    PAST_YEAR: 'PAST_YEAR',
  } as const;

  constructor(
    private readonly ctx: FakeContext,
    private readonly ui: () => Ui,
  ) {}

  /** The spreadsheet the script is bound to or opened in, or null. */
  getActiveSpreadsheet(): Spreadsheet | null {
    const id = this.ctx.execution?.activeSpreadsheetId;
    const model = id ? this.ctx.store.get(id) : undefined;
    return model ? makeSpreadsheet(this.ctx, model) : null;
  }

  getActive(): Spreadsheet | null {
    return this.getActiveSpreadsheet();
  }

  getActiveSheet(): Sheet | null {
    return this.getActiveSpreadsheet()?.getActiveSheet() ?? null;
  }

  getActiveRange(): Range | null {
    return this.getActiveSpreadsheet()?.getActiveRange() ?? null;
  }

  setActiveSheet(sheet: Sheet): Sheet {
    return sheet.activate();
  }

  setActiveRange(range: Range): Range {
    return range.activate();
  }

  openById(id: string): Spreadsheet {
    const model = this.ctx.store.get(String(id));
    // Wording UNCONFIRMED: the long-standing message for an id that cannot be opened.
    if (!model)
      throw new GasException(
        'Unexpected error while getting the method or property openById on object SpreadsheetApp.',
      );
    return makeSpreadsheet(this.ctx, model);
  }

  openByUrl(url: string): Spreadsheet {
    const id = /\/d\/([\w-]+)/.exec(String(url))?.[1];
    if (!id || !this.ctx.store.get(id)) throw new GasException('Invalid argument: url');
    return this.openById(id);
  }

  /** A new spreadsheet with one sheet `Sheet1` (optionally rows x columns), owned by the user. */
  create(name: string, rows?: number, columns?: number): Spreadsheet {
    const model = this.ctx.store.create(String(name), {
      owner: this.ctx.execution?.user ?? this.ctx.store.workspace.user,
    });
    const sheet = model.sheets[0]!;
    if (rows !== undefined) sheet.maxRows = rows;
    if (columns !== undefined) sheet.maxColumns = columns;
    return makeSpreadsheet(this.ctx, model);
  }

  /** Writes are applied at once in the fake, so there is nothing pending. */
  flush(): void {}

  getUi(): Ui {
    return this.ui();
  }

  newDataValidation(): DataValidationBuilder {
    return new DataValidationBuilder();
  }

  newConditionalFormatRule(): ConditionalFormatRuleBuilder {
    return new ConditionalFormatRuleBuilder();
  }
}

/** For other fakes: a Range of one spreadsheet's sheet for an execution (same class the global returns). */
export function rangeFor(
  ctx: FakeContext,
  spreadsheetId: string,
  sheetName: string,
  rect: { row: number; column: number; numRows: number; numColumns: number },
): Range {
  const sheet = ctx.store.get(spreadsheetId)?.sheetByName(sheetName);
  if (!sheet) throw new Error(`No sheet "${sheetName}" in spreadsheet ${spreadsheetId}.`);
  return makeRange(ctx, sheet, rect);
}

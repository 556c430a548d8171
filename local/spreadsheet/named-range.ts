// NamedRange: a name for a range of a spreadsheet (Spreadsheet.setNamedRange / getNamedRanges).
import type { NamedRangeData } from './attachments';
import { type FakeContext, makeRange } from './context';
import type { Range } from './range';
import type { SpreadsheetModel } from './spreadsheet-model';

/** One named range. */
export class NamedRange {
  constructor(
    private readonly ctx: FakeContext,
    private readonly spreadsheet: SpreadsheetModel,
    private readonly data: NamedRangeData,
  ) {}

  getName(): string {
    return this.data.name;
  }

  setName(name: string): NamedRange {
    this.data.name = String(name);
    return this;
  }

  getRange(): Range {
    const sheet = this.spreadsheet.sheetById(this.data.sheetId)!;
    return makeRange(this.ctx, sheet, this.data.rect);
  }

  setRange(range: Range): NamedRange {
    this.data.sheetId = range.sheetModel.sheetId;
    this.data.rect = { ...range.rect };
    return this;
  }

  remove(): void {
    const at = this.spreadsheet.namedRanges.indexOf(this.data);
    if (at >= 0) this.spreadsheet.namedRanges.splice(at, 1);
  }
}

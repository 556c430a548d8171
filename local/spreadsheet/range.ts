// Range, the class SpreadsheetApp hands out: geometry, content and formats (in its base classes),
// plus protection, find/replace and sorting.
import { GasException } from '../runtime/errors';
import { wrappers } from './context';
import { type Protection, protectRange } from './protection';
import { RangeFormat } from './range-format';
import { sortKeys, sortRect } from './sort';
import { placesOf, TextFinder } from './text-finder';

/** A rectangle of cells on a sheet (Apps Script Range). Coordinates are 1-based. */
export class Range extends RangeFormat {
  /** A new range protection for these cells. */
  protect(): Protection {
    return protectRange(this.ctx, this.sheetModel, this.rect);
  }

  createTextFinder(findText: string): TextFinder {
    const { row, column, numRows, numColumns } = this.rect;
    return new TextFinder(
      this.ctx,
      () => placesOf(this.sheetModel, row, column, numRows, numColumns),
      String(findText),
    );
  }

  /** Sorts the rows of the range: `sort(2)`, `sort({column: 2, ascending: false})` or an array of those. */
  sort(sortSpecObj: unknown): Range {
    const keys = sortKeys(sortSpecObj);
    for (const key of keys) {
      if (key.column < this.rect.column || key.column >= this.rect.column + this.rect.numColumns) {
        // UNCONFIRMED wording.
        throw new GasException(`Column ${key.column} is out of range for sorting.`);
      }
    }
    sortRect(this.sheetModel, this.rect, keys);
    return this;
  }
}

wrappers.range = (ctx, sheet, rect) => new Range(ctx, sheet, rect);

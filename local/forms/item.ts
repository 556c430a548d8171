// The generic Item that getItems() returns, cast to its typed item with asXxxItem().
import { GasException } from '../runtime/errors';
import { ItemBase } from './item-base';
import {
  type CheckboxItem,
  type DateItem,
  type ListItem,
  type MultipleChoiceItem,
  type PageBreakItem,
  type ParagraphTextItem,
  type SectionHeaderItem,
  type TextItem,
  typedItem,
} from './items';
import type { ItemTypeName } from './model';

/** `Item`: the generic item `getItems()` returns; cast with asXxxItem(). */
export class Item extends ItemBase {
  private cast<T extends ItemBase>(type: ItemTypeName, name: string): T {
    if (this.data.type !== type) {
      // Apps Script's exact wording is UNCONFIRMED.
      throw new GasException(
        `Item with ID ${this.data.id} is of type ${this.data.type} and cannot be cast to ${name}.`,
      );
    }
    return typedItem(this.context, this.data) as T;
  }

  asTextItem(): TextItem {
    return this.cast('TEXT', 'TextItem');
  }
  asParagraphTextItem(): ParagraphTextItem {
    return this.cast('PARAGRAPH_TEXT', 'ParagraphTextItem');
  }
  asMultipleChoiceItem(): MultipleChoiceItem {
    return this.cast('MULTIPLE_CHOICE', 'MultipleChoiceItem');
  }
  asCheckboxItem(): CheckboxItem {
    return this.cast('CHECKBOX', 'CheckboxItem');
  }
  asListItem(): ListItem {
    return this.cast('LIST', 'ListItem');
  }
  asDateItem(): DateItem {
    return this.cast('DATE', 'DateItem');
  }
  asSectionHeaderItem(): SectionHeaderItem {
    return this.cast('SECTION_HEADER', 'SectionHeaderItem');
  }
  asPageBreakItem(): PageBreakItem {
    return this.cast('PAGE_BREAK', 'PageBreakItem');
  }
}

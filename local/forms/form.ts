// Form: settings, items, destination and responses of one Google Form.
import { GasException, signatureError } from '../runtime/errors';
import type { FormContext } from './context';
import { syncResponseSheet } from './destination';
import { Item } from './item';
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
import type { ItemData, ItemTypeName } from './model';
import { FormResponse, itemDataOf } from './responses';
import { FormSettings } from './settings';

/** `Form`. Settings live in FormSettings; this class adds items, destination and responses. */
export class Form extends FormSettings {
  getItems(itemType?: ItemTypeName): Item[] {
    return this.form.items
      .filter((i) => itemType === undefined || i.type === itemType)
      .map((i) => new Item(this.context, i));
  }

  getItemById(id: number): Item | null {
    const data = this.form.items.find((i) => i.id === Number(id));
    return data ? new Item(this.context, data) : null;
  }

  deleteItem(itemOrIndex: unknown): void {
    const index = this.indexOf(itemOrIndex, 'FormApp.Form.deleteItem');
    this.form.items.splice(index, 1);
  }

  moveItem(itemOrIndex: unknown, toIndex: number): Item {
    const from = this.indexOf(itemOrIndex, 'FormApp.Form.moveItem');
    if (!Number.isInteger(toIndex) || toIndex < 0 || toIndex >= this.form.items.length) {
      throw new GasException(`Invalid argument: toIndex (${toIndex})`);
    }
    const [data] = this.form.items.splice(from, 1);
    this.form.items.splice(toIndex, 0, data!);
    return new Item(this.context, data!);
  }

  addTextItem(): TextItem {
    return this.add('TEXT') as TextItem;
  }
  addParagraphTextItem(): ParagraphTextItem {
    return this.add('PARAGRAPH_TEXT') as ParagraphTextItem;
  }
  addMultipleChoiceItem(): MultipleChoiceItem {
    return this.add('MULTIPLE_CHOICE') as MultipleChoiceItem;
  }
  addCheckboxItem(): CheckboxItem {
    return this.add('CHECKBOX') as CheckboxItem;
  }
  addListItem(): ListItem {
    return this.add('LIST') as ListItem;
  }
  addDateItem(): DateItem {
    return this.add('DATE') as DateItem;
  }
  addSectionHeaderItem(): SectionHeaderItem {
    return this.add('SECTION_HEADER') as SectionHeaderItem;
  }
  addPageBreakItem(): PageBreakItem {
    return this.add('PAGE_BREAK') as PageBreakItem;
  }

  /** Links a spreadsheet; Forms creates its "Form responses 1" sheet with headers at once. */
  setDestination(type: unknown, id: string): Form {
    if (type !== 'SPREADSHEET' || typeof id !== 'string') {
      throw signatureError([type, id], 'FormApp.Form.setDestination');
    }
    const sheet = syncResponseSheet(this.context.state.workspace, this.form, id);
    this.form.destination = { type: 'SPREADSHEET', id, sheetName: sheet.name };
    return this;
  }

  /** Throws when there is no destination (wording UNCONFIRMED). */
  getDestinationId(): string {
    return this.destination().id;
  }

  getDestinationType(): string {
    return this.destination().type;
  }

  removeDestination(): Form {
    this.form.destination = null;
    return this;
  }

  /** All responses, or those submitted at or after `timestamp`. */
  getResponses(timestamp?: unknown): FormResponse[] {
    if (timestamp !== undefined && !(timestamp instanceof Date)) {
      throw signatureError([timestamp], 'FormApp.Form.getResponses');
    }
    const from = timestamp instanceof Date ? timestamp.getTime() : Number.NEGATIVE_INFINITY;
    return this.form.responses
      .filter((r) => r.timestamp >= from)
      .map((r) => new FormResponse(this.context, r));
  }

  getResponse(responseId: string): FormResponse {
    const stored = this.form.responses.find((r) => r.id === responseId);
    if (!stored) throw new GasException(`No response with ID ${responseId} exists for this form.`);
    return new FormResponse(this.context, stored);
  }

  createResponse(): FormResponse {
    return new FormResponse(this.context);
  }

  deleteResponse(responseId: string): Form {
    this.getResponse(responseId);
    this.form.responses = this.form.responses.filter((r) => r.id !== responseId);
    return this;
  }

  /** Deletes stored responses; rows already in the destination sheet stay, as in Google Forms. */
  deleteAllResponses(): Form {
    this.form.responses = [];
    return this;
  }

  private add(type: ItemTypeName) {
    const data: ItemData = {
      id: this.context.state.newItemId(),
      type,
      title: '',
      helpText: '',
      required: false,
      choices: [],
      hasOtherOption: false,
      includesYear: true,
    };
    this.form.items.push(data);
    return typedItem(this.context, data);
  }

  private indexOf(itemOrIndex: unknown, method: string): number {
    const index =
      typeof itemOrIndex === 'number'
        ? itemOrIndex
        : this.form.items.indexOf(itemDataOf(itemOrIndex, method));
    if (!Number.isInteger(index) || index < 0 || index >= this.form.items.length) {
      throw new GasException(`Invalid argument: index (${String(itemOrIndex)})`);
    }
    return index;
  }

  private destination() {
    const destination = this.form.destination;
    if (!destination) throw new GasException('The form currently has no response destination.');
    return destination;
  }
}

/** A Form object for one execution. */
export function formObject(context: FormContext): Form {
  return new Form(context);
}

// Form items: the generic Item (with asXxxItem casts) and the typed question and layout items.
import { GasException, signatureError } from '../runtime/errors';
import { scriptState } from '../script';
import { wallClock } from '../script/zone';
import type { FormContext } from './context';
import { Choice, ItemBase } from './item-base';
import { type Answer, type ItemData, type ItemTypeName, LAYOUT_TYPES } from './model';
import { ItemResponse } from './responses';

/** Items that take an answer. */
abstract class QuestionItem extends ItemBase {
  isRequired(): boolean {
    return this.data.required;
  }

  setRequired(enabled: boolean): this {
    this.data.required = Boolean(enabled);
    return this;
  }

  protected respond(answer: Answer): ItemResponse {
    return new ItemResponse(this.context, this.data, answer);
  }
}

/** Items answered by picking from choices. */
abstract class ChoiceItem extends QuestionItem {
  createChoice(value: string): Choice {
    return new Choice(String(value));
  }

  setChoiceValues(values: unknown): this {
    if (!Array.isArray(values))
      throw signatureError([values], `FormApp.${this.constructor.name}.setChoiceValues`);
    this.data.choices = values.map(String);
    return this;
  }

  setChoices(choices: unknown): this {
    if (!Array.isArray(choices) || !choices.every((c) => c instanceof Choice)) {
      throw signatureError([choices], `FormApp.${this.constructor.name}.setChoices`);
    }
    this.data.choices = choices.map((c: Choice) => c.getValue());
    return this;
  }

  getChoices(): Choice[] {
    return this.data.choices.map((v) => new Choice(v));
  }

  /** "Throws an exception if the response argument does not match a valid choice ... unless showOtherOption". */
  protected checkChoice(value: string): void {
    if (this.data.choices.includes(value) || this.data.hasOtherOption) return;
    // Apps Script's exact wording is UNCONFIRMED.
    throw new GasException(`Invalid response submitted to item "${this.data.title}": ${value}`);
  }
}

/** `TextItem`: a one-line text question. */
export class TextItem extends QuestionItem {
  createResponse(response: string): ItemResponse {
    return this.respond(String(response));
  }
}

/** `ParagraphTextItem`: a multi-line text question. */
export class ParagraphTextItem extends QuestionItem {
  createResponse(response: string): ItemResponse {
    return this.respond(String(response));
  }
}

/** `MultipleChoiceItem`: pick one choice (or "Other" when shown). */
export class MultipleChoiceItem extends ChoiceItem {
  showOtherOption(enabled: boolean): MultipleChoiceItem {
    this.data.hasOtherOption = Boolean(enabled);
    return this;
  }

  hasOtherOption(): boolean {
    return this.data.hasOtherOption;
  }

  createResponse(response: string): ItemResponse {
    this.checkChoice(String(response));
    return this.respond(String(response));
  }
}

/** `CheckboxItem`: tick any choices; answers are String[]. */
export class CheckboxItem extends ChoiceItem {
  showOtherOption(enabled: boolean): CheckboxItem {
    this.data.hasOtherOption = Boolean(enabled);
    return this;
  }

  hasOtherOption(): boolean {
    return this.data.hasOtherOption;
  }

  createResponse(responses: unknown): ItemResponse {
    if (!Array.isArray(responses)) throw signatureError([responses], 'FormApp.CheckboxItem.createResponse');
    const values = responses.map(String);
    for (const value of values) this.checkChoice(value);
    return this.respond(values);
  }
}

/** `ListItem`: pick one choice from a drop-down. */
export class ListItem extends ChoiceItem {
  createResponse(response: string): ItemResponse {
    this.checkChoice(String(response));
    return this.respond(String(response));
  }
}

/** `DateItem`: a date question; answers read back as YYYY-MM-DD. */
export class DateItem extends QuestionItem {
  includesYear(): boolean {
    return this.data.includesYear;
  }

  setIncludesYear(enableYear: boolean): DateItem {
    this.data.includesYear = Boolean(enableYear);
    return this;
  }

  /**
   * Keeps the date and drops the time ("ignoring time fields") [developers.google.com/apps-script/
   * reference/forms/date-item#createResponse(Date)]; the date is read in the script's time zone.
   */
  createResponse(response: unknown): ItemResponse {
    if (!(response instanceof Date)) throw signatureError([response], 'FormApp.DateItem.createResponse');
    const zone = scriptState(this.context.state.workspace).scriptTimeZone;
    return this.respond(isoDate(response.getTime(), zone));
  }
}

/** 'YYYY-MM-DD' of an instant in a time zone: how ItemResponse.getResponse() shows a date answer. */
export function isoDate(ms: number, timeZone: string): string {
  const w = wallClock(ms, timeZone);
  return `${w.year}-${String(w.month).padStart(2, '0')}-${String(w.day).padStart(2, '0')}`;
}

/** `SectionHeaderItem`: a heading inside a page (layout, no answer). */
export class SectionHeaderItem extends ItemBase {}

/** `PageBreakItem`: starts a new page (layout, no answer). */
export class PageBreakItem extends ItemBase {}

const TYPED: Record<ItemTypeName, new (context: FormContext, data: ItemData) => ItemBase> = {
  TEXT: TextItem,
  PARAGRAPH_TEXT: ParagraphTextItem,
  MULTIPLE_CHOICE: MultipleChoiceItem,
  CHECKBOX: CheckboxItem,
  LIST: ListItem,
  DATE: DateItem,
  SECTION_HEADER: SectionHeaderItem,
  PAGE_BREAK: PageBreakItem,
};

/** The typed item object for stored item data (what `form.addTextItem()` etc. return). */
export function typedItem(context: FormContext, data: ItemData): ItemBase {
  return new TYPED[data.type](context, data);
}

/** True for items that take answers. */
export function isQuestion(data: ItemData): boolean {
  return !LAYOUT_TYPES.has(data.type);
}

// FormResponse and ItemResponse: answers being built by a script, or a submitted response read back.
import { GasException, signatureError } from '../runtime/errors';
import type { FormContext } from './context';
import { fireSubmitTriggers } from './fire';
import { Item } from './item';
import { type Answer, BLANK_WHEN_UNANSWERED, type ItemData, type ResponseData } from './model';
import { recordResponse } from './record';

/** `ItemResponse`: one item's answer. */
export class ItemResponse {
  constructor(
    private readonly context: FormContext,
    readonly item: ItemData,
    readonly answer: Answer,
  ) {}

  getItem(): Item {
    return new Item(this.context, this.item);
  }

  /** String for most items, String[] for checkbox items [M:reference/forms/ItemResponse.md]. */
  getResponse(): Answer {
    return Array.isArray(this.answer) ? [...this.answer] : this.answer;
  }
}

/** `FormResponse`: a draft until submit(), then a stored response. */
export class FormResponse {
  private readonly draft = new Map<number, Answer>();

  constructor(
    private readonly context: FormContext,
    private stored: ResponseData | null = null,
  ) {}

  /** Null until submitted [M:reference/forms/FormResponse.md]. */
  getId(): string | null {
    return this.stored?.id ?? null;
  }

  getTimestamp(): Date | null {
    return this.stored ? new Date(this.stored.timestamp) : null;
  }

  /** The respondent's address if the form collects emails; '' otherwise; null before submit. */
  getRespondentEmail(): string | null {
    return this.stored ? this.stored.respondentEmail : null;
  }

  /**
   * In form order. "If the form response does not contain a response for a given TextItem, DateItem,
   * TimeItem, or ParagraphTextItem, the ItemResponse returned for that item will have an empty string
   * as the response. If the form response omits a response for any other item type, this method
   * excludes that item" [M:reference/forms/FormResponse.md].
   */
  getItemResponses(): ItemResponse[] {
    const answers = this.answers();
    const out: ItemResponse[] = [];
    for (const item of this.context.form.items) {
      const answer = answers.get(item.id);
      if (answer !== undefined) out.push(new ItemResponse(this.context, item, answer));
      else if (BLANK_WHEN_UNANSWERED.has(item.type)) out.push(new ItemResponse(this.context, item, ''));
    }
    return out;
  }

  /** The answer to one item, by the same rule as getItemResponses(); null when there is none. */
  getResponseForItem(item: unknown): ItemResponse | null {
    const data = itemDataOf(item, 'FormApp.FormResponse.getResponseForItem');
    return this.getItemResponses().find((r) => r.item.id === data.id) ?? null;
  }

  /** Adds (or replaces) an item's answer on a response the script has not yet submitted. */
  withItemResponse(response: unknown): FormResponse {
    if (!(response instanceof ItemResponse))
      throw signatureError([response], 'FormApp.FormResponse.withItemResponse');
    if (this.stored) {
      // "cannot affect stored responses" [M:reference/forms/FormResponse.md]; wording UNCONFIRMED.
      throw new GasException('A submitted form response cannot be changed.');
    }
    if (!this.context.form.items.includes(response.item)) {
      throw new GasException('The item response is for an item of another form.');
    }
    this.draft.set(response.item.id, response.answer);
    return this;
  }

  /**
   * Stores the response (destination row included); its form-submit triggers fire when this execution
   * ends, as Apps Script runs them as separate executions. "Throws if already submitted".
   */
  submit(): FormResponse {
    if (this.stored) throw new GasException('This form response has already been submitted.');
    const { state, form, execution } = this.context;
    this.stored = recordResponse(state, form, this.draft, '', state.workspace.clock.now());
    const responseId = this.stored.id;
    execution?.onEnd(() => fireSubmitTriggers(state.workspace, form.id, responseId));
    return this;
  }

  getEditResponseUrl(): string {
    return `https://docs.google.com/forms/d/e/${this.context.form.publishedId}/viewform?edit2=${this.getId() ?? ''}`;
  }

  /** A link that opens the form with this response's answers filled in. */
  toPrefilledUrl(): string {
    const params = [...this.answers()].flatMap(([itemId, answer]) =>
      (Array.isArray(answer) ? answer : [answer]).map((v) => `entry.${itemId}=${encodeURIComponent(v)}`),
    );
    return `https://docs.google.com/forms/d/e/${this.context.form.publishedId}/viewform?usp=pp_url&${params.join('&')}`;
  }

  private answers(): Map<number, Answer> {
    if (!this.stored) return this.draft;
    return new Map(this.stored.answers.map((a) => [a.itemId, a.answer]));
  }
}

/** The item data behind an Item or typed item passed in by the bundle. */
export function itemDataOf(item: unknown, method: string): ItemData {
  if (item !== null && typeof item === 'object' && 'data' in item && 'getId' in item) {
    return (item as { data: ItemData }).data;
  }
  throw signatureError([item], method);
}

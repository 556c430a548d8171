// What every form item shares (id, title, help text, position), and the Choice of choice items.
import type { FormContext } from './context';
import type { ItemData, ItemTypeName } from './model';

/** `Choice`: one option of a multiple-choice, checkbox or list item. */
export class Choice {
  constructor(private readonly value: string) {}

  getValue(): string {
    return this.value;
  }

  isCorrectAnswer(): boolean {
    return false;
  }
}

/** What every item can do; typed subclasses add the rest. */
export abstract class ItemBase {
  constructor(
    protected readonly context: FormContext,
    readonly data: ItemData,
  ) {}

  getId(): number {
    return this.data.id;
  }

  getTitle(): string {
    return this.data.title;
  }

  setTitle(title: string): this {
    this.data.title = String(title);
    return this;
  }

  getHelpText(): string {
    return this.data.helpText;
  }

  setHelpText(text: string): this {
    this.data.helpText = String(text);
    return this;
  }

  getType(): ItemTypeName {
    return this.data.type;
  }

  /** Position among all the form's items, from 0. */
  getIndex(): number {
    return this.context.form.items.indexOf(this.data);
  }
}

// Card form inputs: text input, selection input and date picker; each needs a field name.
import { Action } from './actions';
import { type CardPart, compact, invalid, type Json, type JsonObject, part, text } from './json';

/** Fields every input shares: the name its value is submitted under, a title, an on-change action. */
abstract class Input implements CardPart {
  protected fieldName: string | undefined;
  protected title: string | undefined;
  protected onChange: Action | undefined;

  protected abstract readonly kind: string;

  protected name(value: unknown, method: string): void {
    this.fieldName = text(value, method);
  }

  protected label(value: unknown, method: string): void {
    this.title = text(value, method);
  }

  protected change(action: unknown, method: string): void {
    this.onChange = part(action, Action, method);
  }

  validate(): void {
    if (!this.fieldName) throw invalid(`${this.kind} must have a field name (setFieldName).`);
    this.onChange?.validate();
  }

  protected abstract fields(): Record<string, Json | undefined>;

  toJSON(): JsonObject {
    const key =
      this.kind === 'DatePicker' ? 'dateTimePicker' : this.kind[0]!.toLowerCase() + this.kind.slice(1);
    const common = { name: this.fieldName, label: this.title, onChangeAction: this.onChange?.toJSON() };
    return { [key]: compact({ ...common, ...this.fields() }) };
  }
}

/** CardService.TextInput. */
export class TextInput extends Input {
  protected readonly kind = 'TextInput';
  private hint: string | undefined;
  private value: string | undefined;
  private multiline: boolean | undefined;

  setFieldName(fieldName: string): TextInput {
    this.name(fieldName, 'CardService.TextInput.setFieldName');
    return this;
  }

  setTitle(title: string): TextInput {
    this.label(title, 'CardService.TextInput.setTitle');
    return this;
  }

  setHint(hint: string): TextInput {
    this.hint = text(hint, 'CardService.TextInput.setHint');
    return this;
  }

  setValue(value: string): TextInput {
    this.value = text(value, 'CardService.TextInput.setValue');
    return this;
  }

  setMultiline(multiline: boolean): TextInput {
    this.multiline = multiline === true;
    return this;
  }

  setOnChangeAction(action: Action): TextInput {
    this.change(action, 'CardService.TextInput.setOnChangeAction');
    return this;
  }

  protected fields(): Record<string, Json | undefined> {
    const type = this.multiline === undefined ? undefined : this.multiline ? 'MULTIPLE_LINE' : 'SINGLE_LINE';
    return { hintText: this.hint, value: this.value, type };
  }
}

/** CardService.SelectionInput: check boxes, radio buttons, a dropdown... */
export class SelectionInput extends Input {
  protected readonly kind = 'SelectionInput';
  private type: string | undefined;
  private readonly items: JsonObject[] = [];

  setFieldName(fieldName: string): SelectionInput {
    this.name(fieldName, 'CardService.SelectionInput.setFieldName');
    return this;
  }

  setTitle(title: string): SelectionInput {
    this.label(title, 'CardService.SelectionInput.setTitle');
    return this;
  }

  setType(type: string): SelectionInput {
    this.type = text(type, 'CardService.SelectionInput.setType');
    return this;
  }

  addItem(itemText: unknown, value: unknown, selected: boolean): SelectionInput {
    this.items.push({ text: String(itemText), value: String(value), selected: selected === true });
    return this;
  }

  setOnChangeAction(action: Action): SelectionInput {
    this.change(action, 'CardService.SelectionInput.setOnChangeAction');
    return this;
  }

  protected fields(): Record<string, Json | undefined> {
    return { type: this.type, items: this.items };
  }
}

/** CardService.DatePicker. */
export class DatePicker extends Input {
  protected readonly kind = 'DatePicker';
  private valueMs: number | undefined;

  setFieldName(fieldName: string): DatePicker {
    this.name(fieldName, 'CardService.DatePicker.setFieldName');
    return this;
  }

  setTitle(title: string): DatePicker {
    this.label(title, 'CardService.DatePicker.setTitle');
    return this;
  }

  setValueInMsSinceEpoch(valueMsEpoch: number | string): DatePicker {
    this.valueMs = Number(valueMsEpoch);
    return this;
  }

  setOnChangeAction(action: Action): DatePicker {
    this.change(action, 'CardService.DatePicker.setOnChangeAction');
    return this;
  }

  protected fields(): Record<string, Json | undefined> {
    return { type: 'DATE_ONLY', valueMsEpoch: this.valueMs };
  }
}

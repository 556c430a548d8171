// Card widgets: text, decorated text, buttons, inputs and dividers, each rendering to its JSON node.
import { Action, type Click, clickJson, OpenLink, validateClick } from './actions';
import { type CardPart, compact, invalid, type JsonObject, part, text } from './json';

/** CardService.TextParagraph. */
export class TextParagraph implements CardPart {
  private content: string | undefined;

  setText(value: string): TextParagraph {
    this.content = text(value, 'CardService.TextParagraph.setText');
    return this;
  }

  validate(): void {
    if (this.content === undefined) throw invalid('TextParagraph must have text (setText).');
  }

  toJSON(): JsonObject {
    return { textParagraph: compact({ text: this.content }) };
  }
}

/** CardService.TextButton: needs text and an action or a link. */
export class TextButton implements CardPart {
  private content: string | undefined;
  private click: Click | undefined;
  private style: string | undefined;
  private disabled: boolean | undefined;

  setText(value: string): TextButton {
    this.content = text(value, 'CardService.TextButton.setText');
    return this;
  }

  setOnClickAction(action: Action): TextButton {
    this.click = { action: part(action, Action, 'CardService.TextButton.setOnClickAction') };
    return this;
  }

  setOpenLink(openLink: OpenLink): TextButton {
    this.click = { openLink: part(openLink, OpenLink, 'CardService.TextButton.setOpenLink') };
    return this;
  }

  setTextButtonStyle(style: string): TextButton {
    this.style = style;
    return this;
  }

  setDisabled(disabled: boolean): TextButton {
    this.disabled = disabled === true;
    return this;
  }

  validate(): void {
    if (!this.content) throw invalid('TextButton must have text (setText).');
    if (!this.click)
      throw invalid('TextButton must have an action or a link (setOnClickAction or setOpenLink).');
    validateClick(this.click);
  }

  /** The button itself (inside a buttonList or another widget). */
  buttonJson(): JsonObject {
    return compact({
      text: this.content,
      onClick: this.click && clickJson(this.click),
      type: this.style,
      disabled: this.disabled,
    });
  }

  toJSON(): JsonObject {
    return { buttonList: { buttons: [this.buttonJson()] } };
  }
}

/** CardService.ButtonSet: buttons side by side. */
export class ButtonSet implements CardPart {
  private readonly buttons: TextButton[] = [];

  addButton(button: TextButton): ButtonSet {
    this.buttons.push(part(button, TextButton, 'CardService.ButtonSet.addButton'));
    return this;
  }

  validate(): void {
    if (this.buttons.length === 0) throw invalid('ButtonSet must have at least one button (addButton).');
    for (const b of this.buttons) b.validate();
  }

  toJSON(): JsonObject {
    return { buttonList: { buttons: this.buttons.map((b) => b.buttonJson()) } };
  }
}

/** CardService.DecoratedText: "setText" is required [M:reference/card-service/DecoratedText.md]. */
export class DecoratedText implements CardPart {
  private content: string | undefined;
  private topLabel: string | undefined;
  private bottomLabel: string | undefined;
  private wrapText: boolean | undefined;
  private click: Click | undefined;
  private button: TextButton | undefined;

  setText(value: string): DecoratedText {
    this.content = text(value, 'CardService.DecoratedText.setText');
    return this;
  }

  setTopLabel(value: string): DecoratedText {
    this.topLabel = text(value, 'CardService.DecoratedText.setTopLabel');
    return this;
  }

  setBottomLabel(value: string): DecoratedText {
    this.bottomLabel = text(value, 'CardService.DecoratedText.setBottomLabel');
    return this;
  }

  setWrapText(wrapText: boolean): DecoratedText {
    this.wrapText = wrapText === true;
    return this;
  }

  setOnClickAction(action: Action): DecoratedText {
    this.click = { action: part(action, Action, 'CardService.DecoratedText.setOnClickAction') };
    return this;
  }

  setOpenLink(openLink: OpenLink): DecoratedText {
    this.click = { openLink: part(openLink, OpenLink, 'CardService.DecoratedText.setOpenLink') };
    return this;
  }

  setButton(button: TextButton): DecoratedText {
    this.button = part(button, TextButton, 'CardService.DecoratedText.setButton');
    return this;
  }

  validate(): void {
    if (!this.content) throw invalid('DecoratedText must have text (setText).');
    if (this.click) validateClick(this.click);
    this.button?.validate();
  }

  toJSON(): JsonObject {
    return {
      decoratedText: compact({
        topLabel: this.topLabel,
        text: this.content,
        bottomLabel: this.bottomLabel,
        wrapText: this.wrapText,
        onClick: this.click && clickJson(this.click),
        button: this.button?.buttonJson(),
      }),
    };
  }
}

/** CardService.Divider. */
export class Divider implements CardPart {
  validate(): void {}

  toJSON(): JsonObject {
    return { divider: {} };
  }
}

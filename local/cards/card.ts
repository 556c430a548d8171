// Cards: header, sections of widgets, fixed footer, and the builder that validates them into a Card.
import { type CardPart, compact, invalid, type JsonObject, part, text } from './json';
import { TextButton } from './widgets';

/** CardService.CardHeader. */
export class CardHeader {
  private title: string | undefined;
  private subtitle: string | undefined;
  private imageUrl: string | undefined;
  private imageAltText: string | undefined;
  private imageStyle: string | undefined;

  setTitle(title: string): CardHeader {
    this.title = text(title, 'CardService.CardHeader.setTitle');
    return this;
  }

  setSubtitle(subtitle: string): CardHeader {
    this.subtitle = text(subtitle, 'CardService.CardHeader.setSubtitle');
    return this;
  }

  setImageUrl(imageUrl: string): CardHeader {
    this.imageUrl = text(imageUrl, 'CardService.CardHeader.setImageUrl');
    return this;
  }

  setImageAltText(altText: string): CardHeader {
    this.imageAltText = text(altText, 'CardService.CardHeader.setImageAltText');
    return this;
  }

  setImageStyle(style: string): CardHeader {
    this.imageStyle = style;
    return this;
  }

  validate(): void {
    if (!this.title) throw invalid('CardHeader must have a title (setTitle).');
  }

  toJSON(): JsonObject {
    return compact({
      title: this.title,
      subtitle: this.subtitle,
      imageUrl: this.imageUrl,
      imageAltText: this.imageAltText,
      imageType: this.imageStyle,
    });
  }
}

/** Widgets a section accepts: every builder here renders and validates itself. */
function isWidget(value: unknown): value is CardPart {
  const w = value as Partial<CardPart> | null;
  return (
    typeof w?.toJSON === 'function' && typeof w.validate === 'function' && !(value instanceof CardSection)
  );
}

/** CardService.CardSection. */
export class CardSection {
  private header: string | undefined;
  private collapsible: boolean | undefined;
  private uncollapsible: number | undefined;
  private readonly widgets: CardPart[] = [];

  setHeader(header: string): CardSection {
    this.header = text(header, 'CardService.CardSection.setHeader');
    return this;
  }

  addWidget(widget: CardPart): CardSection {
    if (!isWidget(widget)) throw invalid('CardSection.addWidget takes a widget (e.g. a TextParagraph).');
    this.widgets.push(widget);
    return this;
  }

  setCollapsible(collapsible: boolean): CardSection {
    this.collapsible = collapsible === true;
    return this;
  }

  setNumUncollapsibleWidgets(numUncollapsibleWidgets: number): CardSection {
    this.uncollapsible = Number(numUncollapsibleWidgets);
    return this;
  }

  validate(): void {
    if (this.widgets.length === 0) throw invalid('CardSection must have at least one widget (addWidget).');
    for (const w of this.widgets) w.validate();
  }

  toJSON(): JsonObject {
    return compact({
      header: this.header,
      collapsible: this.collapsible,
      uncollapsibleWidgetsCount: this.uncollapsible,
      widgets: this.widgets.map((w) => w.toJSON()),
    });
  }
}

/** CardService.FixedFooter: a primary and an optional secondary button. */
export class FixedFooter {
  private primary: TextButton | undefined;
  private secondary: TextButton | undefined;

  setPrimaryButton(button: TextButton): FixedFooter {
    this.primary = part(button, TextButton, 'CardService.FixedFooter.setPrimaryButton');
    return this;
  }

  setSecondaryButton(button: TextButton): FixedFooter {
    this.secondary = part(button, TextButton, 'CardService.FixedFooter.setSecondaryButton');
    return this;
  }

  validate(): void {
    if (!this.primary) throw invalid('FixedFooter must have a primary button (setPrimaryButton).');
    this.primary.validate();
    this.secondary?.validate();
  }

  toJSON(): JsonObject {
    return compact({
      primaryButton: this.primary?.buttonJson(),
      secondaryButton: this.secondary?.buttonJson(),
    });
  }
}

/** A built, validated card (CardService.Card); `printJson()` shows its JSON as Apps Script's does. */
export class Card {
  constructor(private readonly tree: JsonObject) {}

  printJson(): string {
    return JSON.stringify(this.tree, null, 2);
  }

  /** The rendered tree (a deep copy): for the local runtime and tests, not an Apps Script method. */
  toJSON(): JsonObject {
    return JSON.parse(JSON.stringify(this.tree)) as JsonObject;
  }
}

/** CardService.CardBuilder: `build()` validates the card and throws if it isn't valid. */
export class CardBuilder {
  private header: CardHeader | undefined;
  private name: string | undefined;
  private footer: FixedFooter | undefined;
  private readonly sections: CardSection[] = [];

  setHeader(header: CardHeader): CardBuilder {
    this.header = part(header, CardHeader, 'CardService.CardBuilder.setHeader');
    return this;
  }

  addSection(section: CardSection): CardBuilder {
    this.sections.push(part(section, CardSection, 'CardService.CardBuilder.addSection'));
    return this;
  }

  setName(name: string): CardBuilder {
    this.name = text(name, 'CardService.CardBuilder.setName');
    return this;
  }

  setFixedFooter(footer: FixedFooter): CardBuilder {
    this.footer = part(footer, FixedFooter, 'CardService.CardBuilder.setFixedFooter');
    return this;
  }

  build(): Card {
    if (this.sections.length === 0) throw invalid('Card must have at least one section (addSection).');
    this.header?.validate();
    for (const s of this.sections) s.validate();
    this.footer?.validate();
    return new Card(
      compact({
        name: this.name,
        header: this.header?.toJSON(),
        sections: this.sections.map((s) => s.toJSON()),
        fixedFooter: this.footer?.toJSON(),
      }),
    );
  }
}

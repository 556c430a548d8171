// DocumentApp's Paragraph, ListItem and Text elements over model paragraphs.
import { GasException, signatureError } from '../runtime/errors';
import { alignmentFromApp, alignmentToApp, ELEMENT_TYPE, headingToStyle, styleToHeading } from './enums';
import { cloneDeep, type ParagraphNode, paragraphText } from './model';
import { restyle, tidy } from './runs';
import { compilePattern, replaceInParagraph } from './search';
import { type DocContext, findBlock } from './tree';

/** Shared by every element: the document it lives in (null when detached) and edit checks. */
export abstract class ElementBase<N> {
  constructor(
    readonly ctx: DocContext | null,
    readonly node: N,
  ) {}

  /** Guards an edit: closed documents refuse it. */
  protected edit(): void {
    this.ctx?.assertOpen();
  }

  isDetached(): boolean {
    return this.ctx === null;
  }
}

/** DocumentApp text in "\n" form becomes a paragraph's "\r" line breaks (Paragraph class docs). */
export function asLineBreaks(text: unknown, method: string): string {
  if (typeof text !== 'string') throw signatureError([text], method);
  return text.replace(/\r\n|\n/g, '\r');
}

/** A paragraph's text run, as appendText/findText return it. */
export class Text extends ElementBase<ParagraphNode> {
  constructor(
    ctx: DocContext | null,
    node: ParagraphNode,
    private readonly from = 0,
    private readonly to?: number,
  ) {
    super(ctx, node);
  }

  getText(): string {
    return paragraphText(this.node).slice(this.from, this.to);
  }

  getType(): string {
    return ELEMENT_TYPE.TEXT;
  }

  private style(field: 'bold' | 'italic' | 'underline' | 'link', value: boolean | string | null): Text {
    this.edit();
    const end = this.to ?? paragraphText(this.node).length;
    restyle(this.node, this.from, end, [field], value ? { [field]: value } : {});
    return this;
  }

  setBold(bold: boolean): Text {
    return this.style('bold', bold);
  }

  setItalic(italic: boolean): Text {
    return this.style('italic', italic);
  }

  setUnderline(underline: boolean): Text {
    return this.style('underline', underline);
  }

  setLinkUrl(url: string | null): Text {
    return this.style('link', url);
  }

  getParent(): Paragraph {
    return wrapParagraph(this.ctx, this.node);
  }
}

/** A paragraph (or, with a bullet, a list item). */
export class Paragraph extends ElementBase<ParagraphNode> {
  getType(): string {
    return ELEMENT_TYPE.PARAGRAPH;
  }

  getText(): string {
    return paragraphText(this.node);
  }

  setText(text: string): this {
    this.edit();
    const value = asLineBreaks(text, `DocumentApp.${this.constructor.name}.setText`);
    const style = this.node.inlines.find((i) => i.kind === 'text');
    this.node.inlines = tidy(
      value ? [{ kind: 'text', text: value, style: style?.kind === 'text' ? { ...style.style } : {} }] : [],
    );
    return this;
  }

  appendText(text: string): Text {
    this.edit();
    const value = asLineBreaks(text, `DocumentApp.${this.constructor.name}.appendText`);
    const from = paragraphText(this.node).length;
    this.node.inlines = tidy([...this.node.inlines, { kind: 'text', text: value, style: {} }]);
    return new Text(this.ctx, this.node, from, from + value.length);
  }

  editAsText(): Text {
    return new Text(this.ctx, this.node);
  }

  getHeading(): string {
    return styleToHeading(this.node.namedStyle);
  }

  setHeading(heading: string): this {
    const style = headingToStyle(String(heading));
    if (!style) throw signatureError([heading], `DocumentApp.${this.constructor.name}.setHeading`);
    this.edit();
    this.node.namedStyle = style;
    return this;
  }

  getAlignment(): string | null {
    return alignmentToApp(this.node.alignment);
  }

  setAlignment(alignment: string): this {
    const value = alignmentFromApp(String(alignment));
    if (!value) throw signatureError([alignment], `DocumentApp.${this.constructor.name}.setAlignment`);
    this.edit();
    this.node.alignment = value;
    return this;
  }

  /** A detached deep copy: no parent, insertable elsewhere. */
  copy(): this {
    const Kind = this.constructor as new (ctx: DocContext | null, node: ParagraphNode) => this;
    return new Kind(null, cloneDeep(this.node));
  }

  removeFromParent(): this {
    this.edit();
    if (!this.ctx) return this;
    const home = findBlock(this.ctx.model.body, this.node);
    if (!home) return this;
    const paragraphs = home.container.filter((b) => b.kind === 'paragraph');
    if (home.cell === null && paragraphs.length === 1) {
      throw new GasException("Can't remove the last paragraph in a document section.");
    }
    home.container.splice(home.container.indexOf(this.node), 1);
    return this;
  }

  replaceText(searchPattern: string, replacement: string): this {
    const regex = compilePattern(searchPattern, `DocumentApp.${this.constructor.name}.replaceText`);
    this.edit();
    replaceInParagraph(this.node, regex, String(replacement));
    return this;
  }

  getNumChildren(): number {
    return this.node.inlines.length;
  }
}

/** A bulleted paragraph. */
export class ListItem extends Paragraph {
  override getType(): string {
    return ELEMENT_TYPE.LIST_ITEM;
  }

  getListId(): string {
    return this.node.bullet?.listId ?? '';
  }

  getNestingLevel(): number {
    return this.node.bullet?.nestingLevel ?? 0;
  }

  setNestingLevel(level: number): this {
    if (!Number.isInteger(level) || level < 0 || level > 8)
      throw signatureError([level], 'DocumentApp.ListItem.setNestingLevel');
    this.edit();
    if (this.node.bullet) this.node.bullet.nestingLevel = level;
    return this;
  }
}

/** The right class for a paragraph node. */
export function wrapParagraph(ctx: DocContext | null, node: ParagraphNode): Paragraph {
  return node.bullet ? new ListItem(ctx, node) : new Paragraph(ctx, node);
}

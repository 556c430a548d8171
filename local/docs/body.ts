// DocumentApp's Body: the document's top-level blocks, with append/insert/remove and text search.
import { randomBytes } from 'node:crypto';
import { GasException, signatureError } from '../runtime/errors';
import { asLineBreaks, ElementBase, type ListItem, Paragraph, Text, wrapParagraph } from './elements';
import { ELEMENT_TYPE } from './enums';
import {
  allParagraphs,
  type Block,
  blocksText,
  type DocModel,
  emptyTable,
  type ParagraphNode,
  paragraph,
} from './model';
import { compilePattern, matchesIn, replaceInParagraph } from './search';
import { detachedNode, Table } from './tables';
import { allTables, type DocContext } from './tree';

/** A search hit as findText reports it. */
export class RangeElement {
  constructor(
    private readonly text: Text,
    private readonly start: number,
    private readonly endInclusive: number,
    private readonly partial: boolean,
  ) {}

  getElement(): Text {
    return this.text;
  }

  getStartOffset(): number {
    return this.start;
  }

  getEndOffsetInclusive(): number {
    return this.endInclusive;
  }

  isPartial(): boolean {
    return this.partial;
  }
}

export class HorizontalRule {
  getType(): string {
    return ELEMENT_TYPE.HORIZONTAL_RULE;
  }
}

export class PageBreak {
  getType(): string {
    return ELEMENT_TYPE.PAGE_BREAK;
  }
}

type Insertable = string | Paragraph;

export class Body extends ElementBase<DocModel> {
  private get blocks(): Block[] {
    return this.node.body;
  }

  private wrap(block: Block): Paragraph | Table {
    return block.kind === 'paragraph' ? wrapParagraph(this.ctx, block) : new Table(this.ctx, block);
  }

  getType(): string {
    return ELEMENT_TYPE.BODY_SECTION;
  }

  getText(): string {
    return blocksText(this.blocks);
  }

  getNumChildren(): number {
    return this.blocks.length;
  }

  getChild(childIndex: number): Paragraph | Table {
    const block = this.blocks[childIndex];
    if (!block) {
      throw new GasException(
        `Child index (${childIndex}) must be less than the number of child elements (${this.blocks.length}).`,
      );
    }
    return this.wrap(block);
  }

  getChildIndex(child: ElementBase<unknown>): number {
    const i = this.blocks.indexOf(child.node as Block);
    if (i < 0) throw new GasException('Element does not contain the specified child element.');
    return i;
  }

  /** Every paragraph and list item, including those inside tables. */
  getParagraphs(): Paragraph[] {
    return [...allParagraphs(this.blocks)].map((p) => wrapParagraph(this.ctx, p));
  }

  getTables(): Table[] {
    return allTables(this.blocks).map((t) => new Table(this.ctx, t));
  }

  private insertBlock(index: number, block: Block): void {
    if (!Number.isInteger(index) || index < 0 || index > this.blocks.length) {
      throw new GasException(
        `Index (${index}) must be less than or equal to the number of child elements (${this.blocks.length}).`,
      );
    }
    this.edit();
    this.blocks.splice(index, 0, block);
    // The body always ends with a paragraph (a Docs table cannot be last); UNCONFIRMED when live adds it.
    if (this.blocks[this.blocks.length - 1]?.kind === 'table') this.blocks.push(paragraph());
  }

  private paragraphNode(content: Insertable, method: string): ParagraphNode {
    if (typeof content === 'string') return paragraph(asLineBreaks(content, method));
    if (content instanceof Paragraph) return detachedNode(content);
    throw signatureError([content], method);
  }

  appendParagraph(content: Insertable): Paragraph {
    return this.insertParagraph(this.blocks.length, content);
  }

  insertParagraph(childIndex: number, content: Insertable): Paragraph {
    const node = this.paragraphNode(content, 'DocumentApp.Body.insertParagraph');
    if (typeof content === 'string') delete node.bullet;
    this.insertBlock(childIndex, node);
    return wrapParagraph(this.ctx, node);
  }

  appendListItem(content: string | ListItem): ListItem {
    return this.insertListItem(this.blocks.length, content);
  }

  /** A new item joins the list of a list item just before it, else starts a bulleted list. */
  insertListItem(childIndex: number, content: string | ListItem): ListItem {
    const node = this.paragraphNode(content, 'DocumentApp.Body.insertListItem');
    if (!node.bullet) {
      const previous = this.blocks[childIndex - 1];
      const listId =
        previous?.kind === 'paragraph' && previous.bullet
          ? previous.bullet.listId
          : `kix.${randomBytes(6).toString('hex')}`;
      this.node.lists[listId] ??= { preset: 'BULLET_DISC_CIRCLE_SQUARE' };
      node.bullet = { listId, nestingLevel: 0 };
    }
    this.insertBlock(childIndex, node);
    return wrapParagraph(this.ctx, node) as ListItem;
  }

  /** appendTable() makes a table with no rows (live behaviour, gas-fakes#42); cells: string[][] fills one. */
  appendTable(cells?: string[][] | Table): Table {
    return this.insertTable(this.blocks.length, cells);
  }

  insertTable(childIndex: number, cells?: string[][] | Table): Table {
    let node: Extract<Block, { kind: 'table' }>;
    if (cells === undefined) node = { kind: 'table', rows: [] };
    else if (cells instanceof Table) node = detachedNode(cells);
    else if (Array.isArray(cells) && cells.every((r) => Array.isArray(r))) {
      node = emptyTable(0, 0);
      node.rows = cells.map((r) => ({
        cells: r.map((c) => ({
          content: [paragraph(asLineBreaks(String(c), 'DocumentApp.Body.insertTable'))],
        })),
      }));
    } else throw signatureError([childIndex, cells], 'DocumentApp.Body.insertTable');
    this.insertBlock(childIndex, node);
    return new Table(this.ctx, node);
  }

  appendHorizontalRule(): HorizontalRule {
    this.insertBlock(this.blocks.length, { ...paragraph(), inlines: [{ kind: 'horizontalRule' }] });
    return new HorizontalRule();
  }

  appendPageBreak(): PageBreak {
    this.insertBlock(this.blocks.length, { ...paragraph(), inlines: [{ kind: 'pageBreak' }] });
    return new PageBreak();
  }

  removeChild(child: ElementBase<unknown>): Body {
    const index = this.getChildIndex(child);
    const block = this.blocks[index]!;
    const paragraphs = this.blocks.filter((b) => b.kind === 'paragraph').length;
    if (block.kind === 'paragraph' && (paragraphs === 1 || index === this.blocks.length - 1)) {
      throw new GasException("Can't remove the last paragraph in a document section.");
    }
    this.edit();
    this.blocks.splice(index, 1);
    return this;
  }

  /** Empties the body down to one empty paragraph. */
  clear(): Body {
    this.edit();
    this.blocks.splice(0, this.blocks.length, paragraph());
    return this;
  }

  setText(text: string): Body {
    this.clear();
    const lines = asLineBreaks(text, 'DocumentApp.Body.setText');
    (this.blocks[0] as ParagraphNode).inlines = lines ? [{ kind: 'text', text: lines, style: {} }] : [];
    return this;
  }

  replaceText(searchPattern: string, replacement: string): Body {
    const regex = compilePattern(searchPattern, 'DocumentApp.Body.replaceText');
    this.edit();
    for (const p of allParagraphs(this.blocks)) replaceInParagraph(p, regex, String(replacement));
    return this;
  }

  /** The first match after `from` (a previous result), or null. */
  findText(searchPattern: string, from?: RangeElement): RangeElement | null {
    const regex = compilePattern(searchPattern, 'DocumentApp.Body.findText');
    const paragraphs = [...allParagraphs(this.blocks)];
    let start = 0;
    let offset = 0;
    if (from) {
      start = paragraphs.indexOf(from.getElement().node);
      offset = from.getEndOffsetInclusive() + 1;
    }
    for (let i = Math.max(0, start); i < paragraphs.length; i++) {
      const p = paragraphs[i]!;
      const hit = matchesIn(p, regex, i === start ? offset : 0)[0];
      if (hit) {
        const whole = hit[0] === 0 && hit[1] === new Text(this.ctx, p).getText().length;
        return new RangeElement(new Text(this.ctx, p), hit[0], hit[1] - 1, !whole);
      }
    }
    return null;
  }
}

export type { DocContext };

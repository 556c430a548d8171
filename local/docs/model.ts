// The document model shared by DocumentApp and the Docs advanced service: paragraphs, inline runs, tables.

/** Character formatting a run carries (only what the product and its templates use). */
export interface TextStyle {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  /** A hyperlink target. */
  link?: string;
}

/** The Docs API's named paragraph styles (DocumentApp's ParagraphHeading maps onto these). */
export const NAMED_STYLES = [
  'NORMAL_TEXT',
  'TITLE',
  'SUBTITLE',
  'HEADING_1',
  'HEADING_2',
  'HEADING_3',
  'HEADING_4',
  'HEADING_5',
  'HEADING_6',
] as const;
export type NamedStyle = (typeof NAMED_STYLES)[number];

/** Docs API paragraph alignment values. */
export const ALIGNMENTS = ['START', 'CENTER', 'END', 'JUSTIFIED'] as const;
export type Alignment = (typeof ALIGNMENTS)[number];

/**
 * Something inside a paragraph. Text may hold "\r" (a line break, shown to the Docs API as "\u000b");
 * a page break or horizontal rule occupies one index, as in the Docs API.
 */
export type Inline =
  | { kind: 'text'; text: string; style: TextStyle }
  | { kind: 'pageBreak' }
  | { kind: 'horizontalRule' };

/** A paragraph's list membership. */
export interface Bullet {
  listId: string;
  nestingLevel: number;
}

/** A paragraph; its closing "\n" is implied (it counts one index but is not stored). */
export interface ParagraphNode {
  kind: 'paragraph';
  inlines: Inline[];
  namedStyle: NamedStyle;
  alignment?: Alignment;
  bullet?: Bullet;
}

export interface CellNode {
  content: Block[];
}

export interface RowNode {
  cells: CellNode[];
}

export interface TableNode {
  kind: 'table';
  rows: RowNode[];
}

/** A structural element of a body or a table cell. */
export type Block = ParagraphNode | TableNode;

/** How a list's items are marked; `glyph` is BULLET or NUMBER (from the bullet preset's first word). */
export interface ListNode {
  preset: string;
}

/** One Google Doc's content. */
export interface DocModel {
  body: Block[];
  lists: Record<string, ListNode>;
}

/** A paragraph with the given text (no "\n" handling: callers split first). */
export function paragraph(
  text = '',
  namedStyle: NamedStyle = 'NORMAL_TEXT',
  style: TextStyle = {},
): ParagraphNode {
  return {
    kind: 'paragraph',
    inlines: text ? [{ kind: 'text', text, style: { ...style } }] : [],
    namedStyle,
  };
}

/** A table of empty cells (each holds one empty paragraph, as a new Docs table does). */
export function emptyTable(rows: number, columns: number): TableNode {
  const row = (): RowNode => ({ cells: Array.from({ length: columns }, () => ({ content: [paragraph()] })) });
  return { kind: 'table', rows: Array.from({ length: rows }, row) };
}

/** A new document: its body is one empty paragraph ("\n" at index 1..2). */
export function newDocModel(): DocModel {
  return { body: [paragraph()], lists: {} };
}

/** A deep copy (documents are plain data, so JSON round-trips them exactly). */
export function cloneDeep<T>(value: T): T {
  return structuredClone(value);
}

/** Index length of an inline element: UTF-16 code units for text, one for a break or rule. */
export function inlineLength(inline: Inline): number {
  return inline.kind === 'text' ? inline.text.length : 1;
}

/** Index length of a paragraph including its closing newline. */
export function paragraphLength(p: ParagraphNode): number {
  let n = 1;
  for (const inline of p.inlines) n += inlineLength(inline);
  return n;
}

/** Index length of a block: a table is 1 (start) + rows + 1 (end); a row 1 + cells; a cell 1 + content. */
export function blockLength(block: Block): number {
  if (block.kind === 'paragraph') return paragraphLength(block);
  let n = 2;
  for (const row of block.rows) n += rowLength(row);
  return n;
}

export function rowLength(row: RowNode): number {
  let n = 1;
  for (const cell of row.cells) n += cellLength(cell);
  return n;
}

export function cellLength(cell: CellNode): number {
  return 1 + contentLength(cell.content);
}

export function contentLength(blocks: readonly Block[]): number {
  let n = 0;
  for (const b of blocks) n += blockLength(b);
  return n;
}

/** The paragraph's text as DocumentApp shows it (no closing newline; breaks and rules add nothing). */
export function paragraphText(p: ParagraphNode): string {
  let s = '';
  for (const inline of p.inlines) if (inline.kind === 'text') s += inline.text;
  return s;
}

/** Text of a run of blocks as DocumentApp's getText() joins them: paragraphs by "\n", cells by "\t". */
export function blocksText(blocks: readonly Block[]): string {
  return blocks.map((b) => (b.kind === 'paragraph' ? paragraphText(b) : tableText(b))).join('\n');
}

export function tableText(table: TableNode): string {
  return table.rows.map(rowText).join('\n');
}

export function rowText(row: RowNode): string {
  return row.cells.map((c) => blocksText(c.content)).join('\t');
}

/** Every paragraph in document order, descending into table cells. */
export function* allParagraphs(blocks: readonly Block[]): Generator<ParagraphNode> {
  for (const b of blocks) {
    if (b.kind === 'paragraph') yield b;
    else for (const row of b.rows) for (const cell of row.cells) yield* allParagraphs(cell.content);
  }
}

// Index-addressed edits of the document model, with the Docs API's structural rules (rules-behavior page).
import { locate, type Place } from './layout';
import {
  type Block,
  blockLength,
  contentLength,
  type DocModel,
  emptyTable,
  type Inline,
  type ParagraphNode,
} from './model';
import { deleteRange, insertAt, splitAt, styleAt, tidy } from './runs';

/** A request the Docs API would refuse with HTTP 400; the message follows the API's wording where known. */
export class InvalidRequest extends Error {}

/** Characters the API strips from inserted text: U+0000-U+0008, U+000C-U+001F, U+E000-U+F8FF (rules-behavior). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: stripping these control characters is the documented behaviour.
const STRIPPED = /[\u0000-\u0008\u000c-\u001f\ue000-\uf8ff]/g;

/** Text as the model stores it: stripped control characters gone, "\u000b" (line break) as "\r". */
export function cleanInsertedText(text: string): string {
  return text
    .split('\u000b')
    .map((piece) => piece.replace(STRIPPED, ''))
    .join('\r');
}

/** The index one past the body's last newline. */
export function bodyEnd(model: DocModel): number {
  return 1 + contentLength(model.body);
}

/** The paragraph at `index`, or the API's refusal (text and tables go only inside paragraphs). */
export function paragraphAt(model: DocModel, index: number): Extract<Place, { kind: 'paragraph' }> {
  const end = bodyEnd(model);
  if (!Number.isInteger(index) || index < 1) throw new InvalidRequest('Index must be at least 1.');
  if (index >= end) {
    throw new InvalidRequest(
      `Index ${index} must be less than the end index of the referenced segment, ${end}.`,
    );
  }
  const place = locate(model.body, 1, index);
  if (place?.kind !== 'paragraph') {
    throw new InvalidRequest(
      'The insertion index must be inside the bounds of an existing paragraph. You can still create new paragraphs by inserting newlines.',
    );
  }
  return place;
}

function sibling(p: ParagraphNode, inlines: Inline[]): ParagraphNode {
  const next: ParagraphNode = { kind: 'paragraph', inlines: tidy(inlines), namedStyle: p.namedStyle };
  if (p.alignment) next.alignment = p.alignment;
  if (p.bullet) next.bullet = { ...p.bullet };
  return next;
}

/** Inserts text; each "\n" starts a new paragraph styled like the one it was typed in (rules-behavior). */
export function insertText(model: DocModel, index: number, rawText: string): void {
  const place = paragraphAt(model, index);
  const text = cleanInsertedText(rawText);
  if (text === '') return;
  const style = styleAt(place.paragraph, place.offset);
  const lines = text.split('\n');
  const runs = (line: string): Inline[] => (line ? [{ kind: 'text', text: line, style: { ...style } }] : []);
  if (lines.length === 1) {
    insertAt(place.paragraph, place.offset, runs(text));
    return;
  }
  const p = place.paragraph;
  const [before, after] = splitAt(p.inlines, place.offset);
  p.inlines = tidy([...before, ...runs(lines[0]!)]);
  const added = lines
    .slice(1)
    .map((line, i) => sibling(p, i === lines.length - 2 ? [...runs(line), ...after] : runs(line)));
  place.container.splice(place.blockIndex + 1, 0, ...added);
}

/** Inserts a table of empty cells; a newline goes before it, so it starts at index + 1 (InsertTableRequest). */
export function insertTable(model: DocModel, index: number, rows: number, columns: number): void {
  if (!Number.isInteger(rows) || rows < 1) throw new InvalidRequest('Number of rows must be at least 1.');
  if (!Number.isInteger(columns) || columns < 1)
    throw new InvalidRequest('Number of columns must be at least 1.');
  const place = paragraphAt(model, index);
  const p = place.paragraph;
  const [before, after] = splitAt(p.inlines, place.offset);
  p.inlines = tidy(before);
  place.container.splice(place.blockIndex + 1, 0, emptyTable(rows, columns), sibling(p, after));
}

/** Inserts a page break followed by a newline; never inside a table (InsertPageBreakRequest). */
export function insertPageBreak(model: DocModel, index: number): void {
  const place = paragraphAt(model, index);
  if (place.inTable) throw new InvalidRequest('Page breaks cannot be inserted inside a table.');
  const p = place.paragraph;
  const [before, after] = splitAt(p.inlines, place.offset);
  p.inlines = tidy([...before, { kind: 'pageBreak' }]);
  place.container.splice(place.blockIndex + 1, 0, sibling(p, after));
}

interface Cut {
  block: Block;
  lostNewline: boolean;
}

/** Deletes [start, end) of a body or cell laid out from `base`; merges paragraphs whose newline went. */
export function deleteContent(blocks: Block[], base: number, start: number, end: number): void {
  const segmentEnd = base + contentLength(blocks);
  if (start < base || end > segmentEnd)
    throw new InvalidRequest('The range is outside the referenced segment.');
  if (end === segmentEnd) {
    throw new InvalidRequest('The range cannot include the newline character at the end of the segment.');
  }
  const cuts: Cut[] = [];
  let pos = base;
  for (const block of blocks) {
    const blockEnd = pos + blockLength(block);
    const overlaps = pos < end && start < blockEnd;
    if (!overlaps) cuts.push({ block, lostNewline: false });
    else if (block.kind === 'paragraph') {
      deleteRange(block, Math.max(start, pos) - pos, Math.min(end, blockEnd - 1) - pos);
      cuts.push({ block, lostNewline: end >= blockEnd });
    } else if (start <= pos && end >= blockEnd) {
      // a whole table inside the range goes
    } else if (start > pos && end < blockEnd) {
      deleteInTable(block, pos, start, end);
      cuts.push({ block, lostNewline: false });
    } else throw new InvalidRequest('Invalid deletion range. Cannot delete the requested range.');
    pos = blockEnd;
  }
  blocks.splice(0, blocks.length, ...mergeCuts(cuts));
}

function mergeCuts(cuts: Cut[]): Block[] {
  const out: Block[] = [];
  let carry: ParagraphNode | undefined;
  for (const { block, lostNewline } of cuts) {
    if (carry) {
      if (block.kind !== 'paragraph') {
        throw new InvalidRequest('Cannot delete the newline before a table without deleting the table.');
      }
      // The merged paragraph keeps the style of the paragraph whose newline survives. UNCONFIRMED.
      block.inlines = tidy([...carry.inlines, ...block.inlines]);
      carry = undefined;
    }
    if (lostNewline && block.kind === 'paragraph') carry = block;
    else out.push(block);
  }
  return out;
}

function deleteInTable(
  table: Extract<Block, { kind: 'table' }>,
  tableStart: number,
  start: number,
  end: number,
): void {
  let rowStart = tableStart + 1;
  for (const row of table.rows) {
    let cellStart = rowStart + 1;
    for (const cell of row.cells) {
      const cellEnd = cellStart + 1 + contentLength(cell.content);
      if (start > cellStart && end <= cellEnd) {
        deleteContent(cell.content, cellStart + 1, start, end);
        return;
      }
      cellStart = cellEnd;
    }
    rowStart = cellStart;
  }
  throw new InvalidRequest('Invalid deletion range. Cannot delete individual rows or cells of a table.');
}

/** The table starting exactly at `index` (tableStartLocation), or the API's refusal. */
export function tableStartingAt(model: DocModel, index: number): Extract<Block, { kind: 'table' }> {
  const place = locate(model.body, 1, index);
  if (place?.kind !== 'table') throw new InvalidRequest(`No table found at start index ${index}.`);
  return place.table;
}

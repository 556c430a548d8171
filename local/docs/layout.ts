// Docs API indexes computed from the model, and index -> place lookups for batchUpdate.
//
// Index rules implemented (UTF-16 code units; sources: developers.google.com/docs/api/concepts/structure,
// .../how-tos/tables, .../concepts/rules-behavior, apps-script-behaviour.md §4):
// - index 0 is the body's leading section break, shown as {endIndex: 1, sectionBreak} (startIndex 0 omitted,
//   as the JSON omits zero values); the first paragraph starts at 1. (partial: seen in real payloads)
// - a paragraph spans its text plus its closing "\n"; a page break or horizontal rule counts 1; a line
//   break inside a paragraph is "\u000b" (one unit).
// - a table spans 1 (table start) + each row + 1 (table end); a row spans 1 (row start) + each cell; a cell
//   spans 1 (cell start) + its content. So in a new table at index t, cell (r, c) of a C-column table has its
//   paragraph at t + 1 + r*(2C+1) + 1 + 2c + 1, and what follows the table starts at t + 1 + R*(2C+1) + 1.
//   Source: Google's "Work with tables" guide (developers.google.com/workspace/docs/api/how-tos/tables), whose
//   table of offsets for an empty 2x2 table at S gives: table S..S+12, rows S+1..S+6 and S+6..S+11, cells
//   S+2..S+4 and S+4..S+6 with paragraphs at S+3 and S+5. The last row ends at S+11 and the table at S+12, so the
//   table's end takes one index. Real payloads agree that a table's endIndex is the next paragraph's startIndex
//   and that a cell's first paragraph is at cell.startIndex + 1.
// - text can only go inside a paragraph: a table/row/cell start or a table end is not an insertion point.
import {
  type Block,
  blockLength,
  cellLength,
  type DocModel,
  type Inline,
  inlineLength,
  type ParagraphNode,
  paragraphLength,
  rowLength,
  type TableNode,
  type TextStyle,
} from './model';

/** Where an index falls: inside a paragraph (with its container and offset) or on a table marker. */
export type Place =
  | {
      kind: 'paragraph';
      container: Block[];
      blockIndex: number;
      paragraph: ParagraphNode;
      start: number;
      offset: number;
      inTable: boolean;
    }
  | { kind: 'table'; container: Block[]; blockIndex: number; table: TableNode; start: number }
  | { kind: 'tableMarker' };

/** Finds what lies at `index` among `blocks` laid out from `base`; undefined when out of range. */
export function locate(blocks: Block[], base: number, index: number, inTable = false): Place | undefined {
  let start = base;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    const end = start + blockLength(block);
    if (index >= start && index < end) {
      if (block.kind === 'paragraph') {
        return {
          kind: 'paragraph',
          container: blocks,
          blockIndex: i,
          paragraph: block,
          start,
          offset: index - start,
          inTable,
        };
      }
      if (index === start) return { kind: 'table', container: blocks, blockIndex: i, table: block, start };
      return locateInTable(block, start, index);
    }
    start = end;
  }
  return undefined;
}

function locateInTable(table: TableNode, start: number, index: number): Place {
  let rowStart = start + 1;
  for (const row of table.rows) {
    let cellStart = rowStart + 1;
    for (const cell of row.cells) {
      const cellEnd = cellStart + cellLength(cell);
      if (index > cellStart && index < cellEnd) return locate(cell.content, cellStart + 1, index, true)!;
      cellStart = cellEnd;
    }
    rowStart += rowLength(row);
  }
  return { kind: 'tableMarker' };
}

/** Start index of the table whose first index is `index`, with the table, or undefined. */
export function tableAt(model: DocModel, index: number): TableNode | undefined {
  const place = locate(model.body, 1, index);
  if (place?.kind === 'table') return place.table;
  return undefined;
}

/** Calls `visit` for every paragraph with its start index, in document order. */
export function forEachParagraph(
  blocks: Block[],
  base: number,
  visit: (p: ParagraphNode, start: number, container: Block[], index: number) => void,
): void {
  let start = base;
  blocks.forEach((block, i) => {
    if (block.kind === 'paragraph') visit(block, start, blocks, i);
    else {
      let rowStart = start + 1;
      for (const row of block.rows) {
        let cellStart = rowStart + 1;
        for (const cell of row.cells) {
          forEachParagraph(cell.content, cellStart + 1, visit);
          cellStart += cellLength(cell);
        }
        rowStart += rowLength(row);
      }
    }
    start += blockLength(block);
  });
}

type Json = Record<string, unknown>;

function apiTextStyle(style: TextStyle): Json {
  const out: Json = {};
  if (style.bold) out['bold'] = true;
  if (style.italic) out['italic'] = true;
  if (style.underline) out['underline'] = true;
  if (style.link) out['link'] = { url: style.link };
  return out;
}

function apiInline(inline: Inline, start: number, newline: string): Json {
  const end = start + inlineLength(inline) + newline.length;
  if (inline.kind === 'text') {
    const content = inline.text.replace(/\r/g, '\u000b') + newline;
    return { startIndex: start, endIndex: end, textRun: { content, textStyle: apiTextStyle(inline.style) } };
  }
  return { startIndex: start, endIndex: end, [inline.kind]: { textStyle: {} } };
}

function apiParagraph(p: ParagraphNode, start: number): Json {
  const elements: Json[] = [];
  let pos = start;
  p.inlines.forEach((inline, i) => {
    const last = i === p.inlines.length - 1 && inline.kind === 'text';
    elements.push(apiInline(inline, pos, last ? '\n' : ''));
    pos += inlineLength(inline) + (last ? 1 : 0);
  });
  if (pos < start + paragraphLength(p)) {
    elements.push({ startIndex: pos, endIndex: pos + 1, textRun: { content: '\n', textStyle: {} } });
  }
  const paragraphStyle: Json = { namedStyleType: p.namedStyle, direction: 'LEFT_TO_RIGHT' };
  if (p.alignment) paragraphStyle['alignment'] = p.alignment;
  const out: Json = { elements, paragraphStyle };
  if (p.bullet) {
    const bullet: Json = { listId: p.bullet.listId, textStyle: {} };
    if (p.bullet.nestingLevel) bullet['nestingLevel'] = p.bullet.nestingLevel;
    out['bullet'] = bullet;
  }
  return out;
}

function apiTable(table: TableNode, start: number): Json {
  let rowStart = start + 1;
  const tableRows = table.rows.map((row) => {
    let cellStart = rowStart + 1;
    const tableCells = row.cells.map((cell) => {
      const json = {
        startIndex: cellStart,
        endIndex: cellStart + cellLength(cell),
        content: apiContent(cell.content, cellStart + 1),
        tableCellStyle: { rowSpan: 1, columnSpan: 1 },
      };
      cellStart += cellLength(cell);
      return json;
    });
    const json = { startIndex: rowStart, endIndex: rowStart + rowLength(row), tableCells };
    rowStart += rowLength(row);
    return json;
  });
  return { rows: table.rows.length, columns: table.rows[0]?.cells.length ?? 0, tableRows };
}

/** Structural elements of `blocks` as documents.get returns them, laid out from `base`. */
export function apiContent(blocks: readonly Block[], base: number): Json[] {
  let start = base;
  return blocks.map((block) => {
    const end = start + blockLength(block);
    const json: Json =
      block.kind === 'paragraph'
        ? { startIndex: start, endIndex: end, paragraph: apiParagraph(block, start) }
        : { startIndex: start, endIndex: end, table: apiTable(block, start) };
    start = end;
    return json;
  });
}

/** The body as documents.get returns it: the leading section break, then the content from index 1. */
export function apiBody(model: DocModel): Json {
  const sectionBreak = { endIndex: 1, sectionBreak: { sectionStyle: { sectionType: 'CONTINUOUS' } } };
  return { content: [sectionBreak, ...apiContent(model.body, 1)] };
}

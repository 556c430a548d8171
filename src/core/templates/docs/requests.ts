// Turns a rendered model into ONE batchUpdate's requests that replace a document copy's body with it.
import type { Block, DocumentModel, Paragraph, Table } from '../model';
import { writeParagraphs } from './paragraphRequests';
import type { DocsRequest } from './types';

/*
 * Index rules relied on (Docs API v1; indexes are UTF-16 code units, counted from the body's start):
 * - Index 0 is the body's leading section break; the first paragraph starts at 1. The body's last newline can
 *   never be deleted, so clearing a body is deleteContentRange [1, endIndex - 1), which keeps one empty paragraph.
 *   (DeleteContentRangeRequest; concepts/structure.)
 * - insertText must land inside an existing paragraph; "\n" in the text creates paragraphs. Some control and
 *   private-use characters are stripped, so we strip them first and our lengths stay exact
 *   (concepts/rules-behavior). Inserted text takes neighbouring styles, so we reset styles we do not set.
 * - insertTable at location L inserts a newline at L first, so the table starts at L + 1 (InsertTableRequest).
 *   A table takes 1 index for its start, 1 per row start, 1 per cell start, then the cell's content, and 1 for its
 *   end; a new cell holds one empty paragraph ("\n"). So cell (r, c) of a new R x C table starting at T has its
 *   paragraph at T + 1 + r(2C + 1) + 1 + 2c + 1, and the table's endIndex (where the next paragraph starts) is
 *   T + 1 + R(2C + 1) + 1 (+ whatever was written in cells). Source: Google's "Work with tables" guide
 *   (developers.google.com/workspace/docs/api/how-tos/tables), whose table of offsets for an empty 2x2 table at S
 *   gives the table S..S+12 and its last row S+6..S+11: the table's end takes the index after the last row.
 *   So a 2x2 table inserted at 1 of an empty document has cells' paragraphs at 5, 7, 10, 12, spans 2..14, and the
 *   paragraph after it starts at 14. (Real payloads agree: rows and cells are contiguous, and a table's endIndex
 *   is the next paragraph's startIndex; see shared/docs/apps-script-behaviour.md.)
 * - Requests in one batchUpdate apply in order, each seeing the document the previous one left. We always write
 *   at the end of what is already written (so earlier indexes never move), and fill a table's cells last cell
 *   first (so the computed indexes of earlier cells stay valid).
 * - createParagraphBullets takes the nesting level from leading tabs and removes them, shortening the text.
 * Consequence: a table that starts the document, or follows another table, gets an empty paragraph before it.
 */

const BODY_START = 1;

/**
 * Requests that delete the current body (whose last element ends at `currentBodyEndIndex`) and write `rendered`
 * in its place, in an order the API accepts in a single batchUpdate.
 */
export function toBatchUpdateRequests(rendered: DocumentModel, currentBodyEndIndex: number): DocsRequest[] {
  const requests: DocsRequest[] = [];
  const hadContent = currentBodyEndIndex - 1 > BODY_START;
  if (hadContent)
    requests.push({
      deleteContentRange: { range: { startIndex: BODY_START, endIndex: currentBodyEndIndex - 1 } },
    });
  let at = BODY_START;
  // Whether the paragraph at `at` may still carry the old content's style (left over, or split from a heading).
  let inherited = hadContent;
  let afterTable = false;
  for (const segment of segments(rendered.blocks)) {
    if (segment.kind === 'paragraphs') {
      const written = writeParagraphs(segment.paragraphs, at, !inherited);
      requests.push(...written.requests);
      at += written.length;
      afterTable = false;
    } else {
      // The API puts an empty paragraph before this table (none can be avoided); make it plain.
      if (afterTable || (at === BODY_START && hadContent)) requests.push(...plainParagraph(at));
      const written = writeTable(segment.table, at);
      requests.push(...written.requests);
      at += written.length;
      afterTable = true;
    }
    inherited = true;
  }
  if (afterTable || (rendered.blocks.length === 0 && hadContent)) requests.push(...plainParagraph(at));
  return requests;
}

type Segment = { kind: 'paragraphs'; paragraphs: Paragraph[] } | { kind: 'table'; table: Table };

/** Consecutive paragraphs go in one insertText; each table on its own. */
function segments(blocks: readonly Block[]): Segment[] {
  const result: Segment[] = [];
  for (const block of blocks) {
    const last = result[result.length - 1];
    if (block.kind === 'table') result.push({ kind: 'table', table: block });
    else if (last?.kind === 'paragraphs') last.paragraphs.push(block);
    else result.push({ kind: 'paragraphs', paragraphs: [block] });
  }
  return result;
}

/**
 * Inserts a table at `at` (the newline of the paragraph being written, or an empty last paragraph) and fills its
 * cells from the last to the first. Returns how far the document grew, counting the newline the API adds.
 */
function writeTable(table: Table, at: number): { requests: DocsRequest[]; length: number } {
  const rows = table.rows.length;
  const columns = Math.max(1, ...table.rows.map((row) => row.cells.length));
  const start = at + 1;
  const requests: DocsRequest[] = [{ insertTable: { location: { index: at }, rows, columns } }];
  let written = 0;
  for (let r = rows - 1; r >= 0; r--) {
    for (let c = columns - 1; c >= 0; c--) {
      const content = table.rows[r]!.cells[c]?.content ?? [];
      const cellParagraph = start + 1 + r * (2 * columns + 1) + 1 + 2 * c + 1;
      const cell = writeParagraphs(content, cellParagraph, true);
      requests.push(...cell.requests);
      written += cell.length;
    }
  }
  // The newline the API adds before the table, the table's start, its rows, its end, and the cells' text.
  return { requests, length: 1 + 1 + rows * (2 * columns + 1) + 1 + written };
}

/** Makes the body's last paragraph plain again (after a table it is split from the paragraph before). */
function plainParagraph(at: number): DocsRequest[] {
  const range = { startIndex: at, endIndex: at + 1 };
  return [
    {
      updateParagraphStyle: {
        range,
        paragraphStyle: { namedStyleType: 'NORMAL_TEXT', alignment: 'START' },
        fields: 'namedStyleType,alignment',
      },
    },
    { deleteParagraphBullets: { range } },
  ];
}

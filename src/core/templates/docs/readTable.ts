// Reads text back out of a Docs document: all of it, or the rows of a table found by its column headings.
import { headerKey } from '../../headerKey';
import { type DocsDocument, type DocsStructuralElement, type DocsTable, documentBody } from './types';

/** One data row of a table: its row number in the table (the header row is 1) and its cells by column name. */
export interface TableRecord {
  readonly row: number;
  readonly values: Readonly<Record<string, string>>;
}

/** The plain text of a document's body, tables included, with Docs line breaks (U+000B) as "\n". */
export function documentText(doc: DocsDocument): string {
  return elementsText(documentBody(doc).body.content ?? []);
}

function elementsText(content: readonly DocsStructuralElement[]): string {
  let text = '';
  for (const element of content) {
    for (const part of element.paragraph?.elements ?? []) text += part.textRun?.content ?? '';
    for (const row of element.table?.tableRows ?? [])
      for (const cell of row.tableCells ?? []) text += elementsText(cell.content ?? []);
    if (element.tableOfContents) text += elementsText(element.tableOfContents.content ?? []);
  }
  return text.split('\u000b').join('\n');
}

/**
 * The rows of the first table whose header row has all of `columns` (matched ignoring case, spacing and
 * punctuation, in any order; extra columns are ignored), keyed by the names given. Cell text is trimmed and rows
 * with every wanted cell blank are skipped. Undefined when no table matches.
 */
export function readTable(doc: DocsDocument, columns: readonly string[]): TableRecord[] | undefined {
  for (const table of tables(documentBody(doc).body.content ?? [])) {
    const [header, ...rows] = table.tableRows ?? [];
    const headings = (header?.tableCells ?? []).map((cell) => headerKey(elementsText(cell.content ?? [])));
    const positions = columns.map((column) => headings.indexOf(headerKey(column)));
    if (positions.some((position) => position < 0)) continue;
    const records: TableRecord[] = [];
    rows.forEach((row, index) => {
      const cells = row.tableCells ?? [];
      const values: Record<string, string> = {};
      columns.forEach((column, i) => {
        values[column] = elementsText(cells[positions[i]!]?.content ?? []).trim();
      });
      if (Object.values(values).some((value) => value !== '')) records.push({ row: index + 2, values });
    });
    return records;
  }
  return undefined;
}

function tables(content: readonly DocsStructuralElement[]): DocsTable[] {
  return content.flatMap((element) => (element.table ? [element.table] : []));
}

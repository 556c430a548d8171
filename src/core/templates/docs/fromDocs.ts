// Reads a Docs API document (documents.get JSON) into the neutral template model.
import type { Alignment, Block, DocumentModel, NamedStyleType, Paragraph, Run, Table } from '../model';
import { mergeRuns } from '../model';
import {
  type DocsDocument,
  type DocsList,
  type DocsParagraph,
  type DocsStructuralElement,
  type DocsTable,
  documentBody,
} from './types';

const NAMED_STYLES: readonly NamedStyleType[] = [
  'NORMAL_TEXT',
  'TITLE',
  'SUBTITLE',
  'HEADING_1',
  'HEADING_2',
  'HEADING_3',
  'HEADING_4',
  'HEADING_5',
  'HEADING_6',
];
const ALIGNMENTS: readonly Alignment[] = ['START', 'CENTER', 'END', 'JUSTIFIED'];
/** Glyph types that draw numbers or letters rather than bullets (Docs API `GlyphType`). */
const NUMBERED_GLYPHS = ['DECIMAL', 'ZERO_DECIMAL', 'UPPER_ALPHA', 'ALPHA', 'UPPER_ROMAN', 'ROMAN'];

/**
 * The neutral model of a document's body (its first tab). Keeps paragraphs' named style, alignment and bullets,
 * and runs' bold, italic, underline and links; drops the section break, tables of contents, images and chips.
 * Tables nested in cells are flattened into the cell's paragraphs.
 */
export function fromDocsDocument(doc: DocsDocument): DocumentModel {
  const { body, lists } = documentBody(doc);
  const blocks: Block[] = [];
  for (const element of body.content ?? []) {
    if (element.paragraph) blocks.push(toParagraph(element.paragraph, lists));
    else if (element.table) blocks.push(toTable(element.table, lists));
  }
  return { blocks };
}

function toParagraph(paragraph: DocsParagraph, lists: Readonly<Record<string, DocsList>>): Paragraph {
  const runs: Run[] = [];
  for (const element of paragraph.elements ?? []) {
    const run = element.textRun;
    if (!run?.content) continue;
    const style = run.textStyle ?? {};
    runs.push({
      text: run.content,
      ...(style.bold && { bold: true }),
      ...(style.italic && { italic: true }),
      ...(style.underline && { underline: true }),
      ...(style.link?.url && { link: style.link.url }),
    });
  }
  dropClosingNewline(runs);
  const named =
    NAMED_STYLES.find((name) => name === paragraph.paragraphStyle?.namedStyleType) ?? 'NORMAL_TEXT';
  const alignment = ALIGNMENTS.find((name) => name === paragraph.paragraphStyle?.alignment);
  const bullet = paragraph.bullet?.listId
    ? toBullet(paragraph.bullet.listId, paragraph.bullet.nestingLevel ?? 0, lists)
    : undefined;
  return {
    kind: 'paragraph',
    runs: mergeRuns(runs),
    namedStyleType: named,
    ...(alignment && alignment !== 'START' && { alignment }),
    ...(bullet && { bullet }),
  };
}

/** Every paragraph's text ends with "\n" in its last run; the model keeps text only. */
function dropClosingNewline(runs: Run[]): void {
  const last = runs[runs.length - 1];
  if (last?.text.endsWith('\n')) runs[runs.length - 1] = { ...last, text: last.text.slice(0, -1) };
}

function toBullet(
  listId: string,
  nestingLevel: number,
  lists: Readonly<Record<string, DocsList>>,
): Paragraph['bullet'] {
  const glyph = lists[listId]?.listProperties?.nestingLevels?.[nestingLevel]?.glyphType ?? '';
  return { listId, nestingLevel, ordered: NUMBERED_GLYPHS.includes(glyph) };
}

function toTable(table: DocsTable, lists: Readonly<Record<string, DocsList>>): Table {
  return {
    kind: 'table',
    rows: (table.tableRows ?? []).map((row) => ({
      cells: (row.tableCells ?? []).map((cell) => {
        const content = cellParagraphs(cell.content ?? [], lists);
        return {
          content:
            content.length > 0 ? content : [{ kind: 'paragraph', runs: [], namedStyleType: 'NORMAL_TEXT' }],
        };
      }),
    })),
  };
}

function cellParagraphs(
  content: readonly DocsStructuralElement[],
  lists: Readonly<Record<string, DocsList>>,
): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  for (const element of content) {
    if (element.paragraph) paragraphs.push(toParagraph(element.paragraph, lists));
    for (const row of element.table?.tableRows ?? [])
      for (const cell of row.tableCells ?? []) paragraphs.push(...cellParagraphs(cell.content ?? [], lists));
  }
  return paragraphs;
}

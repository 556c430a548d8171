// Parses a whole template model into a tree: paragraph-level and inline blocks, fields, and repeating table rows.
import type { DocumentModel, Paragraph, Table } from './model';
import type { Place, TemplateProblem } from './places';
import { rowMarkers } from './rows';
import { boundaryTags, type Piece, scanParagraph } from './scan';
import {
  type CellNode,
  type FieldNode,
  type FlowNode,
  type Marker,
  nest,
  type ParagraphNode,
  type RowNode,
  type TableNode,
  type TextNode,
} from './tree';

/** A template's tree, and everything wrong with its structure (unreadable tags, unclosed or mismatched blocks). */
export interface ParsedTemplate {
  readonly nodes: readonly FlowNode[];
  readonly problems: readonly TemplateProblem[];
}

/** Parses a template. Field names are not checked here (see `validate`), only the template's own syntax. */
export function parseTemplate(model: DocumentModel): ParsedTemplate {
  const problems: TemplateProblem[] = [];
  const stream: (ParagraphNode | TableNode | Marker)[] = [];
  let paragraphs = 0;
  let tables = 0;
  for (const block of model.blocks) {
    if (block.kind === 'paragraph') {
      const place: Place = { kind: 'paragraph', paragraph: ++paragraphs };
      stream.push(...flowItems(block, scanParagraph(block, place, problems), place, problems));
    } else stream.push(parseTable(block, ++tables, problems));
  }
  return { nodes: nest(stream, problems), problems };
}

/** A paragraph holding only block tags is a boundary; any other paragraph is content with inline tags. */
function flowItems(
  paragraph: Paragraph,
  pieces: readonly Piece[],
  place: Place,
  problems: TemplateProblem[],
): (ParagraphNode | Marker)[] {
  const boundary = boundaryTags(pieces);
  if (boundary)
    return boundary.flatMap((piece): Marker[] =>
      piece.tag.kind === 'field' ? [] : [{ kind: 'marker', tag: piece.tag, place }],
    );
  const stream = pieces.map((piece): TextNode | FieldNode | Marker => {
    if (piece.kind === 'text') return { kind: 'text', runs: piece.runs };
    if (piece.tag.kind === 'field') return { kind: 'field', tag: piece.tag, style: piece.style, place };
    return { kind: 'marker', tag: piece.tag, place };
  });
  const inline = nest<TextNode | FieldNode>(stream, problems);
  return [{ kind: 'paragraph', paragraph, inline, place }];
}

function parseTable(table: Table, tableNumber: number, problems: TemplateProblem[]): TableNode {
  const rows: RowNode[] = table.rows.map((row, r) => {
    const scanned = row.cells.map((cell, c) =>
      cell.content.map((paragraph, p) => {
        const place: Place = {
          kind: 'cell',
          table: tableNumber,
          row: r + 1,
          column: c + 1,
          paragraph: p + 1,
        };
        return { paragraph, place, pieces: scanParagraph(paragraph, place, problems) };
      }),
    );
    const marked = rowMarkers(scanned);
    const cells: CellNode[] = marked.cells.map((paragraphs) => {
      const stream = paragraphs.flatMap((entry) =>
        flowItems(entry.paragraph, entry.pieces, entry.place, problems),
      );
      return { content: nest(stream, problems) };
    });
    return marked.repeat ? { repeat: marked.repeat, cells } : { cells };
  });
  return { kind: 'table', rows };
}

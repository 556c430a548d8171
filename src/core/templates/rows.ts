// Spots a repeating table row: an {{#each List}} left open in a cell makes the whole row repeat per item.
import type { Paragraph } from './model';
import type { Place } from './places';
import type { Piece, TagPiece } from './scan';
import type { OpenTag } from './tags';

/** One scanned paragraph of a cell. */
export interface ScannedParagraph {
  readonly paragraph: Paragraph;
  readonly place: Place;
  readonly pieces: readonly Piece[];
}

/** A row's cells with the row's own markers taken out, and the list the row repeats over, if any. */
export interface MarkedRow {
  readonly repeat?: { readonly open: OpenTag; readonly place: Place };
  readonly cells: readonly (readonly ScannedParagraph[])[];
}

interface TagAt {
  readonly cell: number;
  readonly paragraph: number;
  readonly piece: number;
  readonly tag: TagPiece['tag'];
}

/**
 * Rules (documented in README): a row repeats when one of its cells has an `{{#each X}}` that is not closed in
 * that same cell; its `{{/each}}` is then an unmatched close in a later cell of the row, or absent. A one-cell row
 * also repeats when it starts with `{{#each X}}` and ends with the matching `{{/each}}`.
 */
export function rowMarkers(cells: readonly (readonly ScannedParagraph[])[]): MarkedRow {
  const unmatched = cells.map((paragraphs, cell) => unmatchedTags(paragraphs, cell));
  const open = unmatched.flat().find((at) => at.tag.kind === 'open' && at.tag.block === 'each');
  let markers: TagAt[] = [];
  if (open) {
    const close = unmatched
      .flat()
      .find((at) => at.cell > open.cell && at.tag.kind === 'close' && at.tag.block === 'each');
    markers = close ? [open, close] : [open];
  } else if (cells.length === 1) markers = wholeCellEach(cells[0]!);
  const first = markers[0];
  if (first?.tag.kind !== 'open') return { cells };
  const place = cells[first.cell]![first.paragraph]!.place;
  return { repeat: { open: first.tag, place }, cells: withoutMarkers(cells, markers) };
}

/** Block tags left unmatched within one cell (an open never closed there, or a close never opened there). */
function unmatchedTags(paragraphs: readonly ScannedParagraph[], cell: number): TagAt[] {
  const stack: TagAt[] = [];
  const strays: TagAt[] = [];
  paragraphs.forEach((entry, paragraph) => {
    entry.pieces.forEach((piece, index) => {
      if (piece.kind !== 'tag') return;
      const at: TagAt = { cell, paragraph, piece: index, tag: piece.tag };
      if (piece.tag.kind === 'open') stack.push(at);
      else if (piece.tag.kind === 'close') {
        if (stack.length > 0) stack.pop();
        else strays.push(at);
      }
    });
  });
  return [...stack, ...strays].sort((a, b) => a.paragraph - b.paragraph || a.piece - b.piece);
}

/** The `{{#each X}} … {{/each}}` wrapping all of a single cell, if it does. */
function wholeCellEach(paragraphs: readonly ScannedParagraph[]): TagAt[] {
  const items: (TagAt | 'text')[] = [];
  paragraphs.forEach((entry, paragraph) => {
    entry.pieces.forEach((piece, index) => {
      if (piece.kind === 'tag') items.push({ cell: 0, paragraph, piece: index, tag: piece.tag });
      else if (!isBlank(piece)) items.push('text');
    });
  });
  const first = items[0];
  const last = items[items.length - 1];
  if (first === undefined || first === 'text' || last === undefined || last === 'text' || first === last)
    return [];
  if (first.tag.kind !== 'open' || first.tag.block !== 'each') return [];
  if (last.tag.kind !== 'close' || last.tag.block !== 'each') return [];
  let depth = 0;
  for (const item of items) {
    if (item === 'text') continue;
    if (item.tag.kind === 'open') depth++;
    if (item.tag.kind === 'close') depth--;
    if (depth === 0 && item !== last) return [];
  }
  return [first, last];
}

/** The cells with the marker tags removed, dropping paragraphs left blank when the cell has others. */
function withoutMarkers(
  cells: readonly (readonly ScannedParagraph[])[],
  markers: readonly TagAt[],
): ScannedParagraph[][] {
  return cells.map((paragraphs, cell) => {
    const kept: ScannedParagraph[] = [];
    paragraphs.forEach((entry, paragraph) => {
      const drop = markers
        .filter((at) => at.cell === cell && at.paragraph === paragraph)
        .map((at) => at.piece);
      const pieces = entry.pieces.filter((_, index) => !drop.includes(index));
      if (drop.length === 0) kept.push(entry);
      else if (!pieces.every(isBlank)) kept.push({ ...entry, pieces });
    });
    return kept.length > 0 ? kept : paragraphs.slice(0, 1).map((entry) => ({ ...entry, pieces: [] }));
  });
}

function isBlank(piece: Piece): boolean {
  return piece.kind === 'text' && piece.runs.every((run) => run.text.trim() === '');
}

// Finds the {{ }} tags in a paragraph even when Docs split them over runs of different styles.
import { type Paragraph, paragraphText, type Run } from './model';
import type { Place, TemplateProblem } from './places';
import { parseTag, type Tag } from './tags';

/** Literal text, kept as slices of the original styled runs. */
export interface TextPiece {
  readonly kind: 'text';
  readonly runs: readonly Run[];
}

/** A tag, with the style of the run where its `{{` starts (the style its value is printed in). */
export interface TagPiece {
  readonly kind: 'tag';
  readonly tag: Tag;
  readonly style: Run;
}

/** A paragraph read as text and tags. */
export type Piece = TextPiece | TagPiece;

/**
 * Splits a paragraph into text and tags. Runs are joined first, because Docs splits `{{Name}}` into several runs
 * when part of it is styled differently (or was retyped). Problems (a `{{` never closed, an unreadable tag) are
 * added to `problems`, and the offending text is kept as text.
 */
export function scanParagraph(paragraph: Paragraph, place: Place, problems: TemplateProblem[]): Piece[] {
  const text = paragraphText(paragraph);
  const pieces: Piece[] = [];
  let done = 0;
  let from = text.indexOf('{{');
  while (from >= 0) {
    const close = text.indexOf('}}', from + 2);
    const reopen = text.indexOf('{{', from + 2);
    if (close < 0 || (reopen >= 0 && reopen < close)) {
      problems.push({ place, message: `"${excerpt(text, from)}": {{ is never closed with }}` });
      from = reopen;
      continue;
    }
    const parsed = parseTag(text.slice(from + 2, close));
    if (!parsed.ok) problems.push({ place, message: parsed.message });
    else {
      pushText(pieces, sliceRuns(paragraph.runs, done, from));
      pieces.push({ kind: 'tag', tag: parsed.tag, style: styleAt(paragraph.runs, from) });
      done = close + 2;
    }
    from = text.indexOf('{{', close + 2);
  }
  pushText(pieces, sliceRuns(paragraph.runs, done, text.length));
  return pieces;
}

function pushText(pieces: Piece[], runs: Run[]): void {
  if (runs.length > 0) pieces.push({ kind: 'text', runs });
}

/** A short quote of the text from an offset, for messages. */
function excerpt(text: string, from: number): string {
  const rest = text.slice(from);
  return rest.length > 30 ? `${rest.slice(0, 30)}…` : rest;
}

/** The runs covering [start, end) of the paragraph text, cut at the edges. */
export function sliceRuns(runs: readonly Run[], start: number, end: number): Run[] {
  const slices: Run[] = [];
  let offset = 0;
  for (const run of runs) {
    const runEnd = offset + run.text.length;
    const from = Math.max(start, offset);
    const to = Math.min(end, runEnd);
    if (from < to) slices.push({ ...run, text: run.text.slice(from - offset, to - offset) });
    offset = runEnd;
  }
  return slices;
}

/** The style (a run with empty text) of the character at an offset. */
function styleAt(runs: readonly Run[], at: number): Run {
  let offset = 0;
  for (const run of runs) {
    if (at < offset + run.text.length) return { ...run, text: '' };
    offset += run.text.length;
  }
  return { text: '' };
}

/**
 * The block tags of a paragraph holding nothing else (but spaces), such as `{{/each}}` or `{{/each}}{{/if}}`:
 * such a paragraph only marks block boundaries and is not itself printed. Undefined for any other paragraph.
 */
export function boundaryTags(pieces: readonly Piece[]): TagPiece[] | undefined {
  const tags = pieces.filter((piece): piece is TagPiece => piece.kind === 'tag');
  const blank = pieces.every(
    (piece) => piece.kind === 'tag' || piece.runs.every((run) => run.text.trim() === ''),
  );
  const blockOnly = tags.every((piece) => piece.tag.kind !== 'field');
  return tags.length > 0 && blank && blockOnly ? tags : undefined;
}

// Range-addressed formatting: paragraph styles, text styles and list bullets (Docs API semantics).
import { randomBytes } from 'node:crypto';
import { InvalidRequest } from './edits';
import { forEachParagraph } from './layout';
import type { Alignment, Block, DocModel, NamedStyle, ParagraphNode, TextStyle } from './model';
import { restyle, tidy } from './runs';

interface Hit {
  paragraph: ParagraphNode;
  start: number;
  container: Block[];
  blockIndex: number;
}

/** Paragraphs overlapping [start, end) ("applies to paragraphs that partially or fully overlap the range"). */
export function paragraphsIn(model: DocModel, start: number, end: number): Hit[] {
  const hits: Hit[] = [];
  forEachParagraph(model.body, 1, (paragraph, pStart, container, blockIndex) => {
    const pEnd = pStart + paragraphEndOffset(paragraph) + 1;
    const overlaps = start === end ? start >= pStart && start < pEnd : pStart < end && start < pEnd;
    if (overlaps) hits.push({ paragraph, start: pStart, container, blockIndex });
  });
  return hits;
}

function paragraphEndOffset(p: ParagraphNode): number {
  let n = 0;
  for (const i of p.inlines) n += i.kind === 'text' ? i.text.length : 1;
  return n;
}

/** The paragraph fields the local runtime models, for `updateParagraphStyle`. */
export interface ParagraphPatch {
  namedStyleType?: NamedStyle;
  alignment?: Alignment;
}

export function updateParagraphStyle(
  model: DocModel,
  start: number,
  end: number,
  fields: readonly (keyof ParagraphPatch)[],
  patch: ParagraphPatch,
): void {
  for (const { paragraph } of paragraphsIn(model, start, end)) {
    if (fields.includes('namedStyleType')) paragraph.namedStyle = patch.namedStyleType ?? 'NORMAL_TEXT';
    if (fields.includes('alignment')) {
      if (patch.alignment) paragraph.alignment = patch.alignment;
      else delete paragraph.alignment;
    }
  }
}

/** Restyles the text in [start, end); a paragraph's closing newline carries no style of its own here. */
export function updateTextStyle(
  model: DocModel,
  start: number,
  end: number,
  fields: readonly (keyof TextStyle)[],
  patch: TextStyle,
): void {
  if (end <= start) throw new InvalidRequest('The range must not be empty.');
  for (const { paragraph, start: pStart } of paragraphsIn(model, start, end)) {
    const last = paragraphEndOffset(paragraph);
    restyle(paragraph, Math.max(0, start - pStart), Math.min(last, end - pStart), fields, patch);
  }
}

function newListId(): string {
  return `kix.${randomBytes(6).toString('hex')}`;
}

/**
 * Bullets every paragraph overlapping the range. Leading tabs set the nesting level and are removed;
 * a list of the same preset just before the range is continued (rules-behavior, "Create paragraph bullets").
 */
export function createParagraphBullets(model: DocModel, start: number, end: number, preset: string): void {
  const hits = paragraphsIn(model, start, end);
  if (hits.length === 0) return;
  const first = hits[0]!;
  const previous = first.container[first.blockIndex - 1];
  const previousList = previous?.kind === 'paragraph' ? previous.bullet?.listId : undefined;
  const listId = previousList && model.lists[previousList]?.preset === preset ? previousList : newListId();
  model.lists[listId] = { preset };
  for (const { paragraph } of hits) {
    let tabs = 0;
    const firstRun = paragraph.inlines[0];
    if (firstRun?.kind === 'text') {
      tabs = /^\t*/.exec(firstRun.text)![0].length;
      paragraph.inlines = tidy([
        { ...firstRun, text: firstRun.text.slice(tabs) },
        ...paragraph.inlines.slice(1),
      ]);
    }
    paragraph.bullet = { listId, nestingLevel: tabs };
  }
}

export function deleteParagraphBullets(model: DocModel, start: number, end: number): void {
  for (const { paragraph } of paragraphsIn(model, start, end)) delete paragraph.bullet;
}

// Requests that write a run of paragraphs at one index: one insertText, then their paragraph and text styles.
import type { Paragraph, Run } from '../model';
import type { DocsRequest, DocsTextStyle } from './types';

/** Characters the Docs API strips from inserted text (rules-behavior page), removed up front so lengths hold. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are exactly the control characters Docs strips.
const STRIPPED = /[\u0000-\u0008\u000c-\u001f\ue000-\uf8ff]|[\u{f0000}-\u{10ffff}]/gu;

/** Text as Docs will store it. */
export function docsSafe(text: string): string {
  return text.replace(STRIPPED, '');
}

/** Where a written paragraph ended up. */
interface Placed {
  readonly paragraph: Paragraph;
  /** Index of its first character (a leading tab for nested bullets). */
  readonly start: number;
  /** Index of its closing newline. */
  readonly newline: number;
  /** Leading tabs added for the bullet nesting level (removed again by createParagraphBullets). */
  readonly tabs: number;
}

/** The requests, and how many characters the paragraphs take once written. */
export interface Written {
  readonly requests: DocsRequest[];
  readonly length: number;
}

/**
 * Writes paragraphs at `at`, which must be the start of an empty paragraph (a new table cell, or the body's last
 * paragraph). Their texts are joined by "\n", so the last one takes over that paragraph's own newline.
 * `freshParagraph` says whether that paragraph is known to be plain (a new cell): if not, styles and bullets it
 * may carry are cleared.
 */
export function writeParagraphs(
  paragraphs: readonly Paragraph[],
  at: number,
  freshParagraph: boolean,
): Written {
  const placed: Placed[] = [];
  let text = '';
  for (const paragraph of paragraphs) {
    const tabs = paragraph.bullet ? paragraph.bullet.nestingLevel : 0;
    const body = '\t'.repeat(tabs) + runsText(paragraph);
    if (placed.length > 0) text += '\n';
    placed.push({ paragraph, start: at + text.length, newline: at + text.length + body.length, tabs });
    text += body;
  }
  const requests: DocsRequest[] = [];
  if (text !== '') requests.push({ insertText: { location: { index: at }, text } });
  const end = at + text.length;
  if (!freshParagraph || text !== '') requests.push(...resetStyles(at, end, freshParagraph));
  requests.push(...paragraphStyles(placed, freshParagraph), ...textStyles(placed));
  const bullets = bulletRequests(placed);
  const removedTabs = placed.reduce((sum, entry) => sum + entry.tabs, 0);
  return { requests: [...requests, ...bullets], length: text.length - removedTabs };
}

/** The paragraph's text as it will be inserted (a bullet's own leading tabs dropped). */
function runsText(paragraph: Paragraph): string {
  return trimLeadingTabs(paragraph)
    .map((run) => docsSafe(run.text))
    .join('');
}

/** Inserted text takes the style of its neighbours, so clear what the old content left behind. */
function resetStyles(at: number, end: number, freshParagraph: boolean): DocsRequest[] {
  const requests: DocsRequest[] = [];
  if (end > at)
    requests.push({
      updateTextStyle: {
        range: { startIndex: at, endIndex: end },
        textStyle: {},
        fields: 'bold,italic,underline,link',
      },
    });
  if (!freshParagraph)
    requests.push({ deleteParagraphBullets: { range: { startIndex: at, endIndex: end + 1 } } });
  return requests;
}

/** One updateParagraphStyle per stretch of paragraphs sharing a style (plain ones skipped in fresh cells). */
function paragraphStyles(placed: readonly Placed[], freshParagraph: boolean): DocsRequest[] {
  const requests: DocsRequest[] = [];
  let i = 0;
  while (i < placed.length) {
    const first = placed[i]!.paragraph;
    let j = i;
    while (j + 1 < placed.length && sameParagraphStyle(placed[j + 1]!.paragraph, first)) j++;
    const plain = first.namedStyleType === 'NORMAL_TEXT' && (first.alignment ?? 'START') === 'START';
    if (!(plain && freshParagraph))
      requests.push({
        updateParagraphStyle: {
          range: { startIndex: placed[i]!.start, endIndex: placed[j]!.newline + 1 },
          paragraphStyle: { namedStyleType: first.namedStyleType, alignment: first.alignment ?? 'START' },
          fields: 'namedStyleType,alignment',
        },
      });
    i = j + 1;
  }
  return requests;
}

function sameParagraphStyle(a: Paragraph, b: Paragraph): boolean {
  return a.namedStyleType === b.namedStyleType && (a.alignment ?? 'START') === (b.alignment ?? 'START');
}

/** One updateTextStyle per run that is bold, italic, underlined or a link. */
function textStyles(placed: readonly Placed[]): DocsRequest[] {
  const requests: DocsRequest[] = [];
  for (const entry of placed) {
    let index = entry.start + entry.tabs;
    const runs = trimLeadingTabs(entry.paragraph);
    for (const run of runs) {
      const length = docsSafe(run.text).length;
      const style = textStyleOf(run);
      if (style && length > 0)
        requests.push({
          updateTextStyle: { range: { startIndex: index, endIndex: index + length }, ...style },
        });
      index += length;
    }
  }
  return requests;
}

/** Bullet paragraphs lose their own leading tabs (createParagraphBullets would read them as nesting). */
function trimLeadingTabs(paragraph: Paragraph): readonly Run[] {
  if (!paragraph.bullet) return paragraph.runs;
  const runs: Run[] = [];
  let leading = true;
  for (const run of paragraph.runs) {
    const text = leading ? docsSafe(run.text).replace(/^\t+/, '') : run.text;
    if (text !== '') leading = false;
    runs.push({ ...run, text });
  }
  return runs;
}

function textStyleOf(run: Run): { textStyle: DocsTextStyle; fields: string } | undefined {
  const fields: string[] = [];
  const style: { bold?: boolean; italic?: boolean; underline?: boolean; link?: { url: string } } = {};
  if (run.bold) {
    style.bold = true;
    fields.push('bold');
  }
  if (run.italic) {
    style.italic = true;
    fields.push('italic');
  }
  if (run.underline) {
    style.underline = true;
    fields.push('underline');
  }
  if (run.link) {
    style.link = { url: run.link };
    fields.push('link');
  }
  return fields.length > 0 ? { textStyle: style, fields: fields.join(',') } : undefined;
}

/**
 * One createParagraphBullets per stretch of paragraphs in the same list, last stretch first: each request
 * removes the leading tabs that gave the nesting level, which moves everything after it.
 */
function bulletRequests(placed: readonly Placed[]): DocsRequest[] {
  const requests: DocsRequest[] = [];
  let i = 0;
  while (i < placed.length) {
    const bullet = placed[i]!.paragraph.bullet;
    let j = i;
    if (bullet) {
      while (j + 1 < placed.length && placed[j + 1]!.paragraph.bullet?.listId === bullet.listId) j++;
      const preset = bullet.ordered ? 'NUMBERED_DECIMAL_ALPHA_ROMAN' : 'BULLET_DISC_CIRCLE_SQUARE';
      requests.unshift({
        createParagraphBullets: {
          range: { startIndex: placed[i]!.start, endIndex: placed[j]!.newline + 1 },
          bulletPreset: preset,
        },
      });
    }
    i = j + 1;
  }
  return requests;
}

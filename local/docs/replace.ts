// replaceAllText: every occurrence of a literal string, matched within each paragraph.
import { cleanInsertedText } from './edits';
import type { Block, DocModel, Inline, ParagraphNode } from './model';
import { deleteRange, insertAt, sliceRuns, splitAt, tidy } from './runs';

/** The paragraph as one string whose offsets equal index offsets (breaks and rules as U+FFFC). */
function searchable(p: ParagraphNode): string {
  return p.inlines.map((i) => (i.kind === 'text' ? i.text.replace(/\r/g, '\u000b') : '\ufffc')).join('');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Offsets of non-overlapping matches, left to right. */
export function literalMatches(haystack: string, needle: string, matchCase: boolean): number[] {
  const pattern = new RegExp(escapeRegExp(needle), matchCase ? 'g' : 'gi');
  return [...haystack.matchAll(pattern)].map((m) => m.index ?? 0);
}

/** Replaces one span with text in the span's own style; "\n" in the replacement splits the paragraph. */
function replaceSpan(container: Block[], p: ParagraphNode, at: number, length: number, text: string): void {
  const first = sliceRuns(p, at, at + 1)[0];
  const style = first?.kind === 'text' ? { ...first.style } : {};
  deleteRange(p, at, at + length);
  const lines = cleanInsertedText(text).split('\n');
  const run = (line: string): Inline[] => (line ? [{ kind: 'text', text: line, style: { ...style } }] : []);
  if (lines.length === 1) {
    insertAt(p, at, run(lines[0]!));
    return;
  }
  const [before, after] = splitAt(p.inlines, at);
  p.inlines = tidy([...before, ...run(lines[0]!)]);
  const index = container.indexOf(p);
  const added = lines.slice(1).map(
    (line, i): ParagraphNode => ({
      ...structuredClone({ ...p, inlines: [] }),
      inlines: tidy(i === lines.length - 2 ? [...run(line), ...after] : run(line)),
    }),
  );
  container.splice(index + 1, 0, ...added);
}

/** Replaces every match in the document; returns how many were changed. */
export function replaceAllText(
  model: DocModel,
  needle: string,
  replacement: string,
  matchCase: boolean,
): number {
  const targets: Array<{ container: Block[]; paragraph: ParagraphNode }> = [];
  collect(model.body, targets);
  let changed = 0;
  for (const { container, paragraph } of targets) {
    const offsets = literalMatches(searchable(paragraph), needle, matchCase);
    for (const at of offsets.reverse()) replaceSpan(container, paragraph, at, needle.length, replacement);
    changed += offsets.length;
  }
  return changed;
}

function collect(blocks: Block[], out: Array<{ container: Block[]; paragraph: ParagraphNode }>): void {
  for (const b of blocks) {
    if (b.kind === 'paragraph') out.push({ container: blocks, paragraph: b });
    else for (const row of b.rows) for (const cell of row.cells) collect(cell.content, out);
  }
}

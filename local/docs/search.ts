// DocumentApp's replaceText/findText: an RE2 pattern given as a string, matched within each text block.
import { signatureError } from '../runtime/errors';
import type { ParagraphNode } from './model';
import { deleteRange, insertAt, sliceRuns } from './runs';

/**
 * Compiles an RE2 pattern string to a JS RegExp. RE2's syntax is close to JavaScript's; `(?P<name>` becomes
 * `(?<name>`. Mode modifiers such as `(?i)` are among the features the docs say are not fully supported, so
 * they are refused here rather than silently misread (reference/document/container-element#replaceText).
 */
export function compilePattern(pattern: unknown, method: string): RegExp {
  if (typeof pattern !== 'string') throw signatureError([pattern], method);
  if (/\(\?[a-zA-Z]+\)/.test(pattern)) {
    throw new Error(`The local runtime does not support RE2 mode modifiers in ${method}: ${pattern}`);
  }
  return new RegExp(pattern.replace(/\(\?P</g, '(?<'), 'g');
}

/** The text DocumentApp matches against for a paragraph (line breaks as "\r"). */
export function blockText(p: ParagraphNode): string {
  return p.inlines.map((i) => (i.kind === 'text' ? i.text : '')).join('');
}

/** Offsets in the paragraph's text of non-empty matches, as [start, endExclusive]. */
export function matchesIn(p: ParagraphNode, regex: RegExp, from = 0): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  regex.lastIndex = from;
  const text = blockText(p);
  for (let m = regex.exec(text); m; m = regex.exec(text)) {
    if (m[0].length === 0) {
      regex.lastIndex += 1;
      continue;
    }
    out.push([m.index, m.index + m[0].length]);
  }
  return out;
}

/** Text offsets map to index offsets only when a paragraph has no breaks or rules before them. */
function indexOffset(p: ParagraphNode, textOffset: number): number {
  let text = 0;
  let index = 0;
  for (const inline of p.inlines) {
    if (inline.kind !== 'text') {
      index += 1;
      continue;
    }
    if (text + inline.text.length >= textOffset) return index + (textOffset - text);
    text += inline.text.length;
    index += inline.text.length;
  }
  return index;
}

/** Replaces every match with literal text (no `$1` substitution: capture groups are unsupported). */
export function replaceInParagraph(p: ParagraphNode, regex: RegExp, replacement: string): number {
  const matches = matchesIn(p, regex);
  for (const [start, end] of [...matches].reverse()) {
    const from = indexOffset(p, start);
    const to = indexOffset(p, end);
    const first = sliceRuns(p, from, from + 1)[0];
    const style = first?.kind === 'text' ? { ...first.style } : {};
    deleteRange(p, from, to);
    const text = replacement.replace(/\n/g, '\r');
    if (text) insertAt(p, from, [{ kind: 'text', text, style }]);
  }
  return matches.length;
}

// Editing a paragraph's inline runs by index offset: split, insert, delete, restyle, tidy.
import { type Inline, inlineLength, type ParagraphNode, type TextStyle } from './model';

function sameStyle(a: TextStyle, b: TextStyle): boolean {
  return (
    !!a.bold === !!b.bold && !!a.italic === !!b.italic && !!a.underline === !!b.underline && a.link === b.link
  );
}

/** Merges neighbouring text runs of equal style and drops empty ones, so runs stay canonical. */
export function tidy(inlines: readonly Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const inline of inlines) {
    if (inline.kind === 'text' && inline.text === '') continue;
    const last = out[out.length - 1];
    if (inline.kind === 'text' && last?.kind === 'text' && sameStyle(last.style, inline.style)) {
      out[out.length - 1] = { ...last, text: last.text + inline.text };
    } else out.push(inline.kind === 'text' ? { ...inline, style: { ...inline.style } } : inline);
  }
  return out;
}

/** Splits runs at an index offset into what lies before and after it. */
export function splitAt(inlines: readonly Inline[], offset: number): [Inline[], Inline[]] {
  const before: Inline[] = [];
  const after: Inline[] = [];
  let pos = 0;
  for (const inline of inlines) {
    const len = inlineLength(inline);
    if (pos + len <= offset) before.push(inline);
    else if (pos >= offset) after.push(inline);
    else if (inline.kind === 'text') {
      before.push({ ...inline, text: inline.text.slice(0, offset - pos) });
      after.push({ ...inline, text: inline.text.slice(offset - pos) });
    }
    pos += len;
  }
  return [before, after];
}

/** The style text inserted at `offset` takes: that of the character before it, else the one after. */
export function styleAt(p: ParagraphNode, offset: number): TextStyle {
  const [before, after] = splitAt(p.inlines, offset);
  const prev = [...before].reverse().find((i) => i.kind === 'text');
  const next = after.find((i) => i.kind === 'text');
  const run = prev ?? next;
  return run?.kind === 'text' ? { ...run.style } : {};
}

/** Inserts runs at an index offset within the paragraph (offset 0..length-1, i.e. before its newline). */
export function insertAt(p: ParagraphNode, offset: number, added: readonly Inline[]): void {
  const [before, after] = splitAt(p.inlines, offset);
  p.inlines = tidy([...before, ...added, ...after]);
}

/** Removes the index range [from, to) of the paragraph's runs (never its closing newline). */
export function deleteRange(p: ParagraphNode, from: number, to: number): void {
  const [before] = splitAt(p.inlines, from);
  const [, after] = splitAt(p.inlines, to);
  p.inlines = tidy([...before, ...after]);
}

/** The runs in [from, to), for copying. */
export function sliceRuns(p: ParagraphNode, from: number, to: number): Inline[] {
  const [, rest] = splitAt(p.inlines, from);
  const [middle] = splitAt(rest, to - from);
  return middle;
}

/** Sets style fields on the text in [from, to): `patch` values, or clears fields absent from it. */
export function restyle(
  p: ParagraphNode,
  from: number,
  to: number,
  fields: readonly (keyof TextStyle)[],
  patch: TextStyle,
): void {
  const [before, rest] = splitAt(p.inlines, from);
  const [middle, after] = splitAt(rest, to - from);
  const styled = middle.map((inline): Inline => {
    if (inline.kind !== 'text') return inline;
    const style: TextStyle = { ...inline.style };
    for (const field of fields) {
      const value = patch[field];
      if (value === undefined || value === false) delete style[field];
      else (style as Record<string, unknown>)[field] = value;
    }
    return { ...inline, style };
  });
  p.inlines = tidy([...before, ...styled, ...after]);
}

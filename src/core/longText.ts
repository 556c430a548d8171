// Text longer than a Sheets cell holds is split into parts, never cut: the whole of what a person wrote is kept.

/** Sheets refuses a cell of more than 50,000 characters. */
export const CELL_TEXT_LIMIT = 50000;

/** Largest part written to one cell: room left for a continuation note and a neutralising apostrophe. */
export const PART_LIMIT = 49000;

/** Whitespace we prefer to split after, so no word is broken across cells. */
const BREAK = /\s/;

/** True for the first half of a UTF-16 surrogate pair (splitting after it would break an emoji). */
function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** Where the part starting at `start` should end (exclusive): after the last whitespace that fits. */
function partEnd(text: string, start: number, limit: number): number {
  const hardEnd = start + limit;
  if (hardEnd >= text.length) return text.length;
  for (let i = hardEnd - 1; i > start + limit / 2; i--) if (BREAK.test(text[i]!)) return i + 1;
  // One enormous word: split anyway, but never between the halves of a surrogate pair.
  return isHighSurrogate(text.charCodeAt(hardEnd - 1)) ? hardEnd - 1 : hardEnd;
}

/**
 * Splits text into parts of at most `limit` characters, at whitespace where possible. Joining the parts
 * with '' gives back the text exactly (whitespace stays at the end of the part it follows).
 */
export function splitLongText(text: string, limit = PART_LIMIT): string[] {
  if (limit < 2) throw new Error('splitLongText needs a limit of at least 2 characters.');
  if (text.length <= limit) return [text];
  const parts: string[] = [];
  for (let start = 0; start < text.length; ) {
    const end = partEnd(text, start, limit);
    parts.push(text.slice(start, end));
    start = end;
  }
  return parts;
}

/** The note ending a cell whose text continues elsewhere, e.g. in Intake review rows. */
export function continuationNote(parts: number, where: string): string {
  return `\n\n[Continued: this text is in ${parts} parts; parts 2 to ${parts} are in ${where}.]`;
}

/** One column's text that did not fit its cell: parts 2..n, to be kept elsewhere. */
export interface Overflow {
  readonly column: string;
  /** Every part, the first included (the cell holds parts[0] plus the note). */
  readonly parts: readonly string[];
}

/** A record whose text values all fit their cells, and what was moved out of them. */
export interface FittedRecord<T> {
  readonly values: T;
  readonly overflow: readonly Overflow[];
}

/**
 * Makes every text value of a record fit a cell: a value longer than `limit` keeps its first part plus
 * a continuation note naming `where` the rest is kept; the parts are returned so the caller stores them
 * (nothing is dropped). Values that fit, and non-text values, are unchanged.
 */
export function fitRecord<T extends Readonly<Record<string, unknown>>>(
  record: T,
  where: string,
  limit = PART_LIMIT,
): FittedRecord<T> {
  const values: Record<string, unknown> = { ...record };
  const overflow: Overflow[] = [];
  for (const [column, value] of Object.entries(record)) {
    if (typeof value !== 'string' || value.length <= limit) continue;
    const parts = splitLongText(value, limit);
    values[column] = `${parts[0]}${continuationNote(parts.length, where)}`;
    overflow.push({ column, parts });
  }
  return { values: values as T, overflow };
}

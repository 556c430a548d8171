// A tiny reference interpreter of Docs API batchUpdate requests over a flat index model, to check index arithmetic.
import type { DocsRequest } from '../../../src/core/templates/docs/types';

/** Character style as the interpreter tracks it. */
export interface CharStyle {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  link?: { url?: string };
}

/** Paragraph properties, stored on the paragraph's closing newline. */
export interface ParaStyle {
  namedStyleType: string;
  alignment: string;
  bullet?: { listId: string; nestingLevel: number; preset: string };
}

/**
 * One unit of the flat model; every unit takes one index, a table's end included (Google's "Work with tables"
 * guide: an empty 2x2 table at S spans S..S+12 while its last row ends at S+11).
 */
export type Unit =
  | { kind: 'sectionBreak' }
  | { kind: 'char'; ch: string; style: CharStyle; para?: ParaStyle }
  | { kind: 'tableStart' | 'rowStart' | 'cellStart' | 'tableEnd' };

const plainPara = (): ParaStyle => ({ namedStyleType: 'NORMAL_TEXT', alignment: 'START' });
// biome-ignore lint/suspicious/noControlCharactersInRegex: the characters the Docs API strips from inserted text.
const STRIPPED = /[\u0000-\u0008\u000c-\u001f\ue000-\uf8ff]/;

/** A document body under edit. Throws (like a 400) on requests the API would refuse. */
export class DocsInterpreter {
  units: Unit[] = [{ kind: 'sectionBreak' }, { kind: 'char', ch: '\n', style: {}, para: plainPara() }];
  private lists = 0;

  /** The body's end index (the endIndex of its last element). */
  endIndex(): number {
    return this.units.length;
  }

  /** Applies requests in order, as one batchUpdate does. */
  apply(requests: readonly DocsRequest[]): void {
    requests.forEach((request, n) => {
      try {
        this.applyOne(request);
      } catch (error) {
        throw new Error(`request ${n} ${JSON.stringify(request)}: ${(error as Error).message}`);
      }
    });
  }

  private applyOne(request: DocsRequest): void {
    if ('deleteContentRange' in request) this.delete(request.deleteContentRange.range);
    else if ('insertText' in request)
      this.insertText(request.insertText.location.index, request.insertText.text);
    else if ('insertTable' in request)
      this.insertTable(request.insertTable.location.index, request.insertTable);
    else if ('updateTextStyle' in request) this.textStyle(request.updateTextStyle);
    else if ('updateParagraphStyle' in request) this.paragraphStyle(request.updateParagraphStyle);
    else if ('createParagraphBullets' in request) this.createBullets(request.createParagraphBullets);
    else this.forParagraphs(request.deleteParagraphBullets.range, (para) => delete para.bullet);
  }

  /** Position in `units` of the unit at a document index (the same number, as every unit takes one index). */
  position(index: number): number {
    if (index >= 0 && index <= this.units.length) return index;
    throw new Error(`index ${index} is outside the document (end ${this.units.length})`);
  }

  private charAt(index: number): Extract<Unit, { kind: 'char' }> {
    const unit = this.units[this.position(index)];
    if (unit?.kind !== 'char')
      throw new Error(`index ${index} must be inside the bounds of an existing paragraph`);
    return unit;
  }

  /** The closing newline of the paragraph holding the character at a position. */
  private terminator(position: number): ParaStyle {
    for (let i = position; i < this.units.length; i++) {
      const unit = this.units[i]!;
      if (unit.kind === 'char' && unit.ch === '\n') return unit.para!;
    }
    throw new Error('paragraph without newline');
  }

  private insertText(index: number, text: string): void {
    if (STRIPPED.test(text))
      throw new Error('text has characters Docs would strip, so lengths would be wrong');
    const at = this.charAt(index);
    const position = this.position(index);
    const before = this.units[position - 1];
    const style = before?.kind === 'char' && before.ch !== '\n' ? before.style : at.style;
    const para = this.terminator(position);
    // One unit per UTF-16 code unit, as Docs indexes count.
    const inserted: Unit[] = [];
    for (let k = 0; k < text.length; k++) {
      const ch = text[k]!;
      inserted.push({ kind: 'char', ch, style: { ...style }, ...(ch === '\n' && { para: clonePara(para) }) });
    }
    this.units.splice(position, 0, ...inserted);
  }

  private insertTable(index: number, size: { rows: number; columns: number }): void {
    const at = this.charAt(index);
    const position = this.position(index);
    const table: Unit[] = [
      { kind: 'char', ch: '\n', style: { ...at.style }, para: clonePara(this.terminator(position)) },
      { kind: 'tableStart' },
    ];
    for (let r = 0; r < size.rows; r++) {
      table.push({ kind: 'rowStart' });
      for (let c = 0; c < size.columns; c++)
        table.push({ kind: 'cellStart' }, { kind: 'char', ch: '\n', style: {}, para: plainPara() });
    }
    table.push({ kind: 'tableEnd' });
    this.units.splice(position, 0, ...table);
  }

  private delete(range: { startIndex: number; endIndex: number }): void {
    const { startIndex, endIndex } = range;
    if (startIndex < 1 || endIndex <= startIndex) throw new Error('invalid deletion range');
    if (endIndex >= this.endIndex()) throw new Error('cannot delete the last newline of the body');
    const from = this.position(startIndex);
    const to = this.position(endIndex);
    const doomed = this.units.slice(from, to);
    let depth = 0;
    for (const unit of doomed) {
      if (unit.kind === 'tableStart') depth++;
      if (unit.kind === 'tableEnd') depth--;
      if (depth < 0) throw new Error('cannot delete the end of a table without its start');
      if (depth === 0 && (unit.kind === 'rowStart' || unit.kind === 'cellStart'))
        throw new Error('cannot delete rows or cells of a table');
    }
    if (depth !== 0) throw new Error('cannot delete the start of a table without its end');
    const next = this.units[to];
    const last = doomed[doomed.length - 1];
    if (next?.kind === 'tableStart' && last?.kind === 'char' && last.ch === '\n')
      throw new Error('cannot delete the newline before a table without the table');
    if (
      last?.kind === 'char' &&
      last.ch === '\n' &&
      next &&
      next.kind !== 'char' &&
      next.kind !== 'tableStart'
    )
      throw new Error('cannot delete the last newline of a table cell');
    this.units.splice(from, to - from);
  }

  private textStyle(update: {
    range: { startIndex: number; endIndex: number };
    textStyle: CharStyle;
    fields: string;
  }): void {
    this.checkRange(update.range);
    const from = this.position(update.range.startIndex);
    const to = this.position(update.range.endIndex);
    for (const unit of this.units.slice(from, to)) {
      if (unit.kind !== 'char') continue;
      for (const field of update.fields.split(',') as (keyof CharStyle)[]) {
        const value = update.textStyle[field];
        if (value === undefined) delete unit.style[field];
        else Object.assign(unit.style, { [field]: value });
      }
    }
  }

  private paragraphStyle(update: {
    range: { startIndex: number; endIndex: number };
    paragraphStyle: { namedStyleType?: string; alignment?: string };
    fields: string;
  }): void {
    this.forParagraphs(update.range, (para) => {
      for (const field of update.fields.split(','))
        if (field === 'namedStyleType' || field === 'alignment')
          para[field] = update.paragraphStyle[field] ?? plainPara()[field];
    });
  }

  private createBullets(request: {
    range: { startIndex: number; endIndex: number };
    bulletPreset: string;
  }): void {
    const listId = `kix.list${++this.lists}`;
    const paragraphs = this.paragraphsIn(request.range);
    for (const { start, para } of [...paragraphs].reverse()) {
      let tabs = 0;
      while (
        this.units[start + tabs]?.kind === 'char' &&
        (this.units[start + tabs] as { ch: string }).ch === '\t'
      )
        tabs++;
      this.units.splice(start, tabs);
      para.bullet = { listId, nestingLevel: tabs, preset: request.bulletPreset };
    }
  }

  private checkRange(range: { startIndex: number; endIndex: number }): void {
    if (range.startIndex < 0 || range.endIndex <= range.startIndex || range.endIndex > this.endIndex())
      throw new Error(`bad range ${range.startIndex}-${range.endIndex}`);
  }

  private forParagraphs(
    range: { startIndex: number; endIndex: number },
    change: (para: ParaStyle) => void,
  ): void {
    for (const { para } of this.paragraphsIn(range)) change(para);
  }

  /** Paragraphs overlapping a range: their first position and their style. */
  private paragraphsIn(range: {
    startIndex: number;
    endIndex: number;
  }): { start: number; para: ParaStyle }[] {
    this.checkRange(range);
    const from = this.position(range.startIndex);
    const to = this.position(range.endIndex);
    const found: { start: number; para: ParaStyle }[] = [];
    let start = -1;
    for (let i = 0; i < this.units.length; i++) {
      const unit = this.units[i]!;
      if (unit.kind !== 'char') {
        start = -1;
        continue;
      }
      if (start < 0) start = i;
      if (unit.ch === '\n') {
        if (start < to && i + 1 > from) found.push({ start, para: unit.para! });
        start = -1;
      }
    }
    return found;
  }
}

function clonePara(para: ParaStyle): ParaStyle {
  return { ...para, ...(para.bullet && { bullet: { ...para.bullet } }) };
}

// Writes the interpreter's flat model back out as documents.get JSON (with start and end indexes).
import type {
  DocsDocument,
  DocsList,
  DocsParagraphElement,
  DocsStructuralElement,
  DocsTableCell,
  DocsTableRow,
} from '../../../src/core/templates/docs/types';
import type { CharStyle, DocsInterpreter, ParaStyle, Unit } from './docsInterpreter';

/** The interpreted document as `Docs.Documents.get` would return it. */
export function toDocsJson(doc: DocsInterpreter): DocsDocument {
  const reader = new Reader(doc.units);
  const content: DocsStructuralElement[] = [{ startIndex: 0, endIndex: 1, sectionBreak: {} }];
  reader.next();
  content.push(...reader.elements(() => reader.done()));
  return { documentId: 'interpreted', body: { content }, lists: reader.lists };
}

class Reader {
  private at = 0;
  private index = 0;
  readonly lists: Record<string, DocsList> = {};
  constructor(private readonly units: readonly Unit[]) {}

  done(): boolean {
    return this.at >= this.units.length;
  }

  peek(): Unit | undefined {
    return this.units[this.at];
  }

  next(): Unit {
    const unit = this.units[this.at++]!;
    this.index++;
    return unit;
  }

  /** Structural elements until `stop` says so (end of body, or of a cell). */
  elements(stop: () => boolean): DocsStructuralElement[] {
    const elements: DocsStructuralElement[] = [];
    while (!stop()) elements.push(this.peek()?.kind === 'tableStart' ? this.table() : this.paragraph());
    return elements;
  }

  private paragraph(): DocsStructuralElement {
    const startIndex = this.index;
    const elements: DocsParagraphElement[] = [];
    let para: ParaStyle | undefined;
    while (!para) {
      const unit = this.next();
      if (unit.kind !== 'char') throw new Error(`unexpected ${unit.kind} inside a paragraph`);
      const last = elements[elements.length - 1];
      const style = unit.style;
      if (last?.textRun && sameStyle(last.textRun.textStyle ?? {}, style))
        elements[elements.length - 1] = {
          startIndex: last.startIndex!,
          endIndex: this.index,
          textRun: { content: last.textRun.content + unit.ch, textStyle: last.textRun.textStyle! },
        };
      else
        elements.push({
          startIndex: this.index - 1,
          endIndex: this.index,
          textRun: { content: unit.ch, textStyle: { ...style } },
        });
      if (unit.ch === '\n') para = unit.para!;
    }
    if (para.bullet) this.noteList(para.bullet);
    return {
      startIndex,
      endIndex: this.index,
      paragraph: {
        elements,
        paragraphStyle: { namedStyleType: para.namedStyleType, alignment: para.alignment },
        ...(para.bullet && {
          bullet: { listId: para.bullet.listId, nestingLevel: para.bullet.nestingLevel },
        }),
      },
    };
  }

  private table(): DocsStructuralElement {
    const startIndex = this.index;
    this.next();
    const tableRows: DocsTableRow[] = [];
    while (this.peek()?.kind === 'rowStart') {
      const rowStart = this.index;
      this.next();
      const tableCells: DocsTableCell[] = [];
      while (this.peek()?.kind === 'cellStart') {
        const cellStart = this.index;
        this.next();
        const content = this.elements(() =>
          ['cellStart', 'rowStart', 'tableEnd'].includes(this.peek()?.kind ?? 'tableEnd'),
        );
        tableCells.push({ startIndex: cellStart, endIndex: this.index, content });
      }
      tableRows.push({ startIndex: rowStart, endIndex: this.index, tableCells });
    }
    if (this.next().kind !== 'tableEnd') throw new Error('table not closed');
    const columns = tableRows[0]?.tableCells?.length ?? 0;
    return { startIndex, endIndex: this.index, table: { rows: tableRows.length, columns, tableRows } };
  }

  private noteList(bullet: NonNullable<ParaStyle['bullet']>): void {
    const glyph = bullet.preset.startsWith('NUMBERED') ? { glyphType: 'DECIMAL' } : { glyphSymbol: '●' };
    this.lists[bullet.listId] = { listProperties: { nestingLevels: Array.from({ length: 9 }, () => glyph) } };
  }
}

function sameStyle(a: CharStyle, b: CharStyle): boolean {
  return (
    Boolean(a.bold) === Boolean(b.bold) &&
    Boolean(a.italic) === Boolean(b.italic) &&
    Boolean(a.underline) === Boolean(b.underline) &&
    (a.link?.url ?? '') === (b.link?.url ?? '')
  );
}

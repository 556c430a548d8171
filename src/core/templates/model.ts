// The neutral document model templates are parsed from and rendered to: paragraphs of styled runs, and tables.

/** Docs' paragraph named styles (the ones a team restyles once in the template, not per paragraph). */
export type NamedStyleType =
  | 'NORMAL_TEXT'
  | 'TITLE'
  | 'SUBTITLE'
  | 'HEADING_1'
  | 'HEADING_2'
  | 'HEADING_3'
  | 'HEADING_4'
  | 'HEADING_5'
  | 'HEADING_6';

/** Paragraph alignment as Docs names it. */
export type Alignment = 'START' | 'CENTER' | 'END' | 'JUSTIFIED';

/** A stretch of text sharing one character style. */
export interface Run {
  readonly text: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly underline?: boolean;
  /** Link target URL. */
  readonly link?: string;
}

/** Membership of a bulleted or numbered list. */
export interface Bullet {
  /** Paragraphs with the same list id form one list (numbering continues across them). */
  readonly listId: string;
  /** 0 for the outer level. */
  readonly nestingLevel: number;
  /** Numbered (1, 2, 3) rather than bulleted. */
  readonly ordered: boolean;
}

/** One paragraph; its text is the concatenation of its runs, without the closing newline. */
export interface Paragraph {
  readonly kind: 'paragraph';
  readonly runs: readonly Run[];
  readonly namedStyleType: NamedStyleType;
  readonly alignment?: Alignment;
  readonly bullet?: Bullet;
}

/** A table cell holds one or more paragraphs (Docs always keeps at least one). */
export interface TableCell {
  readonly content: readonly Paragraph[];
}

/** A table row. */
export interface TableRow {
  readonly cells: readonly TableCell[];
}

/** A table; every row has the same number of cells. */
export interface Table {
  readonly kind: 'table';
  readonly rows: readonly TableRow[];
}

/** A body-level element. */
export type Block = Paragraph | Table;

/** A whole document body, template or rendered. */
export interface DocumentModel {
  readonly blocks: readonly Block[];
}

/** The plain text of a paragraph (runs joined). */
export function paragraphText(paragraph: Paragraph): string {
  return paragraph.runs.map((run) => run.text).join('');
}

/** True when two runs would look the same, so they can be merged. */
export function sameRunStyle(a: Run, b: Run): boolean {
  return (
    Boolean(a.bold) === Boolean(b.bold) &&
    Boolean(a.italic) === Boolean(b.italic) &&
    Boolean(a.underline) === Boolean(b.underline) &&
    (a.link ?? '') === (b.link ?? '')
  );
}

/** Drops empty runs and merges neighbours with the same style, so requests stay few. */
export function mergeRuns(runs: readonly Run[]): Run[] {
  const merged: Run[] = [];
  for (const run of runs) {
    if (run.text === '') continue;
    const last = merged[merged.length - 1];
    if (last && sameRunStyle(last, run)) merged[merged.length - 1] = { ...last, text: last.text + run.text };
    else merged.push(run);
  }
  return merged;
}

/** The plain text of a model: paragraphs on their own lines, table cells tab-separated. */
export function modelText(model: DocumentModel): string {
  const lines: string[] = [];
  for (const block of model.blocks) {
    if (block.kind === 'paragraph') lines.push(paragraphText(block));
    else
      for (const row of block.rows)
        lines.push(row.cells.map((cell) => cell.content.map(paragraphText).join('\n')).join('\t'));
  }
  return lines.join('\n');
}

// Small builders for writing default templates as readable code.
import type { Alignment, NamedStyleType, Paragraph, Run, Table } from '../model';

/** Text or a styled run. */
export type Part = string | Run;

/** A plain paragraph from parts. */
export function para(...parts: Part[]): Paragraph {
  return styled('NORMAL_TEXT', parts);
}

/** A paragraph in a named style (title, headings). */
export function styled(namedStyleType: NamedStyleType, parts: Part[], alignment?: Alignment): Paragraph {
  const runs = parts.map((part) => (typeof part === 'string' ? { text: part } : part));
  return { kind: 'paragraph', runs, namedStyleType, ...(alignment && { alignment }) };
}

/** Bold text. */
export function bold(text: string): Run {
  return { text, bold: true };
}

/** A bulleted paragraph in list `listId`. */
export function bullet(listId: string, ...parts: Part[]): Paragraph {
  return { ...para(...parts), bullet: { listId, nestingLevel: 0, ordered: false } };
}

/** A table with a bold header row, then rows of cell texts. */
export function table(header: readonly string[], ...rows: readonly (readonly string[])[]): Table {
  const cell = (text: string, strong: boolean) => ({ content: [para(strong ? bold(text) : text)] });
  return {
    kind: 'table',
    rows: [
      { cells: header.map((text) => cell(text, true)) },
      ...rows.map((row) => ({ cells: row.map((text) => cell(text, false)) })),
    ],
  };
}

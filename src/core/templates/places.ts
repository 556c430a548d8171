// Where something is in a template, in words a volunteer can find: "paragraph 12", "table 1, row 2, column 3".

/** A body paragraph (counted from 1, tables not counted) or a paragraph inside a table cell. */
export type Place =
  | { readonly kind: 'paragraph'; readonly paragraph: number }
  | {
      readonly kind: 'cell';
      readonly table: number;
      readonly row: number;
      readonly column: number;
      /** Paragraph within the cell, from 1. */
      readonly paragraph: number;
    };

/** One thing wrong with a template, and where. */
export interface TemplateProblem {
  readonly place: Place;
  readonly message: string;
}

/** "paragraph 12" or "table 1, row 2, column 3" (plus the paragraph when a cell has several). */
export function describePlace(place: Place): string {
  if (place.kind === 'paragraph') return `paragraph ${place.paragraph}`;
  const inCell = place.paragraph > 1 ? `, paragraph ${place.paragraph}` : '';
  return `table ${place.table}, row ${place.row}, column ${place.column}${inCell}`;
}

/** A problem as one line: "paragraph 12: {{Nmae}}: did you mean {{Name}}?". */
export function describeProblem(problem: TemplateProblem): string {
  return `${describePlace(problem.place)}: ${problem.message}`;
}

// A1 notation: column letters, cell and range addresses, parsed into 1-based grid coordinates.

/** A rectangle of cells, 1-based, as Apps Script ranges are. */
export interface GridRect {
  readonly row: number;
  readonly column: number;
  readonly numRows: number;
  readonly numColumns: number;
}

/** A parsed A1 reference; open ends (`A:C`, `2:5`, `A2:C`) are resolved against the sheet's size. */
export interface A1Reference {
  readonly sheetName: string | null;
  readonly startRow: number | null;
  readonly startColumn: number | null;
  readonly endRow: number | null;
  readonly endColumn: number | null;
}

/** `1` -> `A`, `27` -> `AA`. */
export function columnLetters(column: number): string {
  let n = column;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** `A` -> 1, `AA` -> 27. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** `B3` for row 3, column 2. */
export function cellA1(row: number, column: number): string {
  return `${columnLetters(column)}${row}`;
}

/** A1 notation of a rectangle as Apps Script's `getA1Notation` gives it: `A1` for one cell, else `A1:B2`. */
export function rectA1(rect: GridRect): string {
  const start = cellA1(rect.row, rect.column);
  if (rect.numRows === 1 && rect.numColumns === 1) return start;
  return `${start}:${cellA1(rect.row + rect.numRows - 1, rect.column + rect.numColumns - 1)}`;
}

const PART = /^\$?([A-Za-z]{0,3})\$?(\d*)$/;

function parsePart(part: string): { row: number | null; column: number | null } | null {
  const match = PART.exec(part);
  if (!match || (match[1] === '' && match[2] === '')) return null;
  return {
    column: match[1] ? columnNumber(match[1]) : null,
    row: match[2] ? Number(match[2]) : null,
  };
}

/** Splits `'My sheet'!A1:B2` into the sheet name and the address; quotes in names are doubled. */
function splitSheet(text: string): { sheetName: string | null; address: string } {
  const bang = text.lastIndexOf('!');
  if (bang < 0) return { sheetName: null, address: text };
  let name = text.slice(0, bang);
  if (name.startsWith("'") && name.endsWith("'")) name = name.slice(1, -1).replace(/''/g, "'");
  return { sheetName: name, address: text.slice(bang + 1) };
}

/** Parses A1 notation (`A1`, `A1:B2`, `A:C`, `2:5`, `A2:C`, `Sheet!A1`); null when it is not A1. */
export function parseA1(text: string): A1Reference | null {
  const { sheetName, address } = splitSheet(text.trim());
  const [first, second, extra] = address.split(':');
  if (first === undefined || extra !== undefined) return null;
  const start = parsePart(first);
  const end = second === undefined ? start : parsePart(second);
  if (!start || !end) return null;
  const single = second === undefined;
  if (single && (start.row === null || start.column === null)) return null;
  if (start.row === 0 || end.row === 0) return null;
  return {
    sheetName,
    startRow: start.row,
    startColumn: start.column,
    endRow: end.row,
    endColumn: end.column,
  };
}

/** Resolves a parsed reference into a rectangle on a sheet of the given size. */
export function resolveA1(ref: A1Reference, maxRows: number, maxColumns: number): GridRect {
  const rows = [ref.startRow ?? 1, ref.endRow ?? maxRows];
  const columns = [ref.startColumn ?? 1, ref.endColumn ?? maxColumns];
  const [r1, r2] = [Math.min(rows[0]!, rows[1]!), Math.max(rows[0]!, rows[1]!)];
  const [c1, c2] = [Math.min(columns[0]!, columns[1]!), Math.max(columns[0]!, columns[1]!)];
  return { row: r1, column: c1, numRows: r2 - r1 + 1, numColumns: c2 - c1 + 1 };
}

/** True when the cell (row, column) lies inside `outer`. */
export function rectContains(outer: GridRect, row: number, column: number): boolean {
  return (
    row >= outer.row &&
    row < outer.row + outer.numRows &&
    column >= outer.column &&
    column < outer.column + outer.numColumns
  );
}

/** True when two rectangles share at least one cell. */
export function rectsOverlap(a: GridRect, b: GridRect): boolean {
  return (
    a.row < b.row + b.numRows &&
    b.row < a.row + a.numRows &&
    a.column < b.column + b.numColumns &&
    b.column < a.column + a.numColumns
  );
}

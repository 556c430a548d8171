// Lays out a table's columns in a sheet: headers, widths, formats, dropdowns, notes and warning-only protection,
// each applied to runs of adjacent columns at once (every call is a round trip to Google).
import type { ColumnSpec, TableSpec } from '../core/schema';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const HEADER_BACKGROUND = '#e8eaed';
/** The width of a column whose spec gives none. */
const USUAL_WIDTH = 120;

/**
 * The number format for a column type (Sheets patterns). Text columns keep the default format: the product
 * writes text with a leading apostrophe where Sheets would parse it, which is documented to force text;
 * a plain-text '@' format on top would (per the local fake, unconfirmed live) keep that apostrophe visible.
 */
export function numberFormatFor(column: ColumnSpec): string | null {
  switch (column.type) {
    case 'date':
      return 'd mmm yyyy';
    case 'datetime':
      return 'd mmm yyyy h:mm';
    case 'money':
      return '£#,##0.00';
    case 'number':
      return '0';
    default:
      return null;
  }
}

/** Writes header cells (bold, shaded, with notes) for columns starting at a 1-based column. */
export function writeHeaders(sheet: Sheet, startColumn: number, columns: readonly ColumnSpec[]): void {
  if (columns.length === 0) return;
  const range = sheet.getRange(1, startColumn, 1, columns.length);
  range.setValues([columns.map((c) => c.header)]);
  range.setFontWeight('bold').setBackground(HEADER_BACKGROUND);
  range.setNotes([columns.map((c) => c.note ?? '')]);
}

/** Columns placed at 1-based positions of a sheet. */
type Placed = ReadonlyArray<{ column: ColumnSpec; position: number }>;

/** A run of adjacent columns sharing one setting: one call covers them all. */
interface Run<T> {
  readonly start: number;
  readonly count: number;
  readonly value: T;
  readonly columns: readonly ColumnSpec[];
}

/**
 * Groups adjacent columns whose setting is the same (`same` decides; null means "no setting") into runs,
 * so a sheet of 38 columns takes a handful of calls per setting instead of 38: each is a round trip.
 */
export function runsOf<T>(
  placed: Placed,
  settingOf: (c: ColumnSpec) => T | null,
  same = (a: T, b: T) => a === b,
): Run<T>[] {
  const runs: Array<{ start: number; count: number; value: T; columns: ColumnSpec[] }> = [];
  for (const { column, position } of placed) {
    const value = settingOf(column);
    const last = runs.at(-1);
    if (value === null) continue;
    if (last && last.start + last.count === position && same(last.value, value)) {
      last.count++;
      last.columns.push(column);
    } else runs.push({ start: position, count: 1, value, columns: [column] });
  }
  return runs;
}

function choicesOf(column: ColumnSpec): readonly string[] | null {
  if (column.type === 'boolean') return ['Yes', 'No'];
  return column.type === 'enum' ? (column.values ?? null) : null;
}

/** Applies widths, number formats and dropdowns to columns placed at the given 1-based positions. */
export function formatColumns(sheet: Sheet, placed: Placed, maxRows = sheet.getMaxRows()): void {
  const rows = Math.max(maxRows - 1, 1);
  // Most columns take the usual width: one call for the whole span, then one per run that differs.
  const first = placed[0]?.position ?? 1;
  const last = placed.at(-1)?.position ?? first;
  if (placed.length > 0 && last - first + 1 === placed.length)
    sheet.setColumnWidths(first, placed.length, USUAL_WIDTH);
  const usual = last - first + 1 === placed.length ? USUAL_WIDTH : null;
  for (const run of runsOf(placed, (c) =>
    (c.width ?? USUAL_WIDTH) === usual ? null : (c.width ?? USUAL_WIDTH),
  ))
    sheet.setColumnWidths(run.start, run.count, run.value);
  for (const run of runsOf(placed, numberFormatFor))
    sheet.getRange(2, run.start, rows, run.count).setNumberFormat(run.value);
  for (const run of runsOf(placed, (c) => (c.type === 'longText' ? true : null)))
    sheet.getRange(2, run.start, rows, run.count).setWrap(true);
  const sameChoices = (a: readonly string[], b: readonly string[]) => a.join('\n') === b.join('\n');
  for (const run of runsOf(placed, choicesOf, sameChoices)) {
    const rule = SpreadsheetApp.newDataValidation()
      .requireValueInList([...run.value], true)
      .setAllowInvalid(true)
      .build();
    sheet.getRange(2, run.start, rows, run.count).setDataValidation(rule);
  }
}

/** Protects system columns with a warning (volunteers are warned, never locked out): one protection per run. */
export function protectSystemColumns(sheet: Sheet, placed: Placed, maxRows?: number): void {
  const runs = runsOf(placed, (c) => (c.system ? true : null));
  if (runs.length === 0) return;
  const rows = maxRows ?? sheet.getMaxRows();
  for (const run of runs) {
    const names = run.columns.map((c) => `"${c.header}"`);
    const list = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
    const it = names.length === 1 ? 'it' : 'them';
    sheet
      .getRange(1, run.start, rows, run.count)
      .protect()
      .setDescription(`Solidarity Desk keeps ${list} up to date; editing ${it} by hand can break links.`)
      .setWarningOnly(true);
  }
}

/** Conditional formatting that makes the urgent and the overdue stand out. */
export function highlightRules(
  sheet: Sheet,
  spec: TableSpec,
  positions: ReadonlyMap<string, number>,
  size?: { readonly rows: number; readonly columns: number },
): void {
  const letter = (header: string): string | null => {
    const p = positions.get(header);
    return p === undefined ? null : columnLetter(p);
  };
  // Only Issues and Next steps have rules: other sheets are not asked for their size at all.
  if (spec.name !== 'issues' && spec.name !== 'nextSteps') return;
  const rows = size?.rows ?? sheet.getMaxRows();
  const columns = size?.columns ?? sheet.getMaxColumns();
  const whole = sheet.getRange(2, 1, Math.max(rows - 1, 1), Math.max(columns, 1));
  const rules: GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] = [];
  const urgent = letter('Urgent');
  const stage = letter('Stage');
  if (spec.name === 'issues' && urgent && stage) {
    rules.push(
      SpreadsheetApp.newConditionalFormatRule()
        .whenFormulaSatisfied(`=AND($${urgent}2="Yes",$${stage}2<>"Closed")`)
        .setBackground('#fde2e1')
        .setRanges([whole])
        .build(),
    );
  }
  const due = letter('By when');
  const status = letter('Status');
  if (spec.name === 'nextSteps' && due && status) {
    rules.push(
      SpreadsheetApp.newConditionalFormatRule()
        .whenFormulaSatisfied(`=AND($${status}2="Open",$${due}2<>"",$${due}2<TODAY())`)
        .setBackground('#fff0c2')
        .setRanges([whole])
        .build(),
    );
  }
  if (rules.length > 0) sheet.setConditionalFormatRules([...sheet.getConditionalFormatRules(), ...rules]);
}

/** A1 column letters for a 1-based column: 1 -> A, 27 -> AA. */
export function columnLetter(position: number): string {
  let n = position;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

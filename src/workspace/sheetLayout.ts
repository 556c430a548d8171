// Lays out a table's columns in a sheet: headers, widths, formats, dropdowns, notes and warning-only protection.
import type { ColumnSpec, TableSpec } from '../core/schema';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const HEADER_BACKGROUND = '#e8eaed';

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

/** Applies widths, number formats and dropdowns to columns placed at the given 1-based positions. */
export function formatColumns(
  sheet: Sheet,
  placed: ReadonlyArray<{ column: ColumnSpec; position: number }>,
): void {
  const rows = Math.max(sheet.getMaxRows() - 1, 1);
  for (const { column, position } of placed) {
    sheet.setColumnWidth(position, column.width ?? 120);
    const body = sheet.getRange(2, position, rows, 1);
    const format = numberFormatFor(column);
    if (format) body.setNumberFormat(format);
    if (column.type === 'longText') body.setWrap(true);
    const choices = column.type === 'boolean' ? ['Yes', 'No'] : column.type === 'enum' ? column.values : null;
    if (choices) {
      const rule = SpreadsheetApp.newDataValidation()
        .requireValueInList([...choices], true)
        .setAllowInvalid(true)
        .build();
      body.setDataValidation(rule);
    }
  }
}

/** Protects system columns with a warning (volunteers are warned, never locked out). */
export function protectSystemColumns(
  sheet: Sheet,
  placed: ReadonlyArray<{ column: ColumnSpec; position: number }>,
): void {
  for (const { column, position } of placed) {
    if (!column.system) continue;
    sheet
      .getRange(1, position, sheet.getMaxRows(), 1)
      .protect()
      .setDescription(
        `Solidarity Desk keeps "${column.header}" up to date; editing it by hand can break links.`,
      )
      .setWarningOnly(true);
  }
}

/** Conditional formatting that makes the urgent and the overdue stand out. */
export function highlightRules(sheet: Sheet, spec: TableSpec, positions: ReadonlyMap<string, number>): void {
  const letter = (header: string): string | null => {
    const p = positions.get(header);
    return p === undefined ? null : columnLetter(p);
  };
  const whole = sheet.getRange(2, 1, Math.max(sheet.getMaxRows() - 1, 1), Math.max(sheet.getMaxColumns(), 1));
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

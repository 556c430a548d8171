// Checks an adopted sheet's values against the columns they were mapped to, reporting (never changing) misfits.
import { cellMoney, isDate } from '../cells';
import { headerKey } from '../headerKey';
import { normaliseEmail, normalisePhone, normalisePostcode } from '../normalise/contact';
import { parseUkDate } from '../normalise/dates';
import type { ColumnSpec, HeaderMap, TableSpec } from '../schema';

/** One value that does not fit its column, with where to find it. */
export interface Misfit {
  readonly row: number;
  readonly column: string;
  readonly value: string;
  readonly problem: string;
}

/** Why a value does not fit a column, or null if it does ('' always fits). */
export function misfit(value: unknown, column: ColumnSpec): string | null {
  if (value === '' || value === null || value === undefined) return null;
  const text = String(value).trim();
  switch (column.type) {
    case 'email':
      return normaliseEmail(text).ok ? null : 'not an email address';
    case 'phone':
      return typeof value === 'number' || normalisePhone(text).ok ? null : 'not a phone number';
    case 'postcode':
      return normalisePostcode(text).ok ? null : 'not a UK postcode';
    case 'date':
    case 'datetime':
      return isDate(value) || parseUkDate(text) ? null : 'not a date';
    case 'money':
    case 'number':
      return cellMoney(value) !== null ? null : 'not a number';
    case 'boolean':
      return typeof value === 'boolean' || /^(yes|no|y|n|true|false|x)$/i.test(text) ? null : 'not yes or no';
    case 'enum': {
      const allowed = column.values ?? [];
      return allowed.some((v) => headerKey(v) === headerKey(text))
        ? null
        : `not one of: ${allowed.join(', ')}`;
    }
    default:
      return null;
  }
}

/** Every misfit in a sheet's data rows (row numbers as the sheet shows them, header is row 1). */
export function findMisfits(
  rows: readonly (readonly unknown[])[],
  map: HeaderMap,
  spec: TableSpec,
  sheetHeader: readonly string[],
): Misfit[] {
  const out: Misfit[] = [];
  const checks = spec.columns.flatMap((c) => {
    const index = map.columns.get(c.header);
    return index === undefined ? [] : [{ column: c, index }];
  });
  rows.forEach((row, i) => {
    for (const { column, index } of checks) {
      const problem = misfit(row[index], column);
      if (problem) {
        const value = isDate(row[index]) ? (row[index] as Date).toISOString() : String(row[index]);
        out.push({ row: i + 2, column: sheetHeader[index] || column.header, value, problem });
      }
    }
  });
  return out;
}

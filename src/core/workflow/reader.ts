// Reading one sheet record's cells as the workflow needs them: dates, dropdown choices, yes/no answers.
import { cellBoolean, cellDate, cellText, isDate, type RecordValues } from '../cells';
import { parseUkDate, startOfDay } from '../normalise/dates';
import { cleanLine } from '../normalise/text';

/** Reads one record's cells, remembering date columns that hold text instead of a date. */
export class RecordReader {
  readonly textDates: string[] = [];

  constructor(
    private readonly record: RecordValues,
    private readonly timeZone: string,
  ) {}

  text(header: string): string {
    return cleanLine(cellText(this.record[header]));
  }

  bool(header: string): boolean {
    return cellBoolean(this.record[header]);
  }

  /** A date cell; text like "3/4/2026" is still understood (and reported by Check data). */
  date(header: string): Date | null {
    const value = this.record[header];
    const date = cellDate(value);
    if (date || isDate(value) || this.text(header) === '') return date;
    this.textDates.push(header);
    const parsed = parseUkDate(this.text(header));
    return parsed ? startOfDay(parsed, this.timeZone) : null;
  }

  /** A dropdown cell: the allowed value matched regardless of case and spacing, else null. */
  choice<T extends string>(header: string, allowed: readonly T[]): T | null {
    const key = this.text(header).toLowerCase().replace(/\s+/g, ' ');
    return allowed.find((v) => v.toLowerCase() === key) ?? null;
  }

  /** A yes/no answer that may be left blank: true, false, or null when unanswered or unclear. */
  yesNo(header: string): boolean | null {
    const value = this.record[header];
    if (typeof value === 'boolean') return value;
    const t = this.text(header).toLowerCase();
    if (/^(yes|y|true|x|✓|1)$/.test(t)) return true;
    if (/^(no|n|false|✗|0)$/.test(t)) return false;
    return null;
  }
}

// Reading one line of a write-up's next steps table against the sheet: what changed, or why it cannot be read.
import { cellText, type RecordValues } from '../../core/cells';
import { headerKey } from '../../core/headerKey';
import { parseUkDate, startOfDay } from '../../core/normalise/dates';
import { NEXT_STEP_STATUSES, type NextStepStatus } from '../../core/schema';
import { formatValue } from '../../core/templates/format';
import type { TableRecord } from '../../core/templates/index';

/** Words volunteers type for a status, beyond the dropdown's own. */
const STATUS_WORDS: Readonly<Record<string, NextStepStatus>> = {
  todo: 'Open',
  inprogress: 'Open',
  ongoing: 'Open',
  complete: 'Done',
  completed: 'Done',
  finished: 'Done',
  cancelled: 'Dropped',
  canceled: 'Dropped',
  notneeded: 'Dropped',
};

/** A status as typed ("done", "Completed", "to do"), or null when it is none of them. */
export function readStatus(text: string): NextStepStatus | null {
  const key = headerKey(text);
  return NEXT_STEP_STATUSES.find((status) => headerKey(status) === key) ?? STATUS_WORDS[key] ?? null;
}

/** How the write-up printed a By when cell (dd/mm/yyyy, or text typed in the sheet as it was). */
function printedDate(value: unknown, timeZone: string): string {
  return formatValue(value, 'date', [{ name: 'date', option: 'short' }], timeZone).trim();
}

/** A table line's changes to its Next steps row (all columns for a new row), or what is wrong with it. */
export type LineReading =
  | { readonly ok: true; readonly changes: Readonly<Record<string, unknown>> }
  | { readonly ok: false; readonly problems: readonly string[] };

/**
 * Compares a line with the row it updates (`current`, or null for a new next step). A cell still showing what the
 * write-up printed is unchanged, even if it never parsed (a date typed as words in the sheet stays as it is).
 */
export function readLine(
  line: TableRecord,
  current: RecordValues | null,
  timeZone: string,
  today: Date,
): LineReading {
  const cell = (column: string) => (line.values[column] ?? '').trim();
  const was = (column: string) => (current ? cellText(current[column]).trim() : '');
  const changes: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const column of ['What', 'Who', 'Where']) {
    if (cell(column) !== was(column) && (current || cell(column) !== '')) changes[column] = cell(column);
  }
  if (!current && cell('What') === '') problems.push('it says nothing under What');
  const byWhen = cell('By when');
  if (byWhen !== (current ? printedDate(current['By when'], timeZone) : '')) {
    const day = byWhen === '' ? null : parseUkDate(byWhen);
    if (byWhen !== '' && !day)
      problems.push(`"${byWhen}" under By when is not a date (write it as 20/11/2026)`);
    else changes['By when'] = day ? startOfDay(day, timeZone) : '';
  }
  const status = readStatusChange(cell('Status'), current ? was('Status') || 'Open' : null);
  if (status === 'unknown')
    problems.push(`"${cell('Status')}" under Status is not one of ${NEXT_STEP_STATUSES.join(', ')}`);
  else if (status) {
    changes.Status = status;
    if (status === 'Done' && (!current || cellText(current['Done on']).trim() === ''))
      changes['Done on'] = today;
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, changes };
}

/** The new status, null when unchanged (a blank cell changes nothing; a new row starts Open), or 'unknown'. */
function readStatusChange(typed: string, was: string | null): NextStepStatus | null | 'unknown' {
  if (typed === '') return was === null ? 'Open' : null;
  const status = readStatus(typed);
  if (!status) return 'unknown';
  return was !== null && readStatus(was) === status ? null : status;
}

/** "Row 4 of the next steps table (ISS-0003, "Draft the letter")": where a volunteer finds the line. */
export function describeLine(line: TableRecord): string {
  const issue = (line.values['Issue ID'] ?? '').trim() || 'no issue';
  const what = (line.values.What ?? '').trim();
  return `Row ${line.row} of the next steps table (${issue}${what ? `, "${what}"` : ''})`;
}

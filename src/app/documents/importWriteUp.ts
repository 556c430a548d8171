// Use case: bring the next steps typed into a write-up's table back into the Next steps sheet, once.
import { cellText } from '../../core/cells';
import { headerKey } from '../../core/headerKey';
import { NEXT_STEPS_TABLE_COLUMNS } from '../../core/templates/defaults';
import { readTable, type TableRecord } from '../../core/templates/index';
import { today } from '../../core/workflow/days';
import type { Database, Table } from '../ports';
import { documentIdFromUrl, readDocumentSettings } from './context';
import { describeLine, readLine } from './importRows';
import type { DocumentDeps } from './ports';
import { findMeetingRow } from './writeUp';

/** What an import did, and every line it could not read. */
export interface ImportReport {
  readonly meetingId: string;
  readonly created: readonly string[];
  readonly updated: readonly string[];
  readonly unchanged: number;
  readonly problems: readonly string[];
  /** The report in a few plain sentences. */
  readonly summary: string;
}

/**
 * Reads the write-up's next steps table and creates or updates Next steps rows. Lines without a Next step ID are
 * new: they are matched to rows already imported for this meeting by issue and wording, so importing twice
 * creates nothing twice. Lines that cannot be read are reported and left out; everything else is written in one
 * commit, and nothing at all when nothing changed.
 */
export function importWriteUp(deps: DocumentDeps, meetingId: string): ImportReport {
  const { db } = deps;
  readDocumentSettings(db, deps.config);
  const meetings = db.table('meetings');
  const url = cellText(meetings.value(findMeetingRow(db, meetingId), 'Write-up')).trim();
  const docId = documentIdFromUrl(url);
  if (!docId)
    throw new Error(
      `Meeting ${meetingId} has no write-up to import: its Write-up cell in the Meetings sheet is empty. Make the write-up first.`,
    );
  const lines = readTable(deps.documents.read(docId), NEXT_STEPS_TABLE_COLUMNS);
  if (!lines)
    throw new Error(
      `The write-up of ${meetingId} has no table with the columns ${NEXT_STEPS_TABLE_COLUMNS.join(', ')}. ` +
        'Put the table back (copy it from the write-up template) and import again.',
    );
  // 'Done on' is a date cell: midnight of today on the spreadsheet's calendar, as a volunteer would type it.
  const importer = new LineImporter(db, meetingId, today(deps.now, db.timeZone));
  for (const line of lines) importer.take(line);
  const report = importer.report();
  if (report.created.length + report.updated.length > 0) {
    db.log(meetingId, 'Write-up imported', report.summary);
    db.commit();
  }
  return report;
}

/** Applies lines one by one to the Next steps table, remembering what it did. */
class LineImporter {
  private readonly steps: Table;
  private readonly issues: Table;
  private readonly created: string[] = [];
  private readonly updated: string[] = [];
  private readonly problems: string[] = [];
  private unchanged = 0;

  constructor(
    private readonly db: Database,
    private readonly meetingId: string,
    private readonly today: Date,
  ) {
    this.steps = db.table('nextSteps');
    this.issues = db.table('issues');
  }

  take(line: TableRecord): void {
    const why = this.apply(line);
    if (why) this.problems.push(`${describeLine(line)}: ${why}. This line was not imported.`);
  }

  /** Creates or updates the line's row; returns why it could not, or null. */
  private apply(line: TableRecord): string | null {
    const id = (line.values['Next step ID'] ?? '').trim();
    const issueId = (line.values['Issue ID'] ?? '').trim();
    const index = id !== '' ? this.steps.indexOf(id) : this.alreadyImported(issueId, line);
    if (id !== '' && index < 0)
      return `${id} is not in the Next steps sheet; clear its Next step ID to add it as new`;
    if (index < 0 && this.issues.indexOf(issueId) < 0)
      return `there is no issue "${issueId}" in the Issues sheet`;
    const current = index >= 0 ? this.steps.record(index) : null;
    if (current && issueId !== cellText(current['Issue ID']).trim())
      return `${id} belongs to ${cellText(current['Issue ID'])}; change its issue in the sheet`;
    const reading = readLine(line, current, this.db.timeZone, this.today);
    if (!reading.ok) return reading.problems.join('; ');
    const changes = Object.fromEntries(Object.entries(reading.changes).filter(([c]) => this.steps.has(c)));
    if (index >= 0) this.update(index, changes);
    else this.add(issueId, changes);
    return null;
  }

  /** The row imported earlier from this meeting for the same issue and wording, or -1. */
  private alreadyImported(issueId: string, line: TableRecord): number {
    const what = headerKey(line.values.What ?? '');
    for (let i = 0; i < this.steps.size; i++) {
      if (cellText(this.steps.value(i, 'Meeting ID')).trim() !== this.meetingId) continue;
      if (cellText(this.steps.value(i, 'Issue ID')).trim() !== issueId) continue;
      if (headerKey(cellText(this.steps.value(i, 'What'))) === what) return i;
    }
    return -1;
  }

  private update(index: number, changes: Record<string, unknown>): void {
    const id = cellText(this.steps.value(index, 'Next step ID'));
    if (Object.keys(changes).length === 0) {
      this.unchanged += 1;
      return;
    }
    this.steps.update(index, changes);
    this.updated.push(id);
    this.db.log(
      id,
      'Next step updated from write-up',
      `${Object.keys(changes).join(', ')} (${this.meetingId})`,
    );
  }

  private add(issueId: string, changes: Record<string, unknown>): void {
    const id = this.steps.append({ ...changes, 'Issue ID': issueId, 'Meeting ID': this.meetingId });
    this.created.push(id);
    this.db.log(
      id,
      'Next step added from write-up',
      `${issueId}: ${String(changes.What ?? '')} (${this.meetingId})`,
    );
  }

  report(): ImportReport {
    const parts = [
      `${this.created.length} new next step${this.created.length === 1 ? '' : 's'} added`,
      `${this.updated.length} updated`,
      `${this.unchanged} unchanged`,
    ];
    const trouble = this.problems.length > 0 ? ` ${this.problems.length} line(s) could not be read:` : '';
    return {
      meetingId: this.meetingId,
      created: this.created,
      updated: this.updated,
      unchanged: this.unchanged,
      problems: this.problems,
      summary: `${parts.join(', ')}.${trouble}${this.problems.map((p) => `\n${p}`).join('')}`,
    };
  }
}

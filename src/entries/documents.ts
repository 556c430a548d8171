// Entry points for documents (re-exported by src/main.ts, so each export becomes a top-level Apps Script function).
import {
  generateImpactReport as fillImpactReport,
  type ImpactReportRequest,
} from '../app/documents/impactReport';
import { type ImportReport, importWriteUp as importTable } from '../app/documents/importWriteUp';
import { generateLetter as draftLetter, type LetterKind } from '../app/documents/letters';
import { type MeetingPlanned, type MeetingRequest, planMeeting as plan } from '../app/documents/planMeeting';
import type { DocumentDeps, DocumentFolder, DocumentResult, OutputOptions } from '../app/documents/ports';
import { ensureTemplates, type TemplatesReport } from '../app/documents/templates';
import { writeUpMeeting as writeUp } from '../app/documents/writeUp';
import { errorMessage } from '../core/cells';
import { parseUkDate } from '../core/normalise/dates';
import { MEETING_KINDS } from '../core/schema';
import { choiceField, dayField, type Fields, fieldsOf, parseId, textField } from '../ui/payloadFields';
import { parseIssueId, parseMeetingId } from '../ui/payloads';
import { activeSpreadsheet, openDatabase } from '../workspace/casework';
import { loadConfig } from '../workspace/config';
import { ask } from '../workspace/dashboard/prompt';
import { DriveDocuments } from '../workspace/docs/driveDocuments';
import { SolidarityDeskFolders } from '../workspace/docs/folders';
import { DocumentRegistry } from '../workspace/docs/registry';
import { selectedId } from '../workspace/docs/selection';
import { DriveTemplateStore } from '../workspace/docs/templateStore';
import { ScriptLocker } from '../workspace/lock';
import { tell } from '../workspace/spreadsheetUi';

/**
 * Runs a document use case with the real Docs, Drive and sheets, under the script lock unless `unlocked`:
 * use cases that add rows (ids are allocated) or read-then-write need it.
 */
function withDocuments<T>(
  work: (deps: DocumentDeps, folders: SolidarityDeskFolders) => T,
  unlocked = false,
): T {
  const db = openDatabase(activeSpreadsheet());
  const registry = new DocumentRegistry();
  const folders = new SolidarityDeskFolders(registry);
  const templates = new DriveTemplateStore(registry, folders);
  const run = () =>
    work(
      {
        db,
        documents: new DriveDocuments(folders),
        templates,
        meetings: registry,
        now: new Date(),
        config: loadConfig(db),
      },
      folders,
    );
  return unlocked ? run() : new ScriptLocker().withLock(run);
}

/** Side panel / add-on: plans a meeting and makes its agenda. Payload: `{ branch, date: 'YYYY-MM-DD', … }`. */
export function planMeeting(payload: unknown): MeetingPlanned {
  const request = parseMeetingRequest(payload);
  return withDocuments((deps) => plan(deps, request));
}

/** Side panel: makes the write-up Doc of a meeting (MTG-0007); `{ pdf: true }` also saves a PDF. */
export function writeUpMeeting(meetingId: unknown, options?: unknown): DocumentResult {
  const id = parseMeetingId(meetingId);
  const output = parseOutput(options);
  // No script lock: a write-up adds no rows (no ids to allocate); it sets one cell of its own meeting's row,
  // found by id and checked after writing, and appends one log line. The panel's button is held while it runs.
  return withDocuments((deps) => writeUp(deps, id, output), true);
}

/** Side panel: reads the write-up's next steps table back into the Next steps sheet. */
export function importWriteUp(meetingId: unknown): ImportReport {
  const id = parseMeetingId(meetingId);
  return withDocuments((deps) => importTable(deps, id));
}

/** Side panel: drafts a letter ('demand' or 'repair') for an issue (ISS-0042). */
export function generateLetter(issueId: unknown, kind: unknown, options?: unknown): DocumentResult {
  const id = parseIssueId(issueId);
  const letter = choiceField({ kind }, 'kind', 'Kind of letter', ['demand', 'repair'] as const);
  const output = parseOutput(options);
  return withDocuments((deps) => draftLetter(deps, id, letter, output));
}

/** Menu: Draft a demand letter (for the selected row of Issues). */
export function draftDemandLetter(): void {
  letterForSelection('demand');
}

/** Menu: Draft a repair request letter (for the selected row of Issues). */
export function draftRepairLetter(): void {
  letterForSelection('repair');
}

function letterForSelection(kind: LetterKind): void {
  const issueId = selectedId(activeSpreadsheet(), 'Issues', 'Issue ID');
  const result = withDocuments((deps) => draftLetter(deps, issueId, kind));
  tell('Letter drafted', `${result.name} is ready in the branch's folder:\n${result.url}`);
}

/**
 * Side panel or script: the impact report Doc for a period (`'YYYY-MM-DD'` days, both included) and a branch, or
 * the whole union when `branch` is empty; `{ pdf: true }` also saves a PDF.
 */
export function generateImpactReport(
  from: unknown,
  to: unknown,
  branch?: unknown,
  options?: unknown,
): DocumentResult {
  const request = parseImpactReportRequest(from, to, branch);
  const output = parseOutput(options);
  return withDocuments((deps, folders) =>
    fillImpactReport({ ...deps, unionFolder: () => folderOf(folders.root()) }, request, output),
  );
}

/**
 * Menu: Impact report… Asks for the period and the branch (blank for the whole union), makes the report and says
 * where it is; a mistyped date or branch is told, not thrown, so the volunteer can simply try again.
 */
export function impactReportFromMenu(): void {
  const title = 'Impact report';
  const from = ask(title, 'First day of the period, like 2026-04-01:');
  if (from === null) return;
  const to = ask(title, 'Last day of the period, like 2027-03-31:');
  if (to === null) return;
  const branch = ask(title, 'Branch (leave blank for the whole union):');
  if (branch === null) return;
  try {
    const result = generateImpactReport(from, to, branch);
    tell(title, [`${result.name} is ready:\n${result.url}`, ...result.warnings].join('\n\n'));
  } catch (error) {
    tell(title, `No report was made: ${errorMessage(error)}`);
  }
}

function folderOf(folder: GoogleAppsScript.Drive.Folder): DocumentFolder {
  return { id: folder.getId(), url: folder.getUrl() };
}

/** Checks the report's period and branch: untrusted, so each is checked and explained. */
function parseImpactReportRequest(from: unknown, to: unknown, branch: unknown): ImpactReportRequest {
  const f = { from, to, branch: branch ?? '' };
  const start = dayField(f, 'from', 'From', true)!;
  const end = dayField(f, 'to', 'To', true)!;
  const name = textField(f, 'branch', { label: 'Branch', max: 200 });
  return { from: parseUkDate(start)!, to: parseUkDate(end)!, branch: name === '' ? null : name };
}

/** Menu: Create document templates. Makes the default templates once; later runs remake only deleted ones. */
export function createTemplates(): TemplatesReport {
  const spreadsheet = activeSpreadsheet();
  const registry = new DocumentRegistry();
  const store = new DriveTemplateStore(registry, new SolidarityDeskFolders(registry));
  const report = new ScriptLocker().withLock(() => ensureTemplates(store));
  const made = report.created.length;
  spreadsheet.toast(
    made > 0
      ? `${made} document templates made in "Solidarity Desk templates".`
      : 'Your templates are all there.',
    'Solidarity Desk',
    10,
  );
  return report;
}

const MEETING_FIELDS = ['branch', 'date', 'time', 'place', 'kind', 'minutes', 'groups', 'pdf', 'issueIds'];

/** Checks a plan-meeting payload from the side panel or a card: untrusted, so every field is checked. */
function parseMeetingRequest(raw: unknown): MeetingRequest {
  const f = fieldsOf(raw, 'a meeting', MEETING_FIELDS);
  const day = dayField(f, 'date', 'Date', true)!;
  const kindText = textField(f, 'kind', { label: 'Kind of meeting', max: 200 });
  return {
    branch: textField(f, 'branch', { label: 'Branch', required: true, max: 200 }),
    date: parseUkDate(day)!,
    place: textField(f, 'place', { label: 'Place', max: 500 }),
    kind: kindText === '' ? 'Branch meeting' : choiceField(f, 'kind', 'Kind of meeting', MEETING_KINDS),
    ...optionalNumber(f, 'minutes', 'Minutes for member solidarity', 30, 240),
    ...optionalNumber(f, 'groups', 'Number of groups', 2, 3),
    ...startMinutes(f),
    ...(f.issueIds === undefined ? {} : { issueIds: issueIds(f.issueIds) }),
    pdf: f.pdf === true,
  };
}

function optionalNumber(
  f: Fields,
  key: string,
  label: string,
  min: number,
  max: number,
): Record<string, number> {
  const raw = f[key];
  if (raw === undefined || raw === null || raw === '') return {};
  const n = typeof raw === 'number' ? raw : typeof raw === 'string' ? Number(raw.trim()) : Number.NaN;
  if (!Number.isInteger(n) || n < min || n > max)
    throw new Error(`"${label}" must be a whole number from ${min} to ${max}.`);
  return { [key]: n };
}

function startMinutes(f: Fields): { startMinutes?: number } {
  const time = textField(f, 'time', { label: 'Start time', max: 5 });
  if (time === '') return {};
  const match = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(time);
  if (!match) throw new Error(`"Start time" must be a time like 19:00, not "${time}".`);
  return { startMinutes: Number(match[1]) * 60 + Number(match[2]) };
}

function issueIds(raw: unknown): string[] {
  if (!Array.isArray(raw) || raw.length > 200)
    throw new Error('The issues for the agenda must be a list of ids.');
  return [...new Set(raw.map((id) => parseId(id, 'ISS', 'Each issue')))];
}

function parseOutput(raw: unknown): OutputOptions {
  if (raw === undefined || raw === null) return {};
  const f = fieldsOf(raw, 'document options', ['pdf']);
  if (f.pdf !== undefined && typeof f.pdf !== 'boolean') throw new Error('"PDF" must be yes or no.');
  return { pdf: f.pdf === true };
}

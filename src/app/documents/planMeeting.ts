// Use case: plan a branch meeting: a Meetings row and an agenda of open issues in priority order, in small groups.
import { cellDate, cellText } from '../../core/cells';
import { type CalendarDate, calendarDay, startOfDay } from '../../core/normalise/dates';
import type { Settings } from '../../core/settings';
import { DEFAULT_PRINCIPLES } from '../../core/templates/defaults';
import { agendaGroups } from '../../core/workflow/priority';
import type { Database } from '../ports';
import { type IssueForDocument, issuesInPriority, openIssuesInPriority, sameBranch } from './casework';
import { type DocumentBranch, findBranch, isoDay, readDocumentSettings } from './context';
import { create, prepare, resultOf } from './fill';
import type { DocumentDeps, DocumentResult, OutputOptions } from './ports';

/** The kinds of meeting (the Meetings sheet's Kind dropdown). */
export type MeetingKind = 'Branch meeting' | 'Member solidarity team';

/** A meeting to plan, already checked by the entry point. */
export interface MeetingRequest extends OutputOptions {
  readonly branch: string;
  readonly date: CalendarDate;
  /** Minutes after midnight, when a start time was given. */
  readonly startMinutes?: number;
  readonly place?: string;
  readonly kind?: MeetingKind;
  /** Minutes for the member solidarity part (default 90). */
  readonly minutes?: number;
  /** 2 or 3 discussion groups (default: 2, or 3 when there are more than 12 issues). */
  readonly groups?: number;
  /** The issues to discuss, when the team chose them; otherwise every open issue of the branch. */
  readonly issueIds?: readonly string[];
}

/** The planned meeting and its agenda. */
export interface MeetingPlanned extends DocumentResult {
  readonly meetingId: string;
  readonly issues: number;
}

/** Words for the meeting in document names: "branch meeting", "member solidarity team meeting". */
export function meetingWords(kind: string): string {
  const words = (kind || 'Branch meeting').toLowerCase();
  return words.endsWith('meeting') ? words : `${words} meeting`;
}

/**
 * Creates the Meetings row and its agenda Doc (in the branch's folder), linked from the row's Agenda column.
 * Planning the same branch, day and kind again returns the agenda already made, so nothing is made twice.
 */
export function planMeeting(deps: DocumentDeps, request: MeetingRequest): MeetingPlanned {
  const { db } = deps;
  const { settings, templateOverrides } = readDocumentSettings(db, deps.config);
  const branch = findBranch(db, request.branch, deps.config?.branches);
  const kind = request.kind ?? 'Branch meeting';
  const meetings = db.table('meetings');
  const existing = findMeeting(db, branch.name, request.date, kind);
  if (existing >= 0 && cellText(meetings.value(existing, 'Agenda')).trim() !== '')
    return alreadyPlanned(db, existing);
  const meetingId = existing >= 0 ? cellText(meetings.value(existing, 'Meeting ID')) : meetings.allocateId();
  const meeting = meetingRecord(db, request, meetingId, branch, kind);
  const issues = request.issueIds
    ? chosenIssues(db, request.issueIds, settings, deps.now)
    : openIssuesInPriority(db, branch.name, settings, deps.now);
  const plan = agendaGroups(issues, request.groups ?? (issues.length > 12 ? 3 : 2), request.minutes ?? 90);
  const data = agendaData(meeting, branch, plan.groups, plan.minutesPerIssue);
  const prepared = prepare(deps, 'agenda', data, templateOverrides);
  const made = create(deps, prepared, {
    name: `${isoDay(meeting.Date, db.timeZone)} ${branch.name} ${meetingWords(kind)} agenda`,
    folder: deps.documents.folderFor(branch.name, branch.folderUrl),
    pdf: request.pdf === true,
  });
  if (existing >= 0) meetings.update(existing, { Agenda: made.doc.url });
  else meetings.append({ ...meeting, Agenda: made.doc.url });
  db.log(
    meetingId,
    'Agenda made',
    `${made.doc.name}: ${issues.length} issues in ${plan.groups.length} groups`,
  );
  db.commit();
  deps.meetings.rememberAgenda(
    meetingId,
    issues.map((issue) => issue.id),
  );
  return { ...resultOf(made, plan.warnings), meetingId, issues: issues.length };
}

/** The issues a team chose for the agenda, most pressing first; an id not in Issues is an error. */
function chosenIssues(
  db: Database,
  ids: readonly string[],
  settings: Settings,
  now: Date,
): IssueForDocument[] {
  const unknown = ids.filter((id) => db.table('issues').indexOf(id) < 0);
  if (unknown.length > 0)
    throw new Error(
      `These issues are not in the Issues sheet, so the agenda was not made: ${unknown.join(', ')}.`,
    );
  const wanted = new Set(ids);
  return issuesInPriority(db, settings, now, (issue) => wanted.has(issue.id));
}

/** The Meetings row's cells: the date at its start time in the spreadsheet's zone, the branch's usual place. */
function meetingRecord(
  db: Database,
  request: MeetingRequest,
  meetingId: string,
  branch: DocumentBranch,
  kind: MeetingKind,
): { 'Meeting ID': string; Branch: string; Date: Date; Place: string; Kind: MeetingKind } {
  const midnight = startOfDay(request.date, db.timeZone);
  const start = new Date(midnight.getTime() + (request.startMinutes ?? 0) * 60000);
  const place = request.place || cellText(branch.record['Meeting place']).trim();
  return { 'Meeting ID': meetingId, Branch: branch.name, Date: start, Place: place, Kind: kind };
}

function agendaData(
  meeting: Record<string, unknown>,
  branch: DocumentBranch,
  groups: readonly { number: number; issues: readonly IssueForDocument[] }[],
  minutesPerIssue: number,
): Record<string, unknown> {
  return {
    Meeting: meeting,
    Branch: branch.record,
    Groups: groups.map((group) => ({
      Number: group.number,
      'Minutes per issue': minutesPerIssue,
      Issues: group.issues.map((issue) => issue.data),
    })),
    Principles: [...DEFAULT_PRINCIPLES],
  };
}

/** The Meetings row for this branch, day and kind, or -1. */
function findMeeting(db: Database, branch: string, day: CalendarDate, kind: string): number {
  const meetings = db.table('meetings');
  for (let i = 0; i < meetings.size; i++) {
    const date = cellDate(meetings.value(i, 'Date'));
    if (!date || !sameBranch(meetings.value(i, 'Branch'), branch)) continue;
    const rowKind = cellText(meetings.value(i, 'Kind')).trim() || 'Branch meeting';
    const rowDay = calendarDay(date, db.timeZone);
    if (rowKind === kind && rowDay.year === day.year && rowDay.month === day.month && rowDay.day === day.day)
      return i;
  }
  return -1;
}

function alreadyPlanned(db: Database, index: number): MeetingPlanned {
  const meetings = db.table('meetings');
  const meetingId = cellText(meetings.value(index, 'Meeting ID'));
  return {
    meetingId,
    issues: 0,
    name: `Agenda for ${meetingId}`,
    url: cellText(meetings.value(index, 'Agenda')),
    created: false,
    warnings: [`Meeting ${meetingId} already has an agenda; it was left as it is.`],
  };
}

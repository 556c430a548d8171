// Use case: write up a meeting: each issue as the member explained it, its next steps, and a table of them all.
import { cellDate, cellText } from '../../core/cells';
import type { NextStep } from '../../core/workflow/model';
import type { Database } from '../ports';
import {
  allNextSteps,
  type IssueForDocument,
  issueForDocument,
  nextStepForDocument,
  openIssuesInPriority,
} from './casework';
import { findBranch, isoDay, readDocumentSettings } from './context';
import { create, prepare, resultOf } from './fill';
import { meetingWords } from './planMeeting';
import type { DocumentDeps, DocumentResult, OutputOptions } from './ports';

/** The Meetings row of a meeting id, or an error saying where to look. */
export function findMeetingRow(db: Database, meetingId: string): number {
  const index = db.table('meetings').indexOf(meetingId);
  if (index < 0)
    throw new Error(
      `There is no meeting ${meetingId} in the Meetings sheet. Check the Meeting ID column, or plan the meeting first.`,
    );
  return index;
}

/**
 * Creates the meeting's write-up Doc in the branch's folder and links it from the Meetings row's Write-up column.
 * A meeting that already has a write-up keeps it: making a second one could hide what was typed into the first.
 */
export function writeUpMeeting(
  deps: DocumentDeps,
  meetingId: string,
  options: OutputOptions = {},
): DocumentResult {
  const { db } = deps;
  const { settings, templateOverrides } = readDocumentSettings(db, deps.config);
  const meetings = db.table('meetings');
  const index = findMeetingRow(db, meetingId);
  const existing = cellText(meetings.value(index, 'Write-up')).trim();
  if (existing !== '') return alreadyWrittenUp(meetingId, existing);
  const meeting = meetings.record(index);
  const branch = findBranch(db, cellText(meeting.Branch), deps.config?.branches);
  const steps = allNextSteps(db);
  const chosen = issuesOfMeeting(deps, meetingId, steps);
  const issues = chosen.length > 0 ? chosen : openIssuesInPriority(db, branch.name, settings, deps.now);
  const data = { Meeting: meeting, Branch: branch.record, ...issuesWithSteps(db, meetingId, issues, steps) };
  const prepared = prepare(deps, 'writeUp', data, templateOverrides);
  const date = cellDate(meeting.Date) ?? deps.now;
  const made = create(deps, prepared, {
    name: `${isoDay(date, db.timeZone)} ${branch.name} ${meetingWords(cellText(meeting.Kind))} write-up`,
    folder: deps.documents.folderFor(branch.name, branch.folderUrl),
    pdf: options.pdf === true,
  });
  meetings.update(index, { 'Write-up': made.doc.url });
  db.log(meetingId, 'Write-up made', `${made.doc.name}: ${issues.length} issues`);
  db.commit();
  return resultOf(made);
}

/** The issues on the meeting's agenda, then any others given next steps at it, in that order. */
function issuesOfMeeting(
  deps: DocumentDeps,
  meetingId: string,
  steps: readonly NextStep[],
): IssueForDocument[] {
  const issues = deps.db.table('issues');
  const ids = [
    ...(deps.meetings.agendaOf(meetingId) ?? []),
    ...steps.filter((step) => step.meetingId === meetingId).map((step) => step.issueId),
  ];
  const indexes = [...new Set(ids)].map((id) => issues.indexOf(id)).filter((i) => i >= 0);
  return indexes.map((i) => issueForDocument(deps.db, i));
}

/**
 * Each issue with its next steps (open ones, and any agreed at this meeting even if already done), and the same
 * steps as one list for the table volunteers fill in during the meeting.
 */
function issuesWithSteps(
  db: Database,
  meetingId: string,
  issues: readonly IssueForDocument[],
  steps: readonly NextStep[],
): { Issues: Record<string, unknown>[]; NextSteps: Record<string, unknown>[] } {
  const shown = (step: NextStep) =>
    step.status === 'Open' || step.status === null || step.meetingId === meetingId;
  const all: Record<string, unknown>[] = [];
  const withSteps = issues.map((issue) => {
    const mine = steps.filter((step) => step.issueId === issue.id && shown(step));
    const rows = mine.map((step) => nextStepForDocument(db, step));
    const member = (issue.data.Member as { Name?: string } | undefined)?.Name ?? '';
    all.push(...rows.map((row) => ({ ...row, 'Member name': member })));
    return { ...issue.data, NextSteps: rows };
  });
  return { Issues: withSteps, NextSteps: all };
}

function alreadyWrittenUp(meetingId: string, url: string): DocumentResult {
  return {
    name: `Write-up for ${meetingId}`,
    url,
    created: false,
    warnings: [
      `Meeting ${meetingId} already has a write-up, so it was left as it is. To make a fresh one, clear the ` +
        'Write-up cell in the Meetings sheet first (the old Doc stays in Drive).',
    ],
  };
}

// Payloads from the side panel (google.script.run) are untrusted: each is parsed here, once, into typed values.
import { parseUkDate, startOfDay } from '../core/normalise/dates';
import { MEETING_KINDS, STAGES, type Stage } from '../core/schema';
import { choiceField, dayField, fieldsOf, parseId, textField } from './payloadFields';

/** An Issue ID (ISS-0042). */
export function parseIssueId(raw: unknown): string {
  return parseId(raw, 'ISS', 'The issue');
}

/** A Meeting ID (MTG-0007). */
export function parseMeetingId(raw: unknown): string {
  return parseId(raw, 'MTG', 'The meeting');
}

/** The optional branch filter of the needs-attention list: undefined for all branches. */
export function parseBranchFilter(raw: unknown): string | undefined {
  if (raw === undefined || raw === null || raw === '') return undefined;
  const text = textField({ branch: raw }, 'branch', { label: 'Branch', max: 200 });
  return text === '' ? undefined : text;
}

/** A search for a member or issue: a name, an id or words of the summary. */
export function parseSearchQuery(raw: unknown): string {
  return textField({ query: raw }, 'query', { label: 'Search', required: true, max: 200 });
}

/** A new next step: who does what, by when, where. */
export interface AddNextStep {
  readonly issueId: string;
  readonly what: string;
  readonly who: string;
  /** YYYY-MM-DD, or null when no date was agreed. */
  readonly byWhen: string | null;
  readonly where: string;
}

/** Parses the add-next-step form. */
export function parseAddNextStep(raw: unknown): AddNextStep {
  const f = fieldsOf(raw, 'a next step', ['issueId', 'what', 'who', 'byWhen', 'where']);
  return {
    issueId: parseIssueId(f.issueId),
    what: textField(f, 'what', { label: 'What', required: true, multiline: true }),
    who: textField(f, 'who', { label: 'Who', max: 200 }),
    byWhen: dayField(f, 'byWhen', 'By when', false),
    where: textField(f, 'where', { label: 'Where', max: 500 }),
  };
}

/** Parses "mark done": the next step's id (NS-0012). */
export function parseCompleteNextStep(raw: unknown): { readonly nextStepId: string } {
  const f = fieldsOf(raw, 'a finished next step', ['nextStepId']);
  return { nextStepId: parseId(f.nextStepId, 'NS', 'The next step') };
}

/** Parses a stage move; the reason goes to the Activity log. */
export function parseMoveStage(raw: unknown): {
  readonly issueId: string;
  readonly stage: Stage;
  readonly reason: string;
} {
  const f = fieldsOf(raw, 'a stage change', ['issueId', 'stage', 'reason']);
  return {
    issueId: parseIssueId(f.issueId),
    stage: choiceField(f, 'stage', 'Stage', STAGES),
    reason: textField(f, 'reason', { label: 'Why', multiline: true }),
  };
}

/** Parses a logged call: what was said, in a few words. */
export function parseLogCall(raw: unknown): { readonly issueId: string; readonly note: string } {
  const f = fieldsOf(raw, 'a call note', ['issueId', 'note']);
  return {
    issueId: parseIssueId(f.issueId),
    note: textField(f, 'note', { label: 'What was said', required: true, multiline: true }),
  };
}

/** Parses signposting: the organisation from the directory and when to check back. */
export function parseSignpost(raw: unknown): {
  readonly issueId: string;
  readonly organisationId: string;
  readonly followUp: string | null;
} {
  const f = fieldsOf(raw, 'a signposting', ['issueId', 'organisationId', 'followUp']);
  return {
    issueId: parseIssueId(f.issueId),
    organisationId: parseId(f.organisationId, 'ORG', 'The organisation'),
    followUp: dayField(f, 'followUp', 'Check back on', false),
  };
}

/** Parses the plan-meeting dialog. */
export function parsePlanMeeting(raw: unknown): {
  readonly branch: string;
  readonly date: string;
  readonly place: string;
  readonly kind: (typeof MEETING_KINDS)[number];
} {
  const f = fieldsOf(raw, 'a meeting', ['branch', 'date', 'place', 'kind']);
  return {
    branch: textField(f, 'branch', { label: 'Branch', required: true, max: 200 }),
    date: dayField(f, 'date', 'Date', true)!,
    place: textField(f, 'place', { label: 'Place', max: 500 }),
    kind: choiceField(f, 'kind', 'Kind of meeting', MEETING_KINDS),
  };
}

export { type CriterionAnswer, type Decision, parseDecision } from './decisionPayload';
export { MAX_TEXT, parseId } from './payloadFields';

/** A checked YYYY-MM-DD day as the instant it starts in the spreadsheet's time zone. */
export function dayInZone(day: string, timeZone: string): Date {
  const date = parseUkDate(day);
  if (!date) throw new Error(`"${day}" is not a date.`);
  return startOfDay(date, timeZone);
}

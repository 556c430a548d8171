// Reads a form response from either form-submit event shape (spreadsheet or form trigger) into plain data.
import type { IntakeResponse } from '../app/intake';
import { isDate } from '../core/cells';
import type { NamedAnswers } from '../core/intake/answers';
import { responseKey } from '../core/intake/responseKey';

type SheetEvent = GoogleAppsScript.Events.SheetsOnFormSubmit;
type FormEvent = GoogleAppsScript.Events.FormsOnFormSubmit;

/** Answers of a FormResponse keyed by question title (checkboxes stay lists). */
export function formResponseAnswers(
  response: GoogleAppsScript.Forms.FormResponse,
): Record<string, string | string[]> {
  const answers: Record<string, string | string[]> = {};
  for (const item of response.getItemResponses()) {
    const value = item.getResponse();
    answers[item.getItem().getTitle()] = Array.isArray(value) ? value.map(String) : String(value ?? '');
  }
  return answers;
}

/** A FormResponse as intake sees it. */
export function fromFormResponse(response: GoogleAppsScript.Forms.FormResponse): IntakeResponse {
  const answers = formResponseAnswers(response);
  const receivedAt = new Date(response.getTimestamp().getTime());
  return { responseId: responseKey(receivedAt, answers), receivedAt, answers };
}

function fromSheetEvent(event: SheetEvent): IntakeResponse {
  const named = event.namedValues ?? {};
  const answers: Record<string, string> = {};
  for (const [title, values] of Object.entries(named)) answers[title] = (values ?? []).join(', ');
  let receivedAt: Date | null = null;
  if (event.range) {
    const first = event.range.getValues()[0]?.[0];
    if (isDate(first)) receivedAt = first;
  }
  receivedAt ??= new Date();
  return { responseId: responseKey(receivedAt, answers as NamedAnswers), receivedAt, answers };
}

/** Accepts the spreadsheet event (`namedValues`, `range`) or the form event (`response`, `source`). */
export function responseFromEvent(event: unknown): IntakeResponse {
  if (event && typeof event === 'object') {
    if ('response' in event && (event as FormEvent).response)
      return fromFormResponse((event as FormEvent).response);
    if ('namedValues' in event || 'values' in event) return fromSheetEvent(event as SheetEvent);
  }
  throw new Error(
    'onFormSubmit was called without a form response. Install it as a form-submit trigger (Solidarity Desk > Create intake form).',
  );
}

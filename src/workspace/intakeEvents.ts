// Reads a form response from either form-submit event shape (spreadsheet or form trigger) into plain data.
import type { IntakeResponse } from '../app/intake';
import type { TypedChunk } from '../app/verifyAnswers';
import { cellText, isDate } from '../core/cells';
import { headerKey } from '../core/headerKey';
import type { NamedAnswers } from '../core/intake/answers';
import { responseKey } from '../core/intake/responseKey';

type SheetEvent = GoogleAppsScript.Events.SheetsOnFormSubmit;
type FormEvent = GoogleAppsScript.Events.FormsOnFormSubmit;

const TIMESTAMP = headerKey('Timestamp');

/** A FormResponse as intake sees it (form-bound trigger); the timestamp is shown as a sheet would show it. */
export function fromFormResponse(
  response: GoogleAppsScript.Forms.FormResponse,
  timeZone: string,
): IntakeResponse {
  const answers: Record<string, string | string[]> = {};
  for (const item of response.getItemResponses()) {
    const value = item.getResponse();
    answers[item.getItem().getTitle()] = Array.isArray(value) ? value.map(String) : String(value ?? '');
  }
  const receivedAt = new Date(response.getTimestamp().getTime());
  const shown = Utilities.formatDate(receivedAt, timeZone, 'd/M/yyyy H:mm:ss');
  return { responseId: responseKey(shown, answers), receivedAt, answers };
}

/** The spreadsheet event: `namedValues` are the row's displayed strings (no service call needed). */
function fromSheetEvent(event: SheetEvent): IntakeResponse {
  const answers: Record<string, string> = {};
  let shown = '';
  for (const [title, values] of Object.entries(event.namedValues ?? {})) {
    const text = (values ?? []).join(', ');
    if (headerKey(title) === TIMESTAMP) shown = text;
    else answers[title] = text;
  }
  if (!shown) shown = String(event.values?.[0] ?? '');
  return {
    responseId: responseKey(shown, answers as NamedAnswers),
    receivedAt: new Date(),
    answers,
    shownBySheet: true,
  };
}

/** Accepts the spreadsheet event (`namedValues`, `range`) or the form event (`response`, `source`). */
export function responseFromEvent(event: unknown, timeZone: string): IntakeResponse {
  if (event && typeof event === 'object') {
    if ('response' in event && (event as FormEvent).response)
      return fromFormResponse((event as FormEvent).response, timeZone);
    if ('namedValues' in event || 'values' in event) return fromSheetEvent(event as SheetEvent);
  }
  throw new Error(
    'onFormSubmit was called without a form response. Connect the form with Solidarity Desk > Create intake form.',
  );
}

/**
 * Every response in the spreadsheet's linked "Form responses" sheets that look like intake (two reads per
 * sheet: values for the timestamp Date, display values for the same strings the event carries).
 */
export function responsesInSheets(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): IntakeResponse[] {
  const out: IntakeResponse[] = [];
  for (const sheet of spreadsheet.getSheets()) {
    if (!/^form responses/i.test(sheet.getName())) continue;
    const range = sheet.getDataRange();
    const shown = range.getDisplayValues();
    const values = range.getValues();
    const header = (shown[0] ?? []).map(String);
    const at = header.findIndex((h) => headerKey(h) === TIMESTAMP);
    if (at < 0) continue;
    for (let r = 1; r < shown.length; r++) {
      const answers: Record<string, string> = {};
      header.forEach((title, c) => {
        if (c !== at && title) answers[title] = cellText(shown[r]![c]);
      });
      const stamp = values[r]![at];
      if (!isDate(stamp)) continue;
      out.push({
        responseId: responseKey(cellText(shown[r]![at]), answers),
        receivedAt: stamp,
        answers,
        shownBySheet: true,
      });
    }
  }
  return out;
}

/**
 * The form's own responses from `since` (inclusive), oldest first as Forms lists them: the first `limit`
 * read as intake sees them (about 2 + 3 per answered question FormApp calls each), and when the next begins.
 */
export function formResponsesSince(
  form: GoogleAppsScript.Forms.Form,
  since: Date | null,
  limit: number,
  timeZone: string,
): TypedChunk {
  const all = since ? form.getResponses(since) : form.getResponses();
  const responses = all.slice(0, limit).map((r) => fromFormResponse(r, timeZone));
  const next = all[limit];
  return { responses, next: next ? new Date(next.getTimestamp().getTime()) : null };
}

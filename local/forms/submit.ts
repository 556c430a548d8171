// Submitting a response as a respondent would, and re-delivering events as Apps Script sometimes does.
import type { Workspace } from '../runtime/workspace';
import { fireTrigger, scriptState, type TriggerRun } from '../script';
import { spreadsheetStore } from '../spreadsheet/store';
import { RESPONSE_SHEET } from './destination';
import { fireSubmitTriggers, formsState, sheetSubmitEvent } from './fire';
import { isQuestion } from './items';
import type { Answer, FormData, ItemData } from './model';
import { recordResponse } from './record';

/** Who responds, and when (default: now on the workspace clock). */
export interface SubmitOptions {
  readonly respondentEmail?: string;
  readonly at?: Date;
}

/** The stored response's id and every trigger execution the submission started. */
export interface SubmitResult {
  readonly responseId: string;
  readonly executions: TriggerRun[];
}

/** Checks one answer the way the live form would refuse it; returns the stored shape. */
function checkedAnswer(item: ItemData, value: string | string[]): Answer | undefined {
  const values = Array.isArray(value) ? value.map(String) : [String(value)];
  if (values.every((v) => v === '')) return undefined;
  if (item.type !== 'CHECKBOX' && values.length > 1) {
    throw new Error(`"${item.title}" takes one answer, not ${values.length}.`);
  }
  if (['MULTIPLE_CHOICE', 'CHECKBOX', 'LIST'].includes(item.type) && !item.hasOtherOption) {
    const bad = values.find((v) => !item.choices.includes(v));
    if (bad !== undefined) throw new Error(`"${bad}" is not one of the choices of "${item.title}".`);
  }
  if (item.type === 'DATE' && !/^\d{4}-\d{2}-\d{2}$/.test(values[0]!)) {
    throw new Error(`"${item.title}" takes a date as YYYY-MM-DD, not "${values[0]}".`);
  }
  return item.type === 'CHECKBOX' ? values : values[0]!;
}

/** Answers keyed by question title to answers keyed by item id; refuses what the live form refuses. */
function answersById(form: FormData, answers: Record<string, string | string[]>): Map<number, Answer> {
  const questions = form.items.filter(isQuestion);
  const byId = new Map<number, Answer>();
  for (const [title, value] of Object.entries(answers)) {
    const item = questions.find((q) => q.title === title);
    if (!item) throw new Error(`Form "${form.title}" has no question titled "${title}".`);
    const answer = checkedAnswer(item, value);
    if (answer !== undefined) byId.set(item.id, answer);
  }
  const missing = questions.find((q) => q.required && !byId.has(q.id));
  if (missing) throw new Error(`"${missing.title}" is a required question.`);
  return byId;
}

function respondent(form: FormData, options: SubmitOptions): string {
  const email = options.respondentEmail ?? '';
  if (form.collectEmail && email === '')
    throw new Error(`Form "${form.title}" collects email addresses: give respondentEmail.`);
  if (
    form.limitOneResponsePerUser &&
    form.responses.some((r) => r.respondentEmail === email && email !== '')
  ) {
    throw new Error(
      `${email} has already responded to "${form.title}", which allows one response per person.`,
    );
  }
  return form.collectEmail ? email : '';
}

/**
 * Submits a response as a respondent using the live form would: answers keyed by question title
 * (checkbox answers as arrays, dates as 'YYYY-MM-DD'), then writes the destination row and fires every
 * installed form-submit trigger, each as its own execution. A failing handler keeps the response.
 */
export function submitResponse(
  workspace: Workspace,
  formId: string,
  answers: Record<string, string | string[]>,
  options: SubmitOptions = {},
): SubmitResult {
  const state = formsState(workspace);
  const form = state.forms.get(formId);
  if (!form) throw new Error(`No form with id ${formId}.`);
  if (!form.acceptingResponses) throw new Error(`The form "${form.title}" is no longer accepting responses.`);
  const byId = answersById(form, answers);
  const at = options.at?.getTime() ?? workspace.clock.now();
  const response = recordResponse(state, form, byId, respondent(form, options), at);
  return { responseId: response.id, executions: fireSubmitTriggers(workspace, formId, response.id) };
}

/** Delivers the same response's events again, as a retried or duplicated trigger does. */
export function redeliverFormSubmit(workspace: Workspace, formId: string, responseId: string): TriggerRun[] {
  return fireSubmitTriggers(workspace, formId, responseId);
}

/**
 * A spreadsheet form-submit event whose values are all '' (a known Apps Script quirk: spurious events
 * with blank values), pointing at the last row of the response sheet. Fires every ON_FORM_SUBMIT trigger
 * on that spreadsheet.
 */
export function fireGhostFormSubmit(workspace: Workspace, spreadsheetId: string): TriggerRun[] {
  const model = spreadsheetStore(workspace).get(spreadsheetId);
  const sheet = model?.sheetByName(RESPONSE_SHEET);
  if (!sheet) throw new Error(`Spreadsheet ${spreadsheetId} has no "${RESPONSE_SHEET}" sheet.`);
  const at = {
    spreadsheetId,
    sheetName: sheet.name,
    row: Math.max(2, sheet.lastRow()),
    numColumns: sheet.lastColumn(),
  };
  return scriptState(workspace)
    .triggersOn('SPREADSHEETS', spreadsheetId, 'ON_FORM_SUBMIT')
    .map((trigger) =>
      fireTrigger(workspace, trigger, (execution, wrap) => [
        sheetSubmitEvent(workspace, at, trigger.uid, execution, wrap, true),
      ]),
    );
}

// The form-submit events Apps Script delivers: to spreadsheet triggers and to form triggers.
import type { Execution } from '../runtime/execution';
import type { Workspace } from '../runtime/workspace';
import { fireTrigger, scriptState, type TriggerRun } from '../script';
import { rangeOf } from '../spreadsheet';
import { type DestinationRow, displayedRow } from './destination';
import { Form } from './form';
import type { FormData, FormsState } from './model';
import { FormResponse } from './responses';

type Wrap = <T extends object>(fake: T, service: string) => T;

/** The forms module's state, found by name to keep module files free of import cycles. */
export function formsState(workspace: Workspace): FormsState {
  const module = workspace.modules.find((m) => m.name === 'forms');
  if (!module) throw new Error('The forms module is not part of this workspace.');
  return workspace.state(module) as FormsState;
}

/**
 * The spreadsheet form-submit event [M:guides/triggers/event-objects.md]: every value a string as the
 * sheet displays it (Timestamp in the spreadsheet's zone; checkbox answers joined with ', '), namedValues
 * as one-element arrays keyed by header, range = the new row.
 */
export function sheetSubmitEvent(
  workspace: Workspace,
  at: DestinationRow,
  triggerUid: string,
  execution: Execution,
  wrap: Wrap,
  blank = false,
): Record<string, unknown> {
  const { headers, values: shown } = displayedRow(workspace, at);
  const values = blank ? shown.map(() => '') : shown;
  const namedValues: Record<string, string[]> = {};
  headers.forEach((h, i) => {
    namedValues[h] = [values[i] ?? ''];
  });
  const range = rangeOf(workspace, execution, at.spreadsheetId, at.sheetName, at.row, 1, 1, at.numColumns);
  return { authMode: 'FULL', namedValues, range: wrap(range, 'SpreadsheetApp'), triggerUid, values };
}

/** Fires every ON_FORM_SUBMIT trigger for one response: the destination spreadsheet's, then the form's. */
export function fireSubmitTriggers(workspace: Workspace, formId: string, responseId: string): TriggerRun[] {
  const state = formsState(workspace);
  const form = state.forms.get(formId);
  const stored = form?.responses.find((r) => r.id === responseId);
  if (!form || !stored) throw new Error(`No response ${responseId} on form ${formId}.`);
  const scripts = scriptState(workspace);
  const runs: TriggerRun[] = [];
  const row = state.rows.get(responseId);
  if (row) {
    for (const trigger of scripts.triggersOn('SPREADSHEETS', row.spreadsheetId, 'ON_FORM_SUBMIT')) {
      runs.push(
        fireTrigger(workspace, trigger, (execution, wrap) => [
          sheetSubmitEvent(workspace, row, trigger.uid, execution, wrap),
        ]),
      );
    }
  }
  for (const trigger of scripts.triggersOn('FORMS', form.id, 'ON_FORM_SUBMIT')) {
    runs.push(
      fireTrigger(workspace, trigger, (execution, wrap) => [
        formEvent(state, form, responseId, trigger.uid, execution, wrap),
      ]),
    );
  }
  return runs;
}

function formEvent(
  state: FormsState,
  form: FormData,
  responseId: string,
  triggerUid: string,
  execution: Execution,
  wrap: Wrap,
): Record<string, unknown> {
  const context = { state, form, execution };
  const stored = form.responses.find((r) => r.id === responseId)!;
  return {
    authMode: 'FULL',
    response: wrap(new FormResponse(context, stored), 'FormApp'),
    source: wrap(new Form(context), 'FormApp'),
    triggerUid,
  };
}

// Entry points for intake: the form-submit trigger, creating or connecting the form, and the hourly jobs.

import { reconcileJob, verifyJob } from '../app/intakeJobs';
import { type IntakeDeps, receiveIntake } from '../app/receiveIntake';
import { activeSpreadsheet, openDatabase } from '../workspace/casework';
import { keepConfigFresh, loadConfig } from '../workspace/config';
import { recordingFailures } from '../workspace/errors';
import { responseFromEvent } from '../workspace/intakeEvents';
import {
  destinationOf,
  createIntakeForm as makeIntakeForm,
  recordedIntakeForm,
  recordIntakeForm,
} from '../workspace/intakeForm';
import { ScriptLocker } from '../workspace/lock';
import { intakeJobDeps } from '../workspace/longJobDeps';
import { longJobSession } from '../workspace/longJobs';
import { QueueingMailer } from '../workspace/mailer';
import { sendQueuedMail as sendQueue } from '../workspace/mailQueue';
import { withRetry } from '../workspace/retry';
import { ensureClockTrigger, ensureSubmitTrigger } from '../workspace/triggers';

function intakeDeps(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, who: string): IntakeDeps {
  return {
    locker: new ScriptLocker(),
    openDatabase: () => openDatabase(spreadsheet, {}, () => who),
    loadConfig,
    mailer: new QueueingMailer(),
    link: () => spreadsheet.getUrl(),
    now: () => new Date(),
  };
}

/**
 * Installable trigger: files a new-issue form response (either event shape) exactly once. Transient
 * Google errors are retried (filing is idempotent); a permanent failure is recorded in the Errors sheet
 * and re-thrown so the owner gets Google's failure email, and the hourly reconciliation files it later.
 */
export function onFormSubmit(
  event?: GoogleAppsScript.Events.SheetsOnFormSubmit | GoogleAppsScript.Events.FormsOnFormSubmit,
): void {
  const spreadsheet = activeSpreadsheet();
  const response = responseFromEvent(event, spreadsheet.getSpreadsheetTimeZone());
  recordingFailures(spreadsheet, 'Filing a form response', { 'Response ID': response.responseId }, () =>
    withRetry(() => receiveIntake(response, intakeDeps(spreadsheet, 'New-issue form'))),
  );
}

/** Menu: Create intake form. Creates the form once; later runs repair its trigger. Returns the form's link. */
export function createIntakeForm(): string {
  const spreadsheet = activeSpreadsheet();
  const existing = recordedIntakeForm();
  const form = existing ?? makeIntakeForm(spreadsheet);
  if (existing && destinationOf(existing) !== spreadsheet.getId()) {
    existing.setDestination(FormApp.DestinationType.SPREADSHEET, spreadsheet.getId());
  }
  connectIntake(spreadsheet);
  spreadsheet.toast(
    existing ? 'Your intake form is connected.' : 'Your intake form is ready.',
    'Solidarity Desk',
    10,
  );
  return form.getPublishedUrl();
}

/** Connects a team's own form (by URL or id) as the intake form, linking it to this spreadsheet if needed. */
export function useExistingIntakeForm(urlOrId: string): string {
  const spreadsheet = activeSpreadsheet();
  const text = String(urlOrId ?? '').trim();
  const form = /^https?:/.test(text) ? FormApp.openByUrl(text) : FormApp.openById(text);
  if (destinationOf(form) !== spreadsheet.getId())
    form.setDestination(FormApp.DestinationType.SPREADSHEET, spreadsheet.getId());
  recordIntakeForm(form);
  connectIntake(spreadsheet);
  return form.getPublishedUrl();
}

function connectIntake(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): void {
  ensureSubmitTrigger('onFormSubmit', spreadsheet);
  ensureClockTrigger('reconcileIntake', { everyHours: 1 });
  ensureClockTrigger('sendQueuedMail', { everyHours: 1 });
}

/**
 * Hourly job: files any response in the linked "Form responses" sheets that a failed trigger left unfiled,
 * then corrects answers that sheet retyped ("00123" shown as 123) from the form's own responses. Both go
 * in chunks while the execution has time; a continuation a minute later carries on with the rest.
 */
export function reconcileIntake(): number {
  const spreadsheet = activeSpreadsheet();
  const jobs = longJobSession();
  // Hourly, so Settings edits that bypassed onEdit (another script, the API) reach the kept config soon.
  keepConfigFresh(spreadsheet);
  return recordingFailures(spreadsheet, 'Reconciling form responses', {}, () =>
    withRetry(() => {
      const deps = intakeJobDeps(spreadsheet);
      const filing = reconcileJob(deps.responses, deps.intake);
      jobs.run(filing);
      if (deps.verify) jobs.run(verifyJob(deps.verify));
      jobs.finish();
      if (deps.unlinked) {
        throw new Error(
          `The intake form "${deps.unlinked.getTitle()}" is no longer linked to this spreadsheet, so new responses do not ` +
            'reach the Form responses sheet and the submit trigger does not run. Its responses were filed from the form ' +
            'this time. Link it again with Solidarity Desk > Create intake form.',
        );
      }
      return filing.filed.length;
    }),
  );
}

/** Hourly job: sends queued emails while today's allowance lasts. */
export function sendQueuedMail(): number {
  const spreadsheet = activeSpreadsheet();
  return recordingFailures(spreadsheet, 'Sending queued email', {}, () =>
    withRetry(() => sendQueue(spreadsheet)),
  );
}

// Entry points for intake: the form-submit trigger, creating or connecting the form, and the hourly jobs.
import { receiveIntake } from '../app/receiveIntake';
import { reconcileIntake as reconcileResponses } from '../app/reconcile';
import { activeSpreadsheet, openDatabase } from '../workspace/casework';
import { loadConfig } from '../workspace/config';
import { responseFromEvent, responsesInSheets } from '../workspace/intakeEvents';
import {
  destinationOf,
  createIntakeForm as makeIntakeForm,
  recordedIntakeForm,
  recordIntakeForm,
} from '../workspace/intakeForm';
import { ScriptLocker } from '../workspace/lock';
import { QueueingMailer } from '../workspace/mailer';
import { sendQueuedMail as sendQueue } from '../workspace/mailQueue';
import { ensureClockTrigger, ensureSubmitTrigger } from '../workspace/triggers';

/** Installable trigger: files a new-issue form response (either event shape) exactly once. */
export function onFormSubmit(
  event?: GoogleAppsScript.Events.SheetsOnFormSubmit | GoogleAppsScript.Events.FormsOnFormSubmit,
): void {
  const spreadsheet = activeSpreadsheet();
  receiveIntake(responseFromEvent(event, spreadsheet.getSpreadsheetTimeZone()), {
    locker: new ScriptLocker(),
    openDatabase: () => openDatabase(spreadsheet, {}, () => 'New-issue form'),
    loadConfig,
    mailer: new QueueingMailer(),
    link: () => spreadsheet.getUrl(),
    now: () => new Date(),
  });
}

/** Menu: Create intake form. Creates the form once; later runs repair its trigger. Returns the form's link. */
export function createIntakeForm(): string {
  const spreadsheet = activeSpreadsheet();
  const existing = recordedIntakeForm();
  const form = existing ?? makeIntakeForm(spreadsheet);
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

/** Hourly job: files any response in the linked "Form responses" sheets that a failed trigger left unfiled. */
export function reconcileIntake(): number {
  const spreadsheet = activeSpreadsheet();
  const db = openDatabase(spreadsheet, {}, () => 'Reconciliation');
  const responses = responsesInSheets(spreadsheet);
  return reconcileResponses(responses, db, new ScriptLocker(), loadConfig, () => new Date()).filed.length;
}

/** Hourly job: sends queued emails while today's allowance lasts. */
export function sendQueuedMail(): number {
  return sendQueue(activeSpreadsheet());
}

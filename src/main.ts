// Entry points: every export here becomes a top-level function in build/Code.js (triggers, menu, google.script.run).
// Feature areas keep their entry points in src/entries/*, re-exported here so this file lists them all.
export * from './entries/casework';
export * from './entries/documents';
export * from './entries/reports';
export * from './entries/sidebar';
import { receiveIntake } from './app/receiveIntake';
import { reconcileIntake as reconcileResponses } from './app/reconcile';
import { applySetup, previewSetup } from './app/setup';
import { helpPage } from './ui/help';
import { activeSpreadsheet, openDatabase } from './workspace/casework';
import { forgetConfig, loadConfig } from './workspace/config';
import { responseFromEvent, responsesInSheets } from './workspace/intakeEvents';
import {
  destinationOf,
  createIntakeForm as makeIntakeForm,
  recordedIntakeForm,
  recordIntakeForm,
} from './workspace/intakeForm';
import { ScriptLocker } from './workspace/lock';
import { QueueingMailer } from './workspace/mailer';
import { sendQueuedMail as sendQueue } from './workspace/mailQueue';
import { SheetSetupTarget } from './workspace/sheetSetup';
import { addSolidarityDeskMenu, confirm, showDialog, tell } from './workspace/spreadsheetUi';
import { ensureClockTrigger, ensureSubmitTrigger } from './workspace/triggers';

/** Simple trigger: adds the Solidarity Desk menu when a volunteer opens the spreadsheet. */
export function onOpen(_event?: GoogleAppsScript.Events.SheetsOnOpen): void {
  addSolidarityDeskMenu();
}

/** Add-on install hook: shows the menu at once, without reopening the spreadsheet. */
export function onInstall(event?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(event as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}

/** Simple trigger: hand edits to Settings or Branches take effect at once (cached config is forgotten). */
export function onEdit(event?: GoogleAppsScript.Events.SheetsOnEdit): void {
  const name = event?.range?.getSheet().getName();
  if (name === 'Settings' || name === 'Branches') forgetConfig();
}

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

/** Menu: Set up Solidarity Desk. Shows the plan, and only after a yes changes anything. */
export function setup(): void {
  const spreadsheet = activeSpreadsheet();
  const target = new SheetSetupTarget(spreadsheet);
  const preview = previewSetup(target);
  if (preview.plan.nothingToDo) {
    ensureClockTrigger('dailyJob', { dailyAtHour: 7 });
    tell('Solidarity Desk', preview.text);
    return;
  }
  if (!confirm('Set up Solidarity Desk?', preview.text)) return;
  const result = new ScriptLocker().withLock(() =>
    applySetup(target, (names) => openDatabase(spreadsheet, names)),
  );
  forgetConfig();
  ensureClockTrigger('dailyJob', { dailyAtHour: 7 });
  const members =
    result.membersCreated > 0 ? ` ${result.membersCreated} members were created from your sheet.` : '';
  spreadsheet.toast(`Solidarity Desk is set up.${members}`, 'Solidarity Desk', 10);
}

/** Dry run of setup for scripts and the local CLI: the plan in words, nothing written. */
export function setupPlan(): string {
  return previewSetup(new SheetSetupTarget(activeSpreadsheet())).text;
}

/** Menu: Settings. Opens the Settings sheet, where every setting says what it does. */
export function showSettings(): void {
  const sheet = activeSpreadsheet().getSheetByName('Settings');
  if (!sheet) {
    tell('Settings', 'There is no Settings sheet yet: run Solidarity Desk > Set up first.');
    return;
  }
  sheet.activate();
}

/** Menu: Help. */
export function showHelp(): void {
  showDialog(helpPage(), 'Solidarity Desk help');
}

// Entry points: every export here becomes a top-level function in build/Code.js (triggers, menu, google.script.run).
import { helpPage } from './ui/help';
import { addSolidarityDeskMenu, showDialog } from './workspace/spreadsheetUi';

/** Simple trigger: adds the Solidarity Desk menu when a volunteer opens the spreadsheet. */
export function onOpen(_event?: GoogleAppsScript.Events.SheetsOnOpen): void {
  addSolidarityDeskMenu();
}

/** Add-on install hook: shows the menu at once, without reopening the spreadsheet. */
export function onInstall(event?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(event as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}

/** Installable trigger for new-issue form responses (filing arrives with the intake work). */
export function onFormSubmit(_event?: GoogleAppsScript.Events.SheetsOnFormSubmit): void {}

/** Menu: Help. */
export function showHelp(): void {
  showDialog(helpPage(), 'Solidarity Desk help');
}

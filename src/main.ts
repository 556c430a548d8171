// Entry points: every export here becomes a top-level function in build/Code.js (triggers, menu, google.script.run).
import { applySetup, previewSetup } from './app/setup';
import { helpPage } from './ui/help';
import { activeSpreadsheet, openDatabase } from './workspace/casework';
import { ScriptLocker } from './workspace/lock';
import { SheetSetupTarget } from './workspace/sheetSetup';
import { addSolidarityDeskMenu, confirm, showDialog, tell } from './workspace/spreadsheetUi';

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

/** Menu: Set up Solidarity Desk. Shows the plan, and only after a yes changes anything. */
export function setup(): void {
  const spreadsheet = activeSpreadsheet();
  const target = new SheetSetupTarget(spreadsheet);
  const preview = previewSetup(target);
  if (preview.plan.nothingToDo) {
    tell('Solidarity Desk', preview.text);
    return;
  }
  if (!confirm('Set up Solidarity Desk?', preview.text)) return;
  const result = new ScriptLocker().withLock(() =>
    applySetup(target, (names) => openDatabase(spreadsheet, names)),
  );
  const members =
    result.membersCreated > 0 ? ` ${result.membersCreated} members were created from your sheet.` : '';
  spreadsheet.toast(`Solidarity Desk is set up.${members}`, 'Solidarity Desk', 10);
}

/** Dry run of setup for scripts and the local CLI: the plan in words, nothing written. */
export function setupPlan(): string {
  return previewSetup(new SheetSetupTarget(activeSpreadsheet())).text;
}

/** Menu: Help. */
export function showHelp(): void {
  showDialog(helpPage(), 'Solidarity Desk help');
}

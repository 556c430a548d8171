// Entry points: every export here becomes a top-level function in build/Code.js (triggers, menu, google.script.run).
// Feature areas keep their entry points in src/entries/*, re-exported here so this file lists them all.
import { keepConfigFresh } from './workspace/config';
import { addSolidarityDeskMenu } from './workspace/spreadsheetUi';

export * from './entries/casework';
export * from './entries/caseworkJobs';
export * from './entries/documents';
export * from './entries/intake';
export * from './entries/longJobs';
export * from './entries/reports';
export * from './entries/rollup';
export * from './entries/setup';
export * from './entries/sidebar';

/** Simple trigger: adds the Solidarity Desk menu when a volunteer opens the spreadsheet. */
export function onOpen(_event?: GoogleAppsScript.Events.SheetsOnOpen): void {
  addSolidarityDeskMenu();
}

/** Add-on install hook: shows the menu at once, without reopening the spreadsheet. */
export function onInstall(event?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(event as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}

/** Simple trigger: hand edits to Settings, Branches or the log's header take effect at once (the kept config is read again). */
export function onEdit(event?: GoogleAppsScript.Events.SheetsOnEdit): void {
  const range = event?.range;
  const name = range?.getSheet().getName();
  // The Activity log's header row is cached with the config too.
  const logHeader = name === 'Activity log' && range?.getRow() === 1;
  if (name === 'Settings' || name === 'Branches' || logHeader) keepConfigFresh(range!.getSheet().getParent());
}

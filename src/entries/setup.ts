// Entry points for setting up: the setup plan and its confirmation, Settings and Help.
import { applySetup, previewSetup } from '../app/setup';
import { helpPage } from '../ui/help';
import { activeSpreadsheet, openDatabase } from '../workspace/casework';
import { forgetConfig } from '../workspace/config';
import { ScriptLocker } from '../workspace/lock';
import { SheetSetupTarget } from '../workspace/sheetSetup';
import { confirm, showDialog, tell } from '../workspace/spreadsheetUi';
import { ensureClockTrigger } from '../workspace/triggers';
import { createTemplates } from './documents';
import { checkSharing, protectDatabaseIfTeamListed } from './reports';

/** Menu: Set up Solidarity Desk. Shows the plan, and only after a yes changes anything. */
export function setup(): void {
  const spreadsheet = activeSpreadsheet();
  const target = new SheetSetupTarget(spreadsheet);
  const preview = previewSetup(target);
  if (preview.plan.nothingToDo) {
    ensureClockTrigger('dailyJob', { dailyAtHour: 7 });
    const protectedSheets = protectDatabaseIfTeamListed();
    if (protectedSheets) spreadsheet.toast(protectedSheets, 'Solidarity Desk', 10);
    // Setup is when volunteers have just edited Settings and Branches: never leave stale config cached.
    forgetConfig();
    tell('Solidarity Desk', preview.text);
    return;
  }
  if (!confirm('Set up Solidarity Desk?', preview.text)) return;
  const result = new ScriptLocker().withLock(() =>
    applySetup(target, (names) => openDatabase(spreadsheet, names)),
  );
  ensureClockTrigger('dailyJob', { dailyAtHour: 7 });
  const members =
    result.membersCreated > 0 ? ` ${result.membersCreated} members were created from your sheet.` : '';
  spreadsheet.toast(`Solidarity Desk is set up.${members}`, 'Solidarity Desk', 10);
  createTemplates();
  const protectedSheets = protectDatabaseIfTeamListed();
  if (protectedSheets) spreadsheet.toast(protectedSheets, 'Solidarity Desk', 10);
  forgetConfig();
  const warnings = checkSharing();
  if (warnings.length > 0) tell('Please check who can see this spreadsheet', warnings.join('\n\n'));
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

// Entry points for setting up: the setup plan and its confirmation, Settings and Help.
import { applySetup, previewSetup, type SetupResult } from '../app/setup';
import { adoptionJob } from '../app/setupMembers';
import { helpPage } from '../ui/help';
import { activeSpreadsheet, openDatabase } from '../workspace/casework';
import { forgetConfig } from '../workspace/config';
import { ScriptLocker } from '../workspace/lock';
import { adoptionDeps } from '../workspace/longJobDeps';
import { longJobSession } from '../workspace/longJobs';
import { SheetSetupTarget } from '../workspace/sheetSetup';
import { confirm, showDialog, tell } from '../workspace/spreadsheetUi';
import { ensureClockTrigger } from '../workspace/triggers';
import { createTemplates } from './documents';
import { checkSharing, protectDatabaseIfTeamListed } from './reports';

function count(n: number): string {
  return n.toLocaleString('en-GB');
}

/** What setup tells the volunteer it did with their sheet's people. */
function adoptedText(result: SetupResult): string {
  if (!result.adoptionLeft) {
    return result.membersCreated > 0 ? ` ${result.membersCreated} members were created from your sheet.` : '';
  }
  return (
    ` ${count(result.membersCreated)} members were created from the first ${count(result.adoptionLeft.row)} of your ` +
    `sheet's ${count(result.issueRows)} rows. The rest are being adopted in the background over the next few ` +
    'minutes: you can carry on working.'
  );
}

/** Setup run again while a big sheet is still being adopted: one chunk now (idempotent), the rest carried on. */
function carryOnAdoption(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): string {
  const jobs = longJobSession();
  const job = adoptionJob(adoptionDeps(spreadsheet));
  const run = jobs.run(job, 1);
  jobs.finish();
  if (run.chunks === 0 || run.done) return '';
  return `\n\nYour sheet is still being adopted in the background: ${count(job.created.reached)} of ${count(job.created.total)} rows done.`;
}

/**
 * Menu: Set up Solidarity Desk. Shows the plan, and only after a yes changes anything. A big sheet of the
 * team's is adopted in chunks: the first at once, the rest by a continuation in the background.
 */
export function setup(): void {
  const jobs = longJobSession();
  const spreadsheet = activeSpreadsheet();
  const target = new SheetSetupTarget(spreadsheet);
  const preview = previewSetup(target);
  if (preview.plan.nothingToDo) {
    ensureClockTrigger('dailyJob', { dailyAtHour: 7 });
    const protectedSheets = protectDatabaseIfTeamListed();
    if (protectedSheets) spreadsheet.toast(protectedSheets, 'Solidarity Desk', 10);
    const adopting = carryOnAdoption(spreadsheet);
    // Setup is when volunteers have just edited Settings and Branches: never leave stale config cached.
    forgetConfig();
    tell('Solidarity Desk', `${preview.text}${adopting}`);
    return;
  }
  if (!confirm('Set up Solidarity Desk?', preview.text)) return;
  const adoption = adoptionJob(adoptionDeps(spreadsheet));
  const result = new ScriptLocker().withLock(() =>
    applySetup(target, (names) => openDatabase(spreadsheet, names), {
      chunkSize: jobs.chunkSize(adoption),
      remember: (position) => jobs.remember(adoption, position),
    }),
  );
  jobs.finish();
  ensureClockTrigger('dailyJob', { dailyAtHour: 7 });
  spreadsheet.toast(`Solidarity Desk is set up.${adoptedText(result)}`, 'Solidarity Desk', 10);
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

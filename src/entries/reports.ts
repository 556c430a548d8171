// Entry points for reports and privacy (re-exported by src/main.ts, so each export becomes a top-level Apps Script function).
import { protectDatabase as protectSheets, sharingCheck, teamEditors } from '../app/privacy/access';
import { CONFIRM_WORD, eraseMember as erase, previewErasure as preview } from '../app/privacy/erase';
import { previewRetention as previewRule, retentionJob } from '../app/privacy/retention';
import { refreshDashboard as refresh } from '../app/reports/dashboard';
import { impactReport } from '../app/reports/impact';
import { exportFigures } from '../core/reports/export';
import type { Period } from '../core/reports/period';
import { aggregateOf } from '../core/reports/rollUp';
import { actingUser, activeSpreadsheet, openDatabase } from '../workspace/casework';
import { loadConfig } from '../workspace/config';
import { SpreadsheetProtector, sharingAccess } from '../workspace/dashboard/access';
import { SheetDashboard } from '../workspace/dashboard/dashboardSheet';
import { ask } from '../workspace/dashboard/prompt';
import { FormResponseSheets } from '../workspace/dashboard/responseSheets';
import { ScriptLocker } from '../workspace/lock';
import { retentionDeps } from '../workspace/longJobDeps';
import { executionStart, longJobSession } from '../workspace/longJobs';
import { writeExport } from '../workspace/rollUp';
import { tell } from '../workspace/spreadsheetUi';

/** A date argument from a menu, sidebar or script ("2026-04-01" or a Date); triggers pass event objects, ignored. */
function dateArg(value: unknown): Date | null {
  if (typeof value !== 'string' && !(Object.prototype.toString.call(value) === '[object Date]')) return null;
  const date = new Date(value as string);
  return Number.isNaN(date.getTime()) ? null : date;
}

function periodArg(from: unknown, to: unknown): Period | undefined {
  const a = dateArg(from);
  const b = dateArg(to);
  return a && b ? { from: a, to: b } : undefined;
}

function casework() {
  const spreadsheet = activeSpreadsheet();
  const db = openDatabase(spreadsheet);
  const config = loadConfig(db);
  db.useSheetNames(config.settings.sheetNames);
  return { spreadsheet, db, config };
}

/** Menu and daily job: rewrites the Dashboard sheet (optionally for a period given as two dates). */
export function refreshDashboard(from?: unknown, to?: unknown): string {
  const { spreadsheet, db, config } = casework();
  const figures = new ScriptLocker().withLock(() =>
    refresh(db, new SheetDashboard(spreadsheet), config, new Date(), periodArg(from, to)),
  );
  // What a union roll-up spreadsheet may import: aggregate figures only.
  writeExport(spreadsheet, exportFigures(aggregateOf(figures)));
  return `Dashboard refreshed: ${figures.openTotal} open issues, ${figures.outcomes.wins} wins in the period.`;
}

/** Data for the impact report Doc: anonymous figures and consented case studies (branch "" = the whole union). */
export function impactReportData(from: unknown, to: unknown, branch?: unknown): Record<string, unknown> {
  const period = periodArg(from, to);
  if (!period) throw new Error('Give the report period as two dates, e.g. 2026-04-01 and 2027-03-31.');
  const { db, config } = casework();
  const name = typeof branch === 'string' && branch.trim() !== '' ? branch.trim() : null;
  return impactReport(db, config, period, name).data;
}

/** Sidebar or script: what erasing a member would change, as plain text. */
export function previewErasure(memberId: string): string {
  const { spreadsheet, db } = casework();
  return preview(db, new FormResponseSheets(spreadsheet), String(memberId ?? '')).text;
}

/** Erases a member once `confirm` is "ERASE"; returns what was done and the Docs to review by hand. */
export function eraseMember(request: { memberId: string; confirm: string }): string {
  const spreadsheet = activeSpreadsheet();
  const names = loadConfig(openDatabase(spreadsheet)).settings.sheetNames;
  const report = erase(request, {
    openDatabase: () => openDatabase(spreadsheet, names),
    responses: new FormResponseSheets(spreadsheet),
    locker: new ScriptLocker(),
    user: actingUser(),
  });
  if (report.alreadyErased) return `${report.memberId} was already erased. Nothing else to change.`;
  const docs =
    report.docLinks.length > 0
      ? `\nReview and delete these Docs by hand:\n${report.docLinks.join('\n')}`
      : '';
  return `${report.memberId} is erased. Outcome figures are kept without their details.${docs}`;
}

/** Menu: Erase a member. Asks for the id, shows everything that will go, and erases only after ERASE is typed. */
export function eraseMemberFromMenu(): void {
  const memberId = ask('Erase a member', 'Their Member ID, from the Members sheet (like MEM-0007):');
  if (!memberId) return;
  const text = previewErasure(memberId);
  const typed = ask(
    'Erase a member: this cannot be undone',
    `${text}\n\nType ${CONFIRM_WORD} to erase them.`,
  );
  if (typed === null) return;
  if (typed !== CONFIRM_WORD) {
    tell('Erase a member', `Nothing was erased: type ${CONFIRM_WORD} in capitals to confirm.`);
    return;
  }
  tell('Erase a member', eraseMember({ memberId, confirm: typed }));
}

/** Menu: what the retention rule would anonymise today. */
export function previewRetention(): string {
  const { db, config } = casework();
  return previewRule(db, config.settings, new Date()).text;
}

/**
 * Daily job (and menu): applies the retention rule to Issues in chunks, resuming where the last run
 * stopped, while the execution has time; a continuation a minute later carries on with the rest.
 * Scripts may give a chunk size (rows): then one chunk only.
 */
export function applyRetention(chunk?: unknown): string {
  const jobs = longJobSession();
  const rows = typeof chunk === 'number' && chunk > 0 ? chunk : undefined;
  const job = retentionJob(retentionDeps(activeSpreadsheet()), rows);
  const run = jobs.run(job, rows === undefined ? undefined : 1);
  jobs.finish();
  const { issues, members } = job.anonymised;
  return `Retention: ${issues} issue(s) and ${members} member(s) anonymised${run.done ? '.' : '; more to do, carried on in the background.'}`;
}

/** Menu and setup: warnings if the spreadsheet is shared publicly or with anyone who has the link. */
export function checkSharing(): string[] {
  const spreadsheet = activeSpreadsheet();
  return sharingCheck(sharingAccess(spreadsheet), spreadsheet.getName());
}

/** Menu and setup: only the "Team editors" in Settings (and whoever runs the triggers) can change the database sheets. */
export function protectDatabase(): string {
  const { spreadsheet, db, config } = casework();
  const editors = teamEditors(db);
  if (editors.invalid.length > 0)
    throw new Error(
      `Nothing was protected: "${editors.invalid.join('", "')}" in Settings > Team editors is not an email address. Fix it and run this again.`,
    );
  return protectSheets(
    new SpreadsheetProtector(spreadsheet),
    config.settings.sheetNames,
    editors.emails,
    actingUser(),
  );
}

/** Setup: protects the database sheets once the team's editors are listed in Settings; null until they are. */
export function protectDatabaseIfTeamListed(): string | null {
  const { db } = casework();
  const editors = teamEditors(db);
  return editors.emails.length === 0 && editors.invalid.length === 0 ? null : protectDatabase();
}

/** Daily job: the dashboard refreshed and the retention rule applied (the lead's daily trigger calls this). */
export function dailyReports(): string {
  executionStart();
  return `${refreshDashboard()}\n${applyRetention()}`;
}

/** Menu: Dashboard. Refreshes the Dashboard sheet and shows it. */
export function showDashboard(): void {
  const message = refreshDashboard();
  activeSpreadsheet().getSheetByName('Dashboard')?.activate();
  activeSpreadsheet().toast(message, 'Solidarity Desk', 8);
}

/** Menu: Retention preview. What the daily job would anonymise under the Settings rule. */
export function showRetentionPreview(): void {
  tell('Retention', previewRetention());
}

/** Menu: Protect database sheets (Settings > Team editors). */
export function showProtectDatabase(): void {
  tell('Protect database sheets', protectDatabase());
}

/** Menu: Check sharing. Warns if the spreadsheet is shared wider than the team. */
export function showSharingCheck(): void {
  const warnings = checkSharing();
  tell(
    'Sharing',
    warnings.length === 0
      ? 'This spreadsheet is not shared publicly or by link. Good.'
      : warnings.join('\n\n'),
  );
}

// Entry points for the whole branch's casework: Capacity, Check data, the weekly digest and the daily job.
import { sendDigests as digests } from '../app/casework/digests';
import { view } from '../app/casework/session';
import { describeProblem, checkData as runChecks } from '../core/workflow';
import { activeSpreadsheet, openDatabase } from '../workspace/casework';
import { caseworkDeps } from '../workspace/caseworkDeps';
import { keepConfigFresh } from '../workspace/config';
import { ScriptLocker } from '../workspace/lock';
import { QueueingMailer } from '../workspace/mailer';
import { tell } from '../workspace/spreadsheetUi';
import { capacityView } from './casework';
import { dailyReports } from './reports';

/** Menu: Capacity. Live public disputes per branch against the limit. */
export function showCapacity(): void {
  const rows = capacityView();
  tell(
    'Capacity',
    rows.map((r) => `${r.branch || '(no branch)'}: ${r.text}`).join('\n') || 'No branches yet.',
  );
}

/** Menu: Check data. Reports rows that break the rules, with a plain fix; changes nothing. */
export function checkData(): string[] {
  const problems = view(caseworkDeps(), (c, config) =>
    runChecks(
      {
        issues: c.issues,
        members: c.members,
        nextSteps: c.nextSteps,
        decisions: c.decisions,
        branches: config.branches,
      },
      { defaultDisputeLimit: config.settings.defaultDisputeLimit },
    ).map(describeProblem),
  );
  return problems;
}

/** Menu: Check data, shown to the volunteer. */
export function showCheckData(): void {
  const problems = checkData();
  tell(
    'Check data',
    problems.length === 0
      ? 'Everything adds up. Nothing to fix.'
      : `${problems.length} thing(s) to fix:\n\n${problems.slice(0, 30).join('\n')}${problems.length > 30 ? `\n...and ${problems.length - 30} more.` : ''}`,
  );
}

/** Weekly job: each branch's member solidarity team gets its digest (queued when mail runs out). */
export function sendDigests(): number {
  const spreadsheet = activeSpreadsheet();
  const mailer = new QueueingMailer();
  const sent = digests(caseworkDeps(), spreadsheet.getUrl(), (m) => mailer.send(m));
  if (mailer.queued.length > 0) {
    new ScriptLocker().withLock(() => {
      const db = openDatabase(spreadsheet);
      mailer.flushQueue(db);
      db.commit();
    });
  }
  return sent;
}

/** Daily job (07:00): dashboard and retention every day; the weekly digests on the digest day in Settings. */
export function dailyJob(): void {
  // Safety net for Settings edits that bypassed onEdit (another script, the API).
  keepConfigFresh(activeSpreadsheet());
  dailyReports();
  const today = view(caseworkDeps(), (c, config) => ({
    day: new Intl.DateTimeFormat('en-GB', { weekday: 'long', timeZone: c.db.timeZone }).format(c.now),
    digestDay: config.settings.digestDay,
  }));
  if (today.day.toLowerCase() === today.digestDay.toLowerCase()) sendDigests();
}

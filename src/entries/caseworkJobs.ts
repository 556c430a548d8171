// Entry points for the whole branch's casework: Capacity, Check data, the weekly digest and the daily job.
import { digestJob, weekDigests } from '../app/casework/digests';
import { view } from '../app/casework/session';
import { describeProblem, checkData as runChecks } from '../core/workflow';
import { activeSpreadsheet } from '../workspace/casework';
import { caseworkDeps } from '../workspace/caseworkDeps';
import { keepConfigFresh } from '../workspace/config';
import { digestPoster } from '../workspace/longJobDeps';
import { executionStart, longJobSession } from '../workspace/longJobs';
import { tell } from '../workspace/spreadsheetUi';
import { capacityView } from './casework';
import { continueLongJobs } from './longJobs';
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

/**
 * Weekly job: each branch's member solidarity team gets this week's digest (queued when mail runs out),
 * once: branches already sent it this week are skipped, and what the execution has no time for is sent
 * by a continuation. Returns how many branches this run sent it to.
 */
export function sendDigests(): number {
  const jobs = longJobSession();
  const spreadsheet = activeSpreadsheet();
  const job = digestJob(weekDigests(caseworkDeps(), spreadsheet.getUrl()), digestPoster(spreadsheet));
  jobs.run(job);
  jobs.finish();
  return job.sentNow.length;
}

/**
 * Daily job (07:00): dashboard and retention every day; the weekly digests on the digest day in Settings;
 * then, as a safety net, any long job still left (one whose run failed, or a digest stopped part-way).
 */
export function dailyJob(): void {
  executionStart();
  // Safety net for Settings edits that bypassed onEdit (another script, the API).
  keepConfigFresh(activeSpreadsheet());
  dailyReports();
  const today = view(caseworkDeps(), (c, config) => ({
    day: new Intl.DateTimeFormat('en-GB', { weekday: 'long', timeZone: c.db.timeZone }).format(c.now),
    digestDay: config.settings.digestDay,
  }));
  if (today.day.toLowerCase() === today.digestDay.toLowerCase()) sendDigests();
  if (longJobSession().pending().length > 0) continueLongJobs();
}

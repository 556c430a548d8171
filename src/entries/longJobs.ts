// Entry point for the time-driven continuation that carries long jobs on (retention, intake, digests, adoption).
import { digestJob, weekDigests } from '../app/casework/digests';
import { reconcileJob, verifyJob } from '../app/intakeJobs';
import type { ChunkedJob, LongJobs } from '../app/longJobs';
import { retentionJob } from '../app/privacy/retention';
import { adoptionJob } from '../app/setupMembers';
import { errorMessage } from '../core/cells';
import type { JobName } from '../core/jobs/progress';
import { activeSpreadsheet } from '../workspace/casework';
import { caseworkDeps } from '../workspace/caseworkDeps';
import { recordFailure } from '../workspace/errors';
import {
  adoptionDeps,
  digestPoster,
  type IntakeJobDeps,
  intakeJobDeps,
  retentionDeps,
} from '../workspace/longJobDeps';
import { longJobSession } from '../workspace/longJobs';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The week a saved digest was for, so a continuation finishes that week's, whatever day it runs. */
function savedWeek(jobs: LongJobs): string | null {
  const position = jobs.saved('digests')?.position as { week?: unknown } | null | undefined;
  return typeof position?.week === 'string' ? position.week : null;
}

/** Each pending job wired to the real services; null for one whose work no longer applies. */
function jobsFor(names: readonly JobName[], spreadsheet: Spreadsheet, jobs: LongJobs) {
  let intake: IntakeJobDeps | null = null;
  const intakeDeps = (): IntakeJobDeps => {
    intake ??= intakeJobDeps(spreadsheet);
    return intake;
  };
  const build = (name: JobName): ChunkedJob<unknown> | null => {
    switch (name) {
      case 'retention':
        return retentionJob(retentionDeps(spreadsheet));
      case 'reconcile':
        return reconcileJob(intakeDeps().responses, intakeDeps().intake);
      case 'verify-answers': {
        const verify = intakeDeps().verify;
        return verify ? verifyJob(verify) : null;
      }
      case 'digests': {
        const week = savedWeek(jobs);
        const digests = weekDigests(caseworkDeps(), spreadsheet.getUrl());
        return week ? digestJob({ ...digests, week }, digestPoster(spreadsheet)) : null;
      }
      case 'adoption':
        return adoptionJob(adoptionDeps(spreadsheet));
    }
  };
  return names.map((name) => ({ name, job: build(name) }));
}

/**
 * Time-driven trigger (one-off, a minute after a run that left work): runs the next chunks of every
 * long job with work saved, in turn, while the execution has time, then schedules itself again only
 * while something remains. A job that fails is recorded in the Errors sheet and retried (three times
 * in a row at most; then its own daily or hourly run takes it up).
 */
export function continueLongJobs(_event?: unknown): string {
  const jobs = longJobSession();
  const spreadsheet = activeSpreadsheet();
  const pending = jobs.pending();
  if (pending.length === 0) {
    jobs.finish(true);
    return 'Nothing left to carry on.';
  }
  jobs.watch();
  const runnable: Array<ChunkedJob<unknown>> = [];
  for (const { name, job } of jobsFor(pending, spreadsheet, jobs)) {
    if (job) runnable.push(job);
    else jobs.drop(name);
  }
  const failures: string[] = [];
  jobs.runAll(runnable, (name, error) => {
    recordFailure(spreadsheet, `Carrying on a long job (${name})`, error);
    failures.push(`${name}: ${errorMessage(error)}`);
  });
  jobs.finish(true);
  if (failures.length > 0)
    throw new Error(`Some background work failed and will be tried again: ${failures.join('; ')}`);
  const left = jobs.pending();
  return left.length > 0 ? `Carried on; still to do: ${left.join(', ')}.` : 'Carried on; all done.';
}

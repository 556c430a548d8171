// The operations the benchmark measures, as data: name, kind, budget, and how to run each through the bundle.
import type { ExecutionRecord, LocalWorkspace } from '../local';
import type { BenchFixtures } from './generate';
import { call, FORM_ANSWERS, planMeeting, plannedMeeting, runJob, submit } from './runs';

/** A user action must fit Apps Script's 30 s UI limit; a job (trigger, menu batch) the 6-minute one. */
export type OperationKind = 'user-action' | 'job';

/** What an operation may cost. Checked at every size; `flat` across sizes. */
export interface Budget {
  readonly maxProjectedMs: number;
  /** Round trips must not grow with the number of rows. */
  readonly flat?: boolean;
  /** No sheet is read more than once. */
  readonly oneReadPerTable?: boolean;
  readonly maxRoundTrips?: number;
  /** Write round trips (values and structure). */
  readonly maxWrites?: number;
}

/** What an operation gets to run with. `shared` carries results between operations of one size. */
export interface BenchContext {
  readonly local: LocalWorkspace;
  readonly size: number;
  readonly fixtures: BenchFixtures;
  readonly now: Date;
  readonly shared: Map<string, unknown>;
}

/** One benchmarked operation. */
export interface Operation {
  readonly name: string;
  readonly kind: OperationKind;
  /** The bundle global it calls; "not built yet" while build/Code.js lacks it. */
  readonly entryPoint: string;
  readonly budget: Budget;
  /** The generated casebook of this size, or a fresh spreadsheet holding a team's own Cases sheet. */
  readonly workspace: 'casebook' | 'cases-sheet';
  /** Runs it; returns the execution to measure (normally the last one of `entryPoint`). */
  run(ctx: BenchContext): ExecutionRecord;
}

const SECOND = 1000;
/** Every user action: flat, one read per table, under Apps Script's 30 s limit for UI actions. */
const USER_ACTION: Budget = { maxProjectedMs: 30 * SECOND, flat: true, oneReadPerTable: true };
/** Every job: under 5 minutes, leaving a minute of Apps Script's 6 as margin. */
const JOB: Budget = { maxProjectedMs: 5 * 60 * SECOND };

/** The issue's operations, in the order they run on each size's casebook (erasure last). */
export const OPERATIONS: readonly Operation[] = [
  {
    name: 'Form submission',
    kind: 'user-action',
    entryPoint: 'onFormSubmit',
    budget: { ...USER_ACTION, maxRoundTrips: 10 },
    workspace: 'casebook',
    run: (ctx) => submit(ctx, { ...FORM_ANSWERS }),
  },
  {
    name: 'Form submission (returning member)',
    kind: 'user-action',
    entryPoint: 'onFormSubmit',
    budget: { ...USER_ACTION, maxRoundTrips: 10 },
    workspace: 'casebook',
    run: (ctx) =>
      submit(ctx, { ...FORM_ANSWERS, 'Email address': ctx.fixtures.returningEmail, 'Phone number': '' }),
  },
  {
    name: 'Needs-attention view',
    kind: 'user-action',
    entryPoint: 'needsAttention',
    budget: USER_ACTION,
    workspace: 'casebook',
    run: (ctx) => call(ctx, 'needsAttention'),
  },
  {
    name: 'Open an issue card',
    kind: 'user-action',
    entryPoint: 'openIssueCard',
    budget: USER_ACTION,
    workspace: 'casebook',
    run: (ctx) => call(ctx, 'openIssueCard', ctx.fixtures.openIssueId),
  },
  {
    name: 'Record a decision',
    kind: 'user-action',
    entryPoint: 'recordDecision',
    budget: USER_ACTION,
    workspace: 'casebook',
    run: (ctx) =>
      call(ctx, 'recordDecision', {
        issueId: ctx.fixtures.openIssueId,
        route: 'Collective casework',
        decidedBy: 'Member solidarity team',
        decidedOn: ctx.now.toISOString().slice(0, 10),
        reason: 'Public action is not safe for the member; letters and legal referral first.',
      }),
  },
  {
    name: 'Add a next step',
    kind: 'user-action',
    entryPoint: 'addNextStep',
    budget: USER_ACTION,
    workspace: 'casebook',
    run: (ctx) =>
      call(ctx, 'addNextStep', {
        issueId: ctx.fixtures.openIssueId,
        what: 'Draft a demand letter to the landlord',
        who: 'Maya',
        byWhen: new Date(ctx.now.getTime() + 14 * 86_400_000).toISOString().slice(0, 10),
      }),
  },
  {
    name: 'Complete a next step',
    kind: 'user-action',
    entryPoint: 'completeNextStep',
    budget: USER_ACTION,
    workspace: 'casebook',
    run: (ctx) => call(ctx, 'completeNextStep', { nextStepId: ctx.fixtures.openNextStepId }),
  },
  ...[5, 50].map(
    (issues): Operation => ({
      name: `Plan a meeting agenda (${issues} issues)`,
      kind: 'user-action',
      entryPoint: 'planMeeting',
      budget: USER_ACTION,
      workspace: 'casebook',
      run: (ctx) => planMeeting(ctx, issues),
    }),
  ),
  ...[5, 50].map(
    (issues): Operation => ({
      name: `Generate a write-up (${issues} issues)`,
      kind: 'user-action',
      entryPoint: 'writeUpMeeting',
      budget: { ...USER_ACTION, maxRoundTrips: 15 },
      workspace: 'casebook',
      run: (ctx) => call(ctx, 'writeUpMeeting', plannedMeeting(ctx, `meeting${issues}`)),
    }),
  ),
  {
    name: 'Import a write-up',
    kind: 'user-action',
    entryPoint: 'importWriteUp',
    budget: USER_ACTION,
    workspace: 'casebook',
    run: (ctx) => call(ctx, 'importWriteUp', plannedMeeting(ctx, 'meeting5')),
  },
  {
    // Once per spreadsheet: creates the Dashboard and export sheets and inserts the three charts.
    name: 'Dashboard (first refresh)',
    kind: 'user-action',
    entryPoint: 'refreshDashboard',
    budget: USER_ACTION,
    workspace: 'casebook',
    run: (ctx) => call(ctx, 'refreshDashboard'),
  },
  {
    // Every refresh after the first (the daily job, the menu): the sheet and its charts exist.
    name: 'Dashboard refresh',
    kind: 'user-action',
    entryPoint: 'refreshDashboard',
    budget: { ...USER_ACTION, maxWrites: 5 },
    workspace: 'casebook',
    run: (ctx) => {
      if (!ctx.local.boundSpreadsheet().sheetByName('Dashboard')) call(ctx, 'refreshDashboard');
      return call(ctx, 'refreshDashboard');
    },
  },
  {
    name: 'Daily digest',
    kind: 'job',
    entryPoint: 'sendDigests',
    budget: JOB,
    workspace: 'casebook',
    run: (ctx) => runJob(ctx, 'sendDigests'),
  },
  {
    name: 'Hourly intake reconciliation',
    kind: 'job',
    entryPoint: 'reconcileIntake',
    budget: JOB,
    workspace: 'casebook',
    run: (ctx) => runJob(ctx, 'reconcileIntake'),
  },
  {
    name: 'Hourly queued mail',
    kind: 'job',
    entryPoint: 'sendQueuedMail',
    budget: JOB,
    workspace: 'casebook',
    run: (ctx) => runJob(ctx, 'sendQueuedMail'),
  },
  {
    name: 'Erase a member',
    kind: 'user-action',
    entryPoint: 'eraseMember',
    budget: USER_ACTION,
    workspace: 'casebook',
    run: (ctx) => call(ctx, 'eraseMember', { memberId: ctx.fixtures.memberId, confirm: 'ERASE' }),
  },
  {
    name: 'Setup adopting a Cases sheet (min(N, 5,000) rows)',
    kind: 'job',
    entryPoint: 'setup',
    budget: JOB,
    workspace: 'cases-sheet',
    run: (ctx) => call(ctx, 'setup'),
  },
];

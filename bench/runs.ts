// How the benchmark calls the bundle: as a volunteer, as a trigger, and the answers of a form response.
import type { ExecutionRecord } from '../local';
import type { BenchContext } from './operations';

/** Calls `fn(...args)` as a volunteer at the spreadsheet and returns that execution's record. */
export function call(ctx: BenchContext, fn: string, ...args: unknown[]): ExecutionRecord {
  try {
    ctx.local.run(fn, ...args);
  } catch {
    // A failed run is recorded in history with its error; the report shows it.
  }
  return lastRun(ctx, fn);
}

/** The most recent execution of `fn`. */
export function lastRun(ctx: BenchContext, fn: string): ExecutionRecord {
  const record = [...ctx.local.workspace.history].reverse().find((r) => r.functionName === fn);
  if (!record) throw new Error(`${fn} did not run.`);
  return record;
}

/** The meeting id a planMeeting call returned (a string or `{ meetingId }`), else an existing meeting. */
export function plannedMeeting(ctx: BenchContext, key: string): string {
  const value = ctx.shared.get(key);
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object') {
    const id = (value as { meetingId?: unknown; id?: unknown }).meetingId ?? (value as { id?: unknown }).id;
    if (typeof id === 'string') return id;
  }
  return ctx.fixtures.meetingId;
}

/** Plans a meeting of the fixtures' branch with `issues` agenda issues, keeping the id it returns. */
export function planMeeting(ctx: BenchContext, issues: number): ExecutionRecord {
  const payload = {
    branch: ctx.fixtures.branch,
    // A different day per agenda size, so the second plan is not "already planned".
    date: new Date(ctx.now.getTime() + (7 + issues) * 86_400_000).toISOString().slice(0, 10),
    kind: 'Branch meeting',
    issueIds: ctx.fixtures.agendaIssueIds.slice(0, issues),
  };
  try {
    ctx.shared.set(`meeting${issues}`, ctx.local.run('planMeeting', payload));
  } catch {
    // Recorded in history.
  }
  return lastRun(ctx, 'planMeeting');
}

/** The answers of a new-issue form response (question titles from src/core/intake/questions.ts). */
export const FORM_ANSWERS: Readonly<Record<string, string>> = {
  'Your name': 'Zoë Ó Súilleabháin',
  'Email address': 'zoe.bench@example.org',
  // Outside the generated 07700 9xxxxx range, so this person is new at every size.
  'Phone number': '07700 800 461',
  Postcode: 'e8 3qp',
  'What is the issue about?': 'Disrepair',
  'Tell us what is happening': 'Black mould in both bedrooms since October; the agent ignores our emails.',
  'May we contact you about this?': 'Yes',
};

/** Runs a job as its time-driven trigger would: no UI, as the installing volunteer. */
export function runJob(ctx: BenchContext, fn: string): ExecutionRecord {
  try {
    ctx.local.runAs(fn, [], { kind: 'installable-trigger' });
  } catch {
    // Recorded in history.
  }
  return lastRun(ctx, fn);
}

/** Fills in the intake form; returns the onFormSubmit execution it triggered. */
export function submit(ctx: BenchContext, answers: Record<string, string>): ExecutionRecord {
  const result = ctx.local.submitForm(answers);
  const run = result.executions.find((e) => e.handler === 'onFormSubmit');
  return run?.execution ?? lastRun(ctx, 'onFormSubmit');
}

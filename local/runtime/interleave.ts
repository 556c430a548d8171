// Interleavings, crashes and faults injected at service-call boundaries, for reliability tests.
import { GasException } from './errors';
import { type Execution, ExecutionCrash } from './execution';
import type { ServiceCall } from './meter';
import type { CallInterceptor, ExecutionRecord, Workspace } from './workspace';

/** How one side of a scenario ended: what it threw (if anything) and the executions it ran. */
export interface RunOutcome {
  readonly status: 'completed' | 'failed' | 'crashed';
  /** The first failure message (thrown, or recorded by an execution such as a failed trigger). */
  readonly message?: string;
  readonly executions: readonly ExecutionRecord[];
}

/** What running b inside a at a's k-th service call did. */
export interface Interleaving {
  readonly k: number;
  /** False when a made fewer than k calls: b then ran after a finished. */
  readonly reached: boolean;
  /** Service calls a made (its own executions only, not b's). */
  readonly callsOfA: number;
  readonly a: RunOutcome;
  readonly b: RunOutcome;
}

/** Two pieces of work on one fresh workspace: a runs first, b is slipped in at a's k-th call. */
export interface Scenario {
  readonly workspace: Workspace;
  readonly a: () => void;
  readonly b: () => void;
}

const STATUS_RANK = { completed: 0, failed: 1, crashed: 2 } as const;

/** Runs work, collecting the executions it starts and how it ended, without letting it throw. */
function observe(workspace: Workspace, work: () => void, skip: () => ReadonlySet<number>): RunOutcome {
  const before = workspace.history.length;
  let thrown: unknown;
  let threw = false;
  try {
    work();
  } catch (e) {
    thrown = e;
    threw = true;
  }
  const executions = workspace.history.slice(before).filter((r) => !skip().has(r.id));
  let status: RunOutcome['status'] = 'completed';
  let message: string | undefined;
  for (const record of executions) {
    if (STATUS_RANK[record.status] > STATUS_RANK[status]) status = record.status;
    message ??= record.error;
  }
  if (threw) {
    status = thrown instanceof ExecutionCrash || status === 'crashed' ? 'crashed' : 'failed';
    message = (thrown as { message?: string } | null)?.message ?? String(thrown);
  }
  return { status, executions, ...(message === undefined ? {} : { message }) };
}

/** Adds an interceptor for the duration of `work`, removing it even when work throws. */
export function withInterceptor<T>(workspace: Workspace, intercept: CallInterceptor, work: () => T): T {
  workspace.interceptors.push(intercept);
  try {
    return work();
  } finally {
    const at = workspace.interceptors.indexOf(intercept);
    if (at >= 0) workspace.interceptors.splice(at, 1);
  }
}

/**
 * Runs `a`; when a's executions make their k-th service call (before it runs), runs `b` to completion
 * inside it, as a second Apps Script execution starting at that instant would. Locks stay honest: b
 * cannot take a lock a holds. If a makes fewer than k calls, b runs after a.
 */
export function runInterleaved(workspace: Workspace, a: () => void, b: () => void, k: number): Interleaving {
  let callsOfA = 0;
  let insideB = false;
  let reached = false;
  const ofB = new Set<number>();
  let bOutcome: RunOutcome | undefined;
  const runB = (): RunOutcome => {
    insideB = true;
    try {
      const outcome = observe(workspace, b, () => new Set());
      for (const record of outcome.executions) ofB.add(record.id);
      return outcome;
    } finally {
      insideB = false;
    }
  };
  const intercept: CallInterceptor = () => {
    if (insideB) return;
    callsOfA += 1;
    if (callsOfA === k && !reached) {
      reached = true;
      bOutcome = runB();
    }
  };
  const aOutcome = withInterceptor(workspace, intercept, () => observe(workspace, a, () => ofB));
  bOutcome ??= runB();
  return { k, reached, callsOfA, a: aOutcome, b: bOutcome };
}

/**
 * Builds a fresh scenario for each k = 1, 2, ... and runs b inside a at a's k-th call, until a k past
 * a's last call (b after a). `check` sees every interleaving; returns them all (for counts in reports).
 */
export async function forEveryK<S extends Scenario>(
  makeScenario: () => Promise<S> | S,
  check: (result: Interleaving, scenario: S) => void,
  maxK = 500,
): Promise<Interleaving[]> {
  const results: Interleaving[] = [];
  for (let k = 1; k <= maxK; k++) {
    const scenario = await makeScenario();
    const result = runInterleaved(scenario.workspace, scenario.a, scenario.b, k);
    results.push(result);
    check(result, scenario);
    if (!result.reached) return results;
  }
  throw new Error(`forEveryK: a still made more than ${maxK} service calls; raise maxK.`);
}

/** What stopping a dead at its k-th call did. */
export interface CrashResult {
  readonly k: number;
  /** False when a made fewer than k calls (so it ran to its end). */
  readonly reached: boolean;
  /** The call a was stopped at (it never ran). */
  readonly call?: ServiceCall;
  readonly outcome: RunOutcome;
}

/** Runs `a`, stopping its execution dead (ExecutionCrash) just before its k-th service call. */
export function crashAt(workspace: Workspace, k: number, a: () => void): CrashResult {
  let calls = 0;
  let stoppedAt: ServiceCall | undefined;
  const intercept: CallInterceptor = (_execution, call) => {
    calls += 1;
    if (calls === k) {
      stoppedAt = call;
      throw new ExecutionCrash(call.index);
    }
  };
  const outcome = withInterceptor(workspace, intercept, () => observe(workspace, a, () => new Set()));
  return { k, reached: stoppedAt !== undefined, outcome, ...(stoppedAt ? { call: stoppedAt } : {}) };
}

/**
 * Crashes a fresh scenario's `a` at k = 1, 2, ... until a runs to its end; `check` sees each crash
 * with its scenario (to run the recovery, e.g. reconciliation, and check the data).
 */
export async function forEveryCrash<S extends Omit<Scenario, 'b'>>(
  makeScenario: () => Promise<S> | S,
  check: (result: CrashResult, scenario: S) => void,
  maxK = 500,
): Promise<CrashResult[]> {
  const results: CrashResult[] = [];
  for (let k = 1; k <= maxK; k++) {
    const scenario = await makeScenario();
    const result = crashAt(scenario.workspace, k, scenario.a);
    results.push(result);
    check(result, scenario);
    if (!result.reached) return results;
  }
  throw new Error(`forEveryCrash: a still made more than ${maxK} service calls; raise maxK.`);
}

/** Apps Script's wording for a short-term rate limit [developers.google.com/apps-script/guides/services/quotas]. */
export const RATE_LIMIT_MESSAGE =
  'Service invoked too many times in a short time: spreadsheets. Try Utilities.sleep(1000) between calls.';

/** Decides, per call, whether Google fails it: return the message to throw, or undefined to let it run. */
export type FaultPlan = (call: ServiceCall, execution: Execution) => string | undefined;

/**
 * Makes chosen service calls fail with an Apps Script-shaped error (name 'Exception'), as a flaky or
 * rate-limited Google service does; the call does not run. Returns a function that removes the fault.
 */
export function injectFaults(workspace: Workspace, plan: FaultPlan): () => void {
  const intercept: CallInterceptor = (execution, call) => {
    const message = plan(call, execution);
    if (message !== undefined) throw new GasException(message);
  };
  workspace.interceptors.push(intercept);
  return () => {
    const at = workspace.interceptors.indexOf(intercept);
    if (at >= 0) workspace.interceptors.splice(at, 1);
  };
}

/** A plan failing the first `times` calls of a method (`Service Class.method`, e.g. 'SpreadsheetApp Range.setValues'). */
export function failFirst(method: string, times: number, message = RATE_LIMIT_MESSAGE): FaultPlan {
  let left = times;
  return (call) => {
    if (`${call.service} ${call.method}` !== method || left <= 0) return undefined;
    left -= 1;
    return message;
  };
}

// Shared by the long-job tests: overrides, saved progress, the continuation trigger, crashes and slow calls.
import type { LocalWorkspace, SheetRecord } from '../../../local';
import { propertyStores } from '../../../local/base';
import { ExecutionCrash } from '../../../local/runtime/execution';
import type { ServiceCall } from '../../../local/runtime/meter';
import type { CallInterceptor } from '../../../local/runtime/workspace';
import { scriptState, type TriggerRun } from '../../../local/script';

export const CONTINUE = 'continueLongJobs';

/** The spreadsheet's properties, where long jobs keep their progress. */
export function properties(local: LocalWorkspace): Map<string, string> {
  return propertyStores(local.workspace).documentStore(local.boundSpreadsheet().id);
}

/** Sets the documented overrides: rows (responses, branches) per chunk and chunks per execution. */
export function override(local: LocalWorkspace, values: { rows?: number; perRun?: number }): void {
  if (values.rows) properties(local).set('solidarity-desk-chunk-rows', String(values.rows));
  if (values.perRun) properties(local).set('solidarity-desk-chunks-per-run', String(values.perRun));
}

/** A job's saved progress, as JSON read back (null when none is saved). */
export function progress(local: LocalWorkspace, job: string): { position: unknown; done: boolean } | null {
  const json = properties(local).get(`solidarity-desk-job-${job}`);
  return json ? (JSON.parse(json) as { position: unknown; done: boolean }) : null;
}

/** The continuation triggers installed (pending, or left listed after firing). */
export function continuations(local: LocalWorkspace) {
  return scriptState(local.workspace).triggers.filter((t) => t.handler === CONTINUE);
}

/**
 * Moves the clock on a minute at a time until no continuation is left (at most `limit` minutes), as the
 * time-driven triggers would; returns every trigger run on the way.
 */
export function runToCompletion(local: LocalWorkspace, limit = 60): TriggerRun[] {
  const runs: TriggerRun[] = [];
  for (let minute = 0; minute < limit && continuations(local).length > 0; minute++)
    runs.push(...local.advance(61 * 1000));
  if (continuations(local).length > 0) throw new Error(`Still continuing after ${limit} minutes.`);
  return runs;
}

/** Runs `work` with an interceptor on every service call, removed afterwards. */
export function intercepting<T>(local: LocalWorkspace, intercept: CallInterceptor, work: () => T): T {
  local.workspace.interceptors.push(intercept);
  try {
    return work();
  } finally {
    local.workspace.interceptors.splice(local.workspace.interceptors.indexOf(intercept), 1);
  }
}

/**
 * Stops an execution of `functionName` dead just before its `nth` call of `method` (e.g. the second
 * `SpreadsheetApp Range.setValues`), once, as a killed Apps Script run stops.
 */
export function crashAt(functionName: string, method: string, nth: number): CallInterceptor {
  let seen = 0;
  let done = false;
  return (execution, call: ServiceCall) => {
    if (done || execution.functionName !== functionName || `${call.service} ${call.method}` !== method)
      return;
    seen += 1;
    if (seen < nth) return;
    done = true;
    throw new ExecutionCrash(call.index);
  };
}

/**
 * Apps Script leaves a fired one-off trigger listed, disabled, until it is deleted; the local runtime
 * removes it. This puts each fired continuation back (never due again), so the code must delete it.
 */
export function keepFiredTriggersListed(local: LocalWorkspace): CallInterceptor {
  const state = scriptState(local.workspace);
  const restored = new Set<string>();
  return (execution) => {
    const uid = execution.triggerUid;
    if (!uid || execution.functionName !== CONTINUE || restored.has(uid)) return;
    restored.add(uid);
    state.triggers.push({
      uid,
      handler: CONTINUE,
      eventType: 'CLOCK',
      source: 'CLOCK',
      sourceId: null,
      user: execution.user,
      createdAt: local.workspace.clock.now(),
    });
  };
}

/** Rows of a sheet without the columns stamped with the time of writing, for comparing two runs. */
export function withoutTimes(rows: readonly SheetRecord[]): Array<Record<string, unknown>> {
  return rows.map((row) =>
    Object.fromEntries(Object.entries(row).filter(([key]) => !['Updated', 'Created'].includes(key))),
  );
}

/** Makes every call of `method` (or every call, without one) take `ms` on the workspace clock. */
export function slowCalls(local: LocalWorkspace, ms: number, method?: string): CallInterceptor {
  return (_execution, call) => {
    if (method === undefined || `${call.service} ${call.method}` === method)
      local.workspace.clock.advance(ms);
  };
}

/** The span of each execution of `functionName` on the workspace clock, from its first service call to its last. */
export function timing(local: LocalWorkspace, functionName: string) {
  const spans = new Map<number, { from: number; to: number }>();
  const intercept: CallInterceptor = (execution) => {
    if (execution.functionName !== functionName) return;
    const now = local.workspace.clock.now();
    const span = spans.get(execution.id);
    if (span) span.to = now;
    else spans.set(execution.id, { from: now, to: now });
  };
  return { intercept, longest: () => Math.max(0, ...[...spans.values()].map((s) => s.to - s.from)) };
}

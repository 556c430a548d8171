// Runs one installed trigger's handler as its own execution, as its creator, keeping any failure.
import type { ArgumentsBuilder, ExecutionRecord, Workspace } from '../runtime/workspace';
import type { TriggerRecord } from './triggers';

/** What one trigger firing did. */
export interface TriggerRun {
  readonly triggerUid: string;
  readonly handler: string;
  /** The execution's record in `workspace.history` (status, calls, error). */
  readonly execution: ExecutionRecord;
  /** What the handler returned, when it completed. */
  readonly result?: unknown;
}

/**
 * Fires `trigger` with the event the builder makes. A handler that throws does not throw here:
 * Apps Script records a failed execution and carries on with other triggers.
 */
export function fireTrigger(
  workspace: Workspace,
  trigger: TriggerRecord,
  event: ArgumentsBuilder,
): TriggerRun {
  const activeSpreadsheetId =
    trigger.source === 'SPREADSHEETS' ? trigger.sourceId : workspace.boundSpreadsheetId;
  const before = workspace.history.length;
  let result: unknown;
  let completed = false;
  try {
    result = workspace.run(trigger.handler, event, {
      kind: 'installable-trigger',
      user: trigger.user,
      triggerUid: trigger.uid,
      activeSpreadsheetId,
    });
    completed = true;
  } catch (e) {
    if (workspace.history.length === before) recordMissingHandler(workspace, trigger, e);
  }
  const execution = workspace.history.at(-1)!;
  return {
    triggerUid: trigger.uid,
    handler: trigger.handler,
    execution,
    ...(completed ? { result } : {}),
  };
}

/**
 * A trigger whose function no longer exists fails before any execution starts; Apps Script still
 * lists a failed execution ("Script function not found"), so this keeps one in the history too.
 */
function recordMissingHandler(workspace: Workspace, trigger: TriggerRecord, error: unknown): void {
  workspace.history.push({
    id: -1,
    functionName: trigger.handler,
    status: 'failed',
    calls: 0,
    callCounts: {},
    totalMs: 0,
    fakeMs: 0,
    error: error instanceof Error ? error.message : String(error),
  });
}

// The contract every fake Google service implements to plug into a local workspace.
import type { Execution } from './execution';
import type { Workspace } from './workspace';

/**
 * One fake service (or a family, e.g. SpreadsheetApp). It owns its state for the whole workspace,
 * hands each execution its globals, and persists itself into the workspace folder.
 */
export interface ServiceModule<S> {
  /** A short unique name, e.g. 'spreadsheets'. */
  readonly name: string;
  /** The state shared by every execution, created once per workspace. */
  createState(workspace: Workspace): S;
  /** Globals this module adds for one execution, keyed by Apps Script name (e.g. `SpreadsheetApp`). */
  globals(state: S, execution: Execution): Record<string, object>;
  /** Reads state from the workspace folder, if present. */
  load?(state: S, dir: string): Promise<void>;
  /** Writes state into the workspace folder as files people can open. */
  save?(state: S, dir: string): Promise<void>;
}

// Test harness: a workspace with every fake, and SpreadsheetApp/Charts globals instrumented as the bundle sees them.
import { Clock } from '../../../local/runtime/clock';
import { Execution, type ExecutionOptions } from '../../../local/runtime/execution';
import { instrument } from '../../../local/runtime/instrument';
import type { ServiceModule } from '../../../local/runtime/module';
import { Workspace } from '../../../local/runtime/workspace';
import { spreadsheetModule, spreadsheetStore } from '../../../local/spreadsheet';
import type { SpreadsheetApp } from '../../../local/spreadsheet/app';
import type { Charts } from '../../../local/spreadsheet/chart';
import { uiModule } from '../../../local/ui';

/** Only the modules this fake needs, so other fakes' work in progress cannot break these tests. */
export const MODULES = [uiModule, spreadsheetModule] as readonly ServiceModule<unknown>[];

/** What a test gets: the workspace, its store, a bound spreadsheet and the globals of one execution. */
export interface Harness {
  readonly workspace: Workspace;
  readonly store: ReturnType<typeof spreadsheetStore>;
  readonly spreadsheetId: string;
  readonly app: SpreadsheetApp;
  readonly charts: Charts;
  readonly calls: string[];
  /** Globals for another execution (e.g. another user). */
  globalsFor(options: ExecutionOptions): { app: SpreadsheetApp; charts: Charts };
}

let nextId = 1000;

/** A fresh in-memory workspace with one bound spreadsheet named `Casework` (London time). */
export function harness(options: { now?: Date; dir?: string } = {}): Harness {
  const workspace = new Workspace({
    modules: MODULES,
    clock: new Clock(options.now ?? new Date('2024-03-15T12:00:00Z')),
    ...(options.dir ? { dir: options.dir } : {}),
  });
  const store = spreadsheetStore(workspace);
  const spreadsheetId = store.create('Casework').id;
  workspace.boundSpreadsheetId = spreadsheetId;
  const calls: string[] = [];
  const globalsFor = (opts: ExecutionOptions) => {
    const execution = new Execution(
      workspace,
      ++nextId,
      'test',
      { activeSpreadsheetId: spreadsheetId, ...opts },
      workspace.user,
    );
    const hooks = { before: (s: string, m: string) => calls.push(`${s} ${m}`), after: () => undefined };
    const globals = spreadsheetModule.globals(store, execution) as {
      SpreadsheetApp: SpreadsheetApp;
      Charts: Charts;
    };
    return {
      app: instrument(globals.SpreadsheetApp, 'SpreadsheetApp', hooks),
      charts: instrument(globals.Charts, 'Charts', hooks),
    };
  };
  const { app, charts } = globalsFor({});
  return { workspace, store, spreadsheetId, app, charts, calls, globalsFor };
}

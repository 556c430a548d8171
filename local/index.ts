// The local runtime's programmatic API: open a workspace folder and run the built bundle on it.
import { ALL_MODULES } from './modules';
import { Clock } from './runtime/clock';
import { Workspace } from './runtime/workspace';
import { uiModule } from './ui';

export { Clock } from './runtime/clock';
export { ExecutionCrash } from './runtime/execution';
export type { ExecutionRecord } from './runtime/workspace';
export { Workspace } from './runtime/workspace';

export interface OpenOptions {
  /** Freeze time at this instant (tests); default follows the machine's clock. */
  readonly now?: Date;
  readonly user?: string;
  readonly bundlePath?: string;
}

/** Opens (or starts) a local workspace: `dir` undefined keeps everything in memory. */
export async function openWorkspace(dir?: string, options: OpenOptions = {}): Promise<LocalWorkspace> {
  const workspace = new Workspace({
    modules: ALL_MODULES,
    ...(dir === undefined ? {} : { dir }),
    ...(options.now ? { clock: new Clock(options.now) } : {}),
    ...(options.user ? { user: options.user } : {}),
    ...(options.bundlePath ? { bundlePath: options.bundlePath } : {}),
  });
  await workspace.load();
  return new LocalWorkspace(workspace);
}

/** The friendly face of a workspace, for tests, the CLI and `npm start`. */
export class LocalWorkspace {
  constructor(readonly workspace: Workspace) {}

  /** Calls a global of build/Code.js as Apps Script would, from the spreadsheet editor. */
  run(functionName: string, ...args: unknown[]): unknown {
    return this.workspace.run(functionName, args);
  }

  /** Menus, dialogs and alerts the bundle showed. */
  get ui() {
    return this.workspace.state(uiModule);
  }

  save(): Promise<void> {
    return this.workspace.save();
  }
}

// One run of a bundle function, as Apps Script runs one: fresh globals, its own locks, its own call count.
import type { Workspace } from './workspace';

/** How an execution was started; decides e.g. whether `SpreadsheetApp.getUi()` is allowed. */
export type ExecutionKind = 'editor' | 'simple-trigger' | 'installable-trigger' | 'web';

/** The user and document an execution runs for. */
export interface ExecutionOptions {
  readonly kind?: ExecutionKind;
  /** The user running it (for triggers: the trigger's creator). */
  readonly user?: string;
  /** The spreadsheet the script is bound to or the add-on is open in. */
  readonly activeSpreadsheetId?: string | null;
  /** The trigger that started it, if any. */
  readonly triggerUid?: string;
}

/** Thrown into an execution to stop it dead, as a killed or timed-out Apps Script run stops. */
export class ExecutionCrash extends Error {
  constructor(readonly atCall: number) {
    super(`Execution stopped after service call ${atCall} (crash injected by the local runtime).`);
    this.name = 'ExecutionCrash';
  }
}

/** State of one execution; fakes read it (user, active spreadsheet) and register end-of-run work. */
export class Execution {
  readonly kind: ExecutionKind;
  readonly user: string;
  readonly activeSpreadsheetId: string | null;
  readonly triggerUid: string | undefined;
  /** Service calls made so far by this execution. */
  calls = 0;
  /** Calls by `Service Class.method`, for the benchmark. */
  readonly callCounts = new Map<string, number>();
  /** Milliseconds spent inside fakes (the rest of the run's time is the bundle's own JavaScript). */
  fakeMs = 0;
  crashed = false;
  /** The bundle's global object (its vm context), so fakes like HtmlTemplate can run code in its scope. */
  scriptGlobal: object | undefined;
  private readonly endHooks: Array<() => void> = [];

  constructor(
    readonly workspace: Workspace,
    readonly id: number,
    readonly functionName: string,
    options: ExecutionOptions,
    defaultUser: string,
  ) {
    this.kind = options.kind ?? 'editor';
    this.user = options.user ?? defaultUser;
    this.activeSpreadsheetId = options.activeSpreadsheetId ?? null;
    this.triggerUid = options.triggerUid;
  }

  /** True where Apps Script allows `getUi()`: a user at the editor, not a trigger or a web request. */
  get hasUi(): boolean {
    return this.kind === 'editor' || this.kind === 'simple-trigger';
  }

  /** Registers work Apps Script does when the run ends (release locks, save and close documents). */
  onEnd(hook: () => void): void {
    this.endHooks.push(hook);
  }

  /** Runs end-of-run work once, in registration order. */
  finish(): void {
    for (const hook of this.endHooks.splice(0)) hook();
  }
}

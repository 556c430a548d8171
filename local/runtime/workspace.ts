// A local workspace: the state of every fake Google service, and the runner that executes the bundle on it.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { Clock } from './clock';
import { Execution, ExecutionCrash, type ExecutionOptions } from './execution';
import { type CallHooks, instrument } from './instrument';
import { CallMeter, type ServiceCall } from './meter';
import type { ServiceModule } from './module';

/** Sees every service call before it runs; may run another execution (interleaving) or throw ExecutionCrash. */
export type CallInterceptor = (execution: Execution, call: ServiceCall) => void;

/**
 * Builds a function's arguments inside its execution, e.g. an event whose `range` is a Range that the
 * bundle will call: `wrap(object, 'SpreadsheetApp')` instruments a fake for this execution without
 * counting its construction as a call.
 */
export type ArgumentsBuilder = (
  execution: Execution,
  wrap: <T extends object>(fake: T, service: string) => T,
) => unknown[];

/** What happened in one execution, kept for the CLI, tests and the benchmark. */
export interface ExecutionRecord {
  readonly id: number;
  readonly functionName: string;
  readonly status: 'completed' | 'failed' | 'crashed';
  readonly calls: number;
  readonly callCounts: Record<string, number>;
  readonly totalMs: number;
  readonly fakeMs: number;
  readonly error?: string;
}

export interface WorkspaceOptions {
  /** Folder the workspace persists to; without one it lives in memory only. */
  readonly dir?: string;
  /** The built bundle to run (default: build/Code.js of this project). */
  readonly bundlePath?: string;
  /** A still clock for tests; default follows the machine's clock. */
  readonly clock?: Clock;
  /** The user who runs things (default volunteer@branch.example). */
  readonly user?: string;
  readonly modules: readonly ServiceModule<unknown>[];
}

interface WorkspaceFile {
  boundSpreadsheetId: string | null;
  user: string;
  /** Time the CLI's `tick` moved the clock on, so later runs see the same "now". */
  clockAdvancedMs?: number;
}

const DEFAULT_BUNDLE = join(__dirname, '..', '..', 'build', 'Code.js');

/** Holds all fake services' state for one folder and runs bundle functions against it. */
export class Workspace {
  readonly clock: Clock;
  readonly meter = new CallMeter();
  readonly dir: string | undefined;
  readonly user: string;
  readonly modules: readonly ServiceModule<unknown>[];
  /** Spreadsheet the script is bound to (the container), if any. */
  boundSpreadsheetId: string | null = null;
  readonly interceptors: CallInterceptor[] = [];
  readonly history: ExecutionRecord[] = [];
  private readonly states = new Map<ServiceModule<unknown>, unknown>();
  private readonly stack: Execution[] = [];
  private readonly script: vm.Script;
  private nextExecutionId = 0;

  constructor(options: WorkspaceOptions) {
    this.dir = options.dir;
    this.clock = options.clock ?? new Clock();
    this.user = options.user ?? 'volunteer@branch.example';
    this.modules = options.modules;
    const bundlePath = options.bundlePath ?? DEFAULT_BUNDLE;
    if (!existsSync(bundlePath)) throw new Error(`${bundlePath} is missing: run "npm run build" first.`);
    this.script = new vm.Script(readFileSync(bundlePath, 'utf8'), { filename: 'Code.js' });
  }

  /** The shared state of one service module, created on first use. */
  state<S>(module: ServiceModule<S>): S {
    const key = module as ServiceModule<unknown>;
    if (!this.states.has(key)) this.states.set(key, module.createState(this));
    return this.states.get(key) as S;
  }

  /** The execution currently running (innermost, when one runs inside another). */
  get currentExecution(): Execution | undefined {
    return this.stack[this.stack.length - 1];
  }

  /** True if the bundle defines a global function of this name (features land one at a time). */
  hasFunction(name: string): boolean {
    const context = vm.createContext({});
    this.script.runInContext(context);
    return vm.runInContext(`typeof ${name.replace(/[^\w$]/g, '')}`, context) === 'function';
  }

  /** A new Drive-style id: 44 url-safe characters. */
  newId(): string {
    return randomBytes(33).toString('base64url');
  }

  /** Runs a global function of the bundle as Apps Script would: fresh globals, locks released at the end. */
  run(
    functionName: string,
    args: readonly unknown[] | ArgumentsBuilder = [],
    options: ExecutionOptions = {},
  ): unknown {
    const execution = new Execution(
      this,
      ++this.nextExecutionId,
      functionName,
      { activeSpreadsheetId: this.boundSpreadsheetId, ...options },
      this.user,
    );
    const hooks = this.hooksFor(execution);
    const cache = new WeakMap<object, object>();
    const context = vm.createContext(this.globalsFor(execution, hooks, cache));
    execution.scriptGlobal = context;
    this.script.runInContext(context);
    const wrap = <T extends object>(fake: T, service: string): T => instrument(fake, service, hooks, cache);
    const callArgs = typeof args === 'function' ? args(execution, wrap) : args;
    const fn = (context as Record<string, unknown>)[functionName];
    if (typeof fn !== 'function') throw new Error(`Script function not found: ${functionName}`);
    this.stack.push(execution);
    const started = performance.now();
    let status: ExecutionRecord['status'] = 'completed';
    let error: string | undefined;
    try {
      return (fn as (...a: unknown[]) => unknown)(...callArgs);
    } catch (e) {
      status = execution.crashed || e instanceof ExecutionCrash ? 'crashed' : 'failed';
      // Errors thrown by the bundle come from its own realm, so `instanceof Error` is false for them.
      const message = (e as { message?: unknown } | null)?.message;
      error = typeof message === 'string' ? message : String(e);
      throw e;
    } finally {
      this.stack.pop();
      execution.finish();
      this.history.push({
        id: execution.id,
        functionName,
        status,
        calls: execution.calls,
        callCounts: Object.fromEntries(execution.callCounts),
        totalMs: performance.now() - started,
        fakeMs: execution.fakeMs,
        ...(error === undefined ? {} : { error }),
      });
    }
  }

  /**
   * Runs Node code as if it were a script of the workspace, with the instrumented service globals (e.g. to
   * create "a team's existing form" in a test or the demo). Counted and locked like any execution.
   */
  withServices<T>(
    body: (globals: Readonly<Record<string, unknown>>) => T,
    options: ExecutionOptions = {},
  ): T {
    const execution = new Execution(
      this,
      ++this.nextExecutionId,
      'withServices',
      { activeSpreadsheetId: this.boundSpreadsheetId, ...options },
      this.user,
    );
    const globals = this.globalsFor(execution, this.hooksFor(execution), new WeakMap());
    this.stack.push(execution);
    try {
      return body(globals);
    } finally {
      this.stack.pop();
      execution.finish();
    }
  }

  private globalsFor(
    execution: Execution,
    hooks: CallHooks,
    cache: WeakMap<object, object>,
  ): Record<string, unknown> {
    const globals: Record<string, unknown> = {
      console,
      Date: this.clock.dateConstructor(),
    };
    for (const module of this.modules) {
      for (const [name, service] of Object.entries(module.globals(this.state(module), execution))) {
        globals[name] = instrument(service, name, hooks, cache);
      }
    }
    return globals;
  }

  private hooksFor(execution: Execution): CallHooks {
    return {
      before: (service, method) => {
        if (execution.crashed) throw new ExecutionCrash(execution.calls);
        execution.calls += 1;
        const call: ServiceCall = { service, method, index: execution.calls, executionId: execution.id };
        const key = `${service} ${method}`;
        execution.callCounts.set(key, (execution.callCounts.get(key) ?? 0) + 1);
        this.meter.record(call);
        try {
          for (const intercept of this.interceptors) intercept(execution, call);
        } catch (e) {
          if (e instanceof ExecutionCrash) execution.crashed = true;
          throw e;
        }
      },
      after: (_service, _method, elapsedMs) => {
        execution.fakeMs += elapsedMs;
      },
    };
  }

  /** Reads every module's files from the workspace folder. */
  async load(): Promise<void> {
    if (!this.dir) return;
    const file = join(this.dir, 'workspace.json');
    if (existsSync(file)) {
      const saved = JSON.parse(readFileSync(file, 'utf8')) as Partial<WorkspaceFile>;
      this.boundSpreadsheetId = saved.boundSpreadsheetId ?? null;
      this.clock.advancedMs = saved.clockAdvancedMs ?? 0;
    }
    for (const module of this.modules) await module.load?.(this.state(module), this.dir);
  }

  /** Writes every module's files into the workspace folder. */
  async save(): Promise<void> {
    if (!this.dir) return;
    mkdirSync(this.dir, { recursive: true });
    const file: WorkspaceFile = {
      boundSpreadsheetId: this.boundSpreadsheetId,
      user: this.user,
      clockAdvancedMs: this.clock.advancedMs,
    };
    writeFileSync(join(this.dir, 'workspace.json'), `${JSON.stringify(file, null, 2)}\n`);
    for (const module of this.modules) await module.save?.(this.state(module), this.dir);
  }
}

// Test harness: a workspace on the fixture bundle, and a way to call the fakes through instrumented globals.
import { join } from 'node:path';
import { ALL_MODULES } from '../../../local/modules';
import { Clock } from '../../../local/runtime/clock';
import type { ExecutionOptions } from '../../../local/runtime/execution';
import { Workspace } from '../../../local/runtime/workspace';

/** An Apps Script object seen from a test: any member may be called or read, and results chain. */
export interface Loose {
  (...args: unknown[]): Loose;
  readonly [member: string]: Loose;
}

/** The globals the fixture bundle hands to `harness` callbacks. */
export interface Globals {
  readonly ScriptApp: Loose;
  readonly Session: Loose;
  readonly FormApp: Loose;
  readonly SpreadsheetApp: Loose;
  readonly Date: DateConstructor;
}

export const FIXTURE_BUNDLE = join(__dirname, 'fixture-bundle.js');

/** A fresh in-memory workspace whose still clock starts at `start`. */
export function fixtureWorkspace(start = new Date('2026-11-22T14:05:03Z'), user?: string): Workspace {
  return new Workspace({
    modules: ALL_MODULES,
    bundlePath: FIXTURE_BUNDLE,
    clock: new Clock(start),
    ...(user ? { user } : {}),
  });
}

/** Runs `body` inside one execution with the bundle's instrumented globals. */
export function inExecution<T>(
  workspace: Workspace,
  body: (g: Globals) => T,
  options: ExecutionOptions = {},
): T {
  return workspace.run('harness', [body], options) as T;
}

// Test harness: a workspace with only the base/html/cards fakes, running test closures as executions.
import { join } from 'node:path';
import { baseModule } from '../../../local/base';
import type { CacheService } from '../../../local/base/cache';
import type { LockService } from '../../../local/base/lock';
import type { Logger } from '../../../local/base/logger';
import type { MailApp } from '../../../local/base/mail';
import type { PropertiesService } from '../../../local/base/properties';
import type { Utilities } from '../../../local/base/utilities';
import { cardsModule } from '../../../local/cards';
import { htmlModule } from '../../../local/html';
import { Clock } from '../../../local/runtime/clock';
import type { ExecutionOptions } from '../../../local/runtime/execution';
import type { ServiceModule } from '../../../local/runtime/module';
import { Workspace } from '../../../local/runtime/workspace';

/** The globals a test closure receives (the instrumented fakes). */
export interface Globals {
  readonly LockService: LockService;
  readonly PropertiesService: PropertiesService;
  readonly CacheService: CacheService;
  readonly MailApp: MailApp;
  readonly Utilities: Utilities;
  readonly Logger: Logger;
  readonly [name: string]: unknown;
}

export const FIXTURE_BUNDLE = join(__dirname, 'fixture-bundle.js');
export const START = new Date('2024-03-01T09:00:00Z');

/** A fresh in-memory (or folder-backed) workspace on a still clock. */
export function newWorkspace(options: { dir?: string; start?: Date; user?: string } = {}): Workspace {
  return new Workspace({
    modules: [baseModule, htmlModule, cardsModule] as readonly ServiceModule<unknown>[],
    bundlePath: FIXTURE_BUNDLE,
    clock: new Clock(options.start ?? START),
    ...(options.dir ? { dir: options.dir } : {}),
    ...(options.user ? { user: options.user } : {}),
  });
}

/** Runs `fn` as one execution of the fixture bundle and returns what it returns. */
export function runIn<T>(workspace: Workspace, fn: (g: Globals) => T, options: ExecutionOptions = {}): T {
  return workspace.run('invoke', [fn], options) as T;
}

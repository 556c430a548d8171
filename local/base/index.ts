// The base services as one module: LockService, PropertiesService, CacheService, MailApp, Utilities, Logger.
import type { ServiceModule } from '../runtime/module';
import type { Workspace } from '../runtime/workspace';
import { CacheService, CacheStores } from './cache';
import { LockService, LockTable } from './lock';
import { LogBook, Logger } from './logger';
import { MailApp } from './mail';
import { Outbox } from './outbox';
import { PropertiesService, PropertyStores } from './properties';
import { Utilities } from './utilities';

export { Blob, newBlob } from './blob';
export type { LogEntry } from './logger';
export type { SentMail } from './outbox';

/** Everything the base services keep for a workspace. */
export interface BaseState {
  readonly locks: LockTable;
  readonly properties: PropertyStores;
  readonly caches: CacheStores;
  readonly outbox: Outbox;
  readonly logs: LogBook;
}

export const baseModule: ServiceModule<BaseState> = {
  name: 'base',
  createState: (workspace) => ({
    locks: new LockTable(workspace.clock),
    properties: new PropertyStores(),
    caches: new CacheStores(workspace.clock),
    outbox: new Outbox(workspace.clock),
    logs: new LogBook(),
  }),
  globals: (state, execution) => ({
    LockService: new LockService(state.locks, execution),
    PropertiesService: new PropertiesService(state.properties, execution),
    CacheService: new CacheService(state.caches, execution),
    MailApp: new MailApp(state.outbox, execution),
    Utilities: new Utilities(execution.workspace.clock),
    Logger: new Logger(state.logs, execution),
  }),
  load: async (state, dir) => {
    state.properties.load(dir);
    state.outbox.load(dir);
  },
  save: async (state, dir) => {
    state.properties.save(dir);
    state.outbox.save(dir);
  },
};

/** The workspace's locks, e.g. to make an outside party hold the script lock in a burst test. */
export function lockTable(workspace: Workspace): LockTable {
  return workspace.state(baseModule).locks;
}

/** The workspace's outbox: `sent()`, `setDailyQuota(n)`, `remainingQuota()`. */
export function mailbox(workspace: Workspace): Outbox {
  return workspace.state(baseModule).outbox;
}

/** Drops every cache entry, as Google may at any time. */
export function evictAll(workspace: Workspace): void {
  workspace.state(baseModule).caches.evictAll();
}

/** The property stores (script, per user, per document), for tests and the CLI. */
export function propertyStores(workspace: Workspace): PropertyStores {
  return workspace.state(baseModule).properties;
}

/** Every message logged with Logger, oldest first. */
export function logBook(workspace: Workspace): LogBook {
  return workspace.state(baseModule).logs;
}

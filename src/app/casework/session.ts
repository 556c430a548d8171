// Opens the casework for one request: read-only views without the lock, changes inside it and committed.

import type { Database, Locker } from '../ports';
import type { Config } from '../receiveIntake';
import { Casework } from './read';

/** What a casework request needs from the workspace. */
export interface CaseworkDeps {
  readonly openDatabase: () => Database;
  readonly loadConfig: (db: Database) => Config;
  readonly locker: Locker;
  readonly now: () => Date;
}

function open(deps: CaseworkDeps): { c: Casework; config: Config } {
  const db = deps.openDatabase();
  const config = deps.loadConfig(db);
  db.useSheetNames(config.settings.sheetNames);
  return { c: new Casework(db, deps.now()), config };
}

/** A view: reads only, no lock. */
export function view<T>(deps: CaseworkDeps, read: (c: Casework, config: Config) => T): T {
  const { c, config } = open(deps);
  return read(c, config);
}

/**
 * A change: under the script lock, tables read inside it, one commit; then `after` sees the committed
 * state (a fresh parse of the same in-memory tables, so no re-read from the sheet).
 */
export function change<T, R>(
  deps: CaseworkDeps,
  write: (c: Casework, config: Config) => T,
  after: (c: Casework, config: Config, result: T) => R,
): R {
  return deps.locker.withLock(() => {
    const { c, config } = open(deps);
    const result = write(c, config);
    c.db.commit();
    return after(new Casework(c.db, c.now), config, result);
  });
}

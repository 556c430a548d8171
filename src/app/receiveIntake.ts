// Use case: a form response arrives; file it under the lock, then tell the people who need to know.
import type { Branch } from '../core/branches';
import type { Settings } from '../core/settings';
import { type FilingResult, fileIntake, type IntakeResponse } from './intake';
import { intakeMessages, type Mailer } from './notify';
import type { Database, Locker } from './ports';

/** Settings and branches, as loaded (from cache or sheets) by the workspace. */
export interface Config {
  readonly settings: Settings;
  readonly branches: readonly Branch[];
}

/** What receiving a response needs from the workspace. */
export interface IntakeDeps {
  readonly locker: Locker;
  readonly openDatabase: () => Database;
  readonly loadConfig: (db: Database) => Config;
  readonly mailer: Mailer;
  readonly link: () => string;
  readonly now: () => Date;
}

/** Files the response exactly once (under the lock), then sends or queues the emails it calls for. */
export function receiveIntake(response: IntakeResponse, deps: IntakeDeps): FilingResult {
  const db = deps.openDatabase();
  const { result, settings } = deps.locker.withLock(() => {
    const config = deps.loadConfig(db);
    db.useSheetNames(config.settings.sheetNames);
    const result = fileIntake(db, response, config.settings, config.branches, deps.now());
    db.commit();
    return { result, settings: config.settings };
  });
  if (result.status !== 'filed') return result;
  for (const message of intakeMessages(result, settings, deps.link(), db.timeZone)) deps.mailer.send(message);
  if (deps.mailer.queued.length > 0) {
    const queueDb = deps.openDatabase();
    deps.locker.withLock(() => {
      deps.mailer.flushQueue(queueDb);
      queueDb.commit();
    });
  }
  return result;
}

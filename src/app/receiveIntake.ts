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
  notifyFiled([result], settings, db.timeZone, deps);
  return result;
}

/**
 * Sends (or queues) the emails newly filed issues call for. A message that cannot go (today's allowance
 * used up) is queued; one Google refuses (an address it rejects) is noted in the Activity log, and the
 * other messages still go.
 */
export function notifyFiled(
  results: readonly FilingResult[],
  settings: Settings,
  timeZone: string,
  deps: IntakeDeps,
): void {
  const refused: string[] = [];
  for (const result of results) {
    if (result.status !== 'filed') continue;
    for (const message of intakeMessages(result, settings, deps.link(), timeZone)) {
      if (deps.mailer.send(message) === 'refused')
        refused.push(`${result.issueId}: "${message.subject}" was not sent (${deps.mailer.lastRefusal})`);
    }
  }
  if (deps.mailer.queued.length === 0 && refused.length === 0) return;
  const db = deps.openDatabase();
  deps.locker.withLock(() => {
    deps.mailer.flushQueue(db);
    for (const line of refused) db.log(line.slice(0, line.indexOf(':')), 'Email not sent', line);
    db.commit();
  });
}

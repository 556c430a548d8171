// The real services behind the casework use cases, for entry points.
import type { CaseworkDeps } from '../app/casework/session';
import { activeSpreadsheet, openDatabase } from './casework';
import { loadConfig } from './config';
import { ScriptLocker } from './lock';

/** The casework use cases' ports for the active spreadsheet. */
export function caseworkDeps(): CaseworkDeps {
  const spreadsheet = activeSpreadsheet();
  return {
    openDatabase: () => openDatabase(spreadsheet),
    loadConfig,
    locker: new ScriptLocker(),
    now: () => new Date(),
  };
}

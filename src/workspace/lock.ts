// The script-wide lock: every write that allocates ids or depends on what it read runs inside it.
import type { Locker } from '../app/ports';
import { flushIfWritten } from './pendingWrites';

/** Waits up to `waitMs` for the script lock (throwing Apps Script's timeout error), runs, flushes what it wrote, releases. */
export class ScriptLocker implements Locker {
  withLock<T>(work: () => T, waitMs = 30000): T {
    const lock = LockService.getScriptLock();
    lock.waitLock(waitMs);
    try {
      return work();
    } finally {
      try {
        flushIfWritten();
      } finally {
        lock.releaseLock();
      }
    }
  }
}

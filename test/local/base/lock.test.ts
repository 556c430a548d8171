// Contract tests for the LockService fake: nested contention, auto-release, forced outside contention.
import { lockTable } from '../../../local/base';
import { LOCK_TIMEOUT_MESSAGE } from '../../../local/base/lock';
import { newWorkspace, runIn } from './harness';

describe('LockService', () => {
  it('does not take the lock until tryLock or waitLock, and re-locking has no effect', () => {
    const ws = newWorkspace();
    const result = runIn(ws, (g) => {
      const lock = g.LockService.getScriptLock();
      const before = lock.hasLock();
      const first = lock.tryLock(1000);
      const again = lock.tryLock(0);
      return { before, first, again, after: lock.hasLock() };
    });
    expect(result).toEqual({ before: false, first: true, again: true, after: true });
  });

  it('makes a nested execution wait out its timeout when the outer one holds the script lock', () => {
    const ws = newWorkspace();
    const outcome = runIn(ws, (g) => {
      g.LockService.getScriptLock().waitLock(30000);
      const startedAt = ws.clock.now();
      const inner = runIn(ws, (h) => h.LockService.getScriptLock().tryLock(5000));
      return { inner, waited: ws.clock.now() - startedAt };
    });
    expect(outcome).toEqual({ inner: false, waited: 5000 });
  });

  it("blocks an execution interleaved at the outer one's k-th service call", () => {
    const ws = newWorkspace();
    const innerResults: boolean[] = [];
    ws.interceptors.push((execution, call) => {
      if (execution.functionName === 'invoke' && execution.id === 1 && call.index === 3) {
        innerResults.push(runIn(ws, (h) => h.LockService.getScriptLock().tryLock(10000)));
      }
    });
    runIn(ws, (g) => {
      const lock = g.LockService.getScriptLock(); // call 1
      lock.waitLock(30000); // call 2
      lock.hasLock(); // call 3: the interleaved execution runs here
    });
    expect(innerResults).toEqual([false]);
    expect(ws.clock.now() - new Date('2024-03-01T09:00:00Z').getTime()).toBe(10000);
  });

  it('throws the timeout exception from a blocked waitLock', () => {
    const ws = newWorkspace();
    runIn(ws, (g) => {
      g.LockService.getScriptLock().waitLock(1000);
      expect(() => runIn(ws, (h) => h.LockService.getScriptLock().waitLock(2000))).toThrow(
        LOCK_TIMEOUT_MESSAGE,
      );
    });
    expect(ws.history.map((r) => r.status)).toEqual(['failed', 'completed']);
  });

  it('releases locks when the execution ends, even when it fails', () => {
    const ws = newWorkspace();
    expect(() =>
      runIn(ws, (g) => {
        g.LockService.getScriptLock().waitLock(1000);
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(lockTable(ws).holder('script')).toBeNull();
    expect(runIn(ws, (g) => g.LockService.getScriptLock().tryLock(0))).toBe(true);
  });

  it('releaseLock frees the lock for a later nested execution', () => {
    const ws = newWorkspace();
    const inner = runIn(ws, (g) => {
      const lock = g.LockService.getScriptLock();
      lock.waitLock(1000);
      lock.releaseLock();
      return { has: lock.hasLock(), nested: runIn(ws, (h) => h.LockService.getScriptLock().tryLock(0)) };
    });
    expect(inner).toEqual({ has: false, nested: true });
  });

  it('keeps user locks per user and document locks per document', () => {
    const ws = newWorkspace();
    const result = runIn(
      ws,
      (g) => {
        g.LockService.getUserLock().waitLock(10);
        g.LockService.getDocumentLock()!.waitLock(10);
        const otherUser = runIn(ws, (h) => h.LockService.getUserLock().tryLock(10), {
          user: 'b@branch.example',
          activeSpreadsheetId: 'sheet-2',
        });
        const sameDoc = runIn(ws, (h) => h.LockService.getDocumentLock()!.tryLock(10), {
          user: 'b@branch.example',
          activeSpreadsheetId: 'sheet-1',
        });
        return { otherUser, sameDoc };
      },
      { user: 'a@branch.example', activeSpreadsheetId: 'sheet-1' },
    );
    expect(result).toEqual({ otherUser: true, sameDoc: false });
  });

  it('returns no document lock outside a document', () => {
    const ws = newWorkspace();
    expect(runIn(ws, (g) => g.LockService.getDocumentLock())).toBeNull();
  });

  it('rejects null and negative timeouts with Apps Script wording', () => {
    const ws = newWorkspace();
    runIn(ws, (g) => {
      const lock = g.LockService.getScriptLock();
      expect(() => lock.waitLock(null as unknown as number)).toThrow(
        "The parameters (null) don't match the method signature for LockService.Lock.waitLock.",
      );
      expect(() => lock.tryLock(-1)).toThrow('Invalid argument: timeoutInMillis');
    });
  });

  it('lets a test make an outside party hold the script lock for N attempts', () => {
    const ws = newWorkspace();
    lockTable(ws).holdScriptLockOutside({ attempts: 2 });
    const results = [1, 2, 3].map(() => runIn(ws, (g) => g.LockService.getScriptLock().tryLock(100)));
    expect(results).toEqual([false, false, true]);
    expect(ws.clock.now() - new Date('2024-03-01T09:00:00Z').getTime()).toBe(200);
  });

  it('hands the lock over when an outside hold ends within the wait', () => {
    const ws = newWorkspace();
    const start = ws.clock.now();
    lockTable(ws).holdScriptLockOutside({ until: start + 3000 });
    expect(runIn(ws, (g) => g.LockService.getScriptLock().tryLock(1000))).toBe(false);
    expect(runIn(ws, (g) => g.LockService.getScriptLock().tryLock(5000))).toBe(true);
    expect(ws.clock.now() - start).toBe(3000);
    expect(lockTable(ws).holder('script')).toBeNull();
  });
});

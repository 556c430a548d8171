// Fake LockService: script, document and user locks held by executions, with honest contention.
import type { Clock } from '../runtime/clock';
import { GasException, signatureError } from '../runtime/errors';
import type { Execution } from '../runtime/execution';

/** Who holds a lock: an execution id, or a party outside this workspace (a test forcing contention). */
export type LockHolder = number | 'outside';

/** Wording used by gas-fakes and seen in deployment logs; UNCONFIRMED in Google's docs. */
export const LOCK_TIMEOUT_MESSAGE = 'Lock timeout: another process was holding the lock for too long.';

interface OutsideHold {
  /** Acquisition attempts that still fail (decremented per blocked attempt). */
  attemptsLeft: number;
  /** The outside party lets go at this instant (ms since epoch); Infinity when only attempts count. */
  until: number;
}

/**
 * Every lock of one workspace. Executions are synchronous and may nest (B runs inside A's k-th call),
 * so a lock held by any other live execution can never be released while the asker waits.
 */
export class LockTable {
  private readonly holders = new Map<string, LockHolder>();
  private outside: OutsideHold | null = null;

  constructor(private readonly clock: Clock) {}

  /** The holder of a lock key (`script`, `document:<id>`, `user:<email>`), or null when free. */
  holder(key: string): LockHolder | null {
    if (key === 'script' && this.outsideHolds()) return 'outside';
    return this.holders.get(key) ?? null;
  }

  /**
   * Makes an outside party hold the script lock: for the next `attempts` acquisition attempts, and/or
   * until the instant `until`. A waiter whose timeout reaches past `until` gets the lock at `until`.
   */
  holdScriptLockOutside(options: { attempts?: number; until?: Date | number }): void {
    const until = options.until === undefined ? Number.POSITIVE_INFINITY : Number(options.until.valueOf());
    const attempts = options.attempts ?? (options.until === undefined ? 1 : Number.POSITIVE_INFINITY);
    this.outside = { attemptsLeft: attempts, until };
  }

  /** Ends any outside hold at once. */
  releaseOutside(): void {
    this.outside = null;
  }

  /** Tries to take `key` for `execution` within `timeoutMs`; a blocked wait moves the clock on. */
  acquire(key: string, execution: Execution, timeoutMs: number): boolean {
    const current = this.holders.get(key);
    if (current === execution.id) return true;
    if (key === 'script' && this.outsideHolds()) {
      if (!this.waitForOutside(timeoutMs)) return false;
    } else if (current !== undefined) {
      // The holder is an enclosing execution: it cannot run (and release) until we return.
      this.clock.advance(timeoutMs);
      return false;
    }
    this.holders.set(key, execution.id);
    return true;
  }

  /** Releases `key` if `execution` holds it; a no-op otherwise, as `Lock.releaseLock` documents. */
  release(key: string, execution: Execution): void {
    if (this.holders.get(key) === execution.id) this.holders.delete(key);
  }

  /** True if `execution` holds `key`. */
  holds(key: string, execution: Execution): boolean {
    return this.holders.get(key) === execution.id;
  }

  private outsideHolds(): boolean {
    const hold = this.outside;
    if (!hold) return false;
    if (hold.attemptsLeft <= 0 || this.clock.now() >= hold.until) {
      this.outside = null;
      return false;
    }
    return true;
  }

  /** Waits for the outside party: true (clock at its release time) if it lets go within the timeout. */
  private waitForOutside(timeoutMs: number): boolean {
    const hold = this.outside!;
    hold.attemptsLeft -= 1;
    const waitNeeded = hold.until - this.clock.now();
    if (hold.attemptsLeft >= 0 && waitNeeded <= timeoutMs && Number.isFinite(waitNeeded)) {
      this.clock.advance(Math.max(0, waitNeeded));
      this.outside = null;
      return true;
    }
    this.clock.advance(timeoutMs);
    return false;
  }
}

/** Lock (LockService.Lock): the lock is only taken by tryLock/waitLock and is released at execution end. */
export class Lock {
  constructor(
    private readonly table: LockTable,
    private readonly key: string,
    private readonly execution: Execution,
  ) {}

  tryLock(timeoutInMillis: number): boolean {
    const ms = checkTimeout([timeoutInMillis], 'LockService.Lock.tryLock');
    return this.take(ms);
  }

  waitLock(timeoutInMillis: number): void {
    const ms = checkTimeout([timeoutInMillis], 'LockService.Lock.waitLock');
    if (!this.take(ms)) throw new GasException(LOCK_TIMEOUT_MESSAGE);
  }

  hasLock(): boolean {
    return this.table.holds(this.key, this.execution);
  }

  releaseLock(): void {
    this.table.release(this.key, this.execution);
  }

  private take(ms: number): boolean {
    const already = this.table.holds(this.key, this.execution);
    const got = this.table.acquire(this.key, this.execution, ms);
    // "the lock auto-releases at script end" [M:reference/lock/Lock.md]
    if (got && !already) this.execution.onEnd(() => this.table.release(this.key, this.execution));
    return got;
  }
}

/** Checks a timeout argument: a number (null is a signature error, as Apps Script reports), not negative. */
function checkTimeout(args: readonly unknown[], method: string): number {
  const ms = args[0];
  if (typeof ms !== 'number' || Number.isNaN(ms)) throw signatureError(args, method);
  // Wording for a negative timeout is UNCONFIRMED; Apps Script's usual form for a bad value is used.
  if (ms < 0) throw new GasException('Invalid argument: timeoutInMillis');
  return Math.floor(ms);
}

/** LockService for one execution. */
export class LockService {
  constructor(
    private readonly table: LockTable,
    private readonly execution: Execution,
  ) {}

  getScriptLock(): Lock {
    return new Lock(this.table, 'script', this.execution);
  }

  getUserLock(): Lock {
    return new Lock(this.table, `user:${this.execution.user}`, this.execution);
  }

  /** Null "outside of the context of a containing document" [M:reference/lock/LockService.md]. */
  getDocumentLock(): Lock | null {
    const doc = this.execution.activeSpreadsheetId;
    return doc ? new Lock(this.table, `document:${doc}`, this.execution) : null;
  }
}

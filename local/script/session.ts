// Session and User: who is running the script, and the script's time zone and locale.
import { createHash } from 'node:crypto';
import type { Execution } from '../runtime/execution';
import type { ScriptState } from './triggers';

/** `User`: an account, as far as the script may see it. */
export class User {
  constructor(private readonly email: string) {}

  /** '' when Apps Script withholds the address (e.g. the active user in a simple trigger). */
  getEmail(): string {
    return this.email;
  }

  /** Deprecated in Apps Script, kept because old code still calls it. */
  getUserLoginId(): string {
    return this.email;
  }
}

/** `Session` for one execution. */
export class Session {
  constructor(
    private readonly state: ScriptState,
    private readonly execution: Execution,
  ) {}

  /**
   * The user at the keyboard. Blank in simple triggers (onOpen/onEdit) "if the security policies do
   * not allow access to the user's identity" [GI:Session.getActiveUser; M:reference/base/Session.md].
   */
  getActiveUser(): User {
    return new User(this.execution.kind === 'simple-trigger' ? '' : this.execution.user);
  }

  /** The user whose authority the script runs under: the creator for installable triggers. */
  getEffectiveUser(): User {
    return new User(this.execution.user);
  }

  getScriptTimeZone(): string {
    return this.state.scriptTimeZone;
  }

  getActiveUserLocale(): string {
    return 'en_GB';
  }

  /**
   * "A temporary key that is unique to the active user ... rotates every 30 days and is unique to the
   * script" [M:reference/base/Session.md]: derived from user and script, stable within this workspace.
   */
  getTemporaryActiveUserKey(): string {
    const source = `${this.state.scriptId}:${this.execution.kind === 'simple-trigger' ? '' : this.execution.user}`;
    return createHash('sha256').update(source).digest('base64url').slice(0, 43);
  }
}

// The ScriptApp global: enums, trigger builders, the current user's triggers, script id and token.
import { createHash } from 'node:crypto';
import { signatureError } from '../runtime/errors';
import type { Execution } from '../runtime/execution';
import { TriggerBuilder, WEEKDAY_NUMBERS } from './builders';
import { type ScriptState, Trigger } from './triggers';

function enumOf<K extends string>(...names: K[]): Readonly<Record<K, K>> {
  return Object.freeze(Object.fromEntries(names.map((n) => [n, n])) as Record<K, K>);
}

/** `AuthorizationInfo`: the local runtime is always authorised. */
class AuthorizationInfo {
  getAuthorizationStatus(): string {
    return 'NOT_REQUIRED';
  }

  getAuthorizationUrl(): null {
    return null;
  }
}

/** `ScriptApp` for one execution: triggers are created and listed as the execution's user. */
export class ScriptApp {
  readonly AuthMode = enumOf('NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL');
  readonly AuthorizationStatus = enumOf('REQUIRED', 'NOT_REQUIRED');
  readonly EventType = enumOf(
    'CLOCK',
    'ON_OPEN',
    'ON_EDIT',
    'ON_FORM_SUBMIT',
    'ON_CHANGE',
    'ON_EVENT_UPDATED',
  );
  readonly InstallationSource = enumOf('APPS_MARKETPLACE_DOMAIN_ADD_ON', 'NONE', 'WEB_STORE_ADD_ON');
  readonly TriggerSource = enumOf('SPREADSHEETS', 'CLOCK', 'FORMS', 'DOCUMENTS', 'CALENDAR');
  readonly WeekDay = enumOf(
    ...(Object.keys(WEEKDAY_NUMBERS) as Array<keyof typeof WEEKDAY_NUMBERS & string>),
  );

  constructor(
    private readonly state: ScriptState,
    private readonly execution: Execution,
  ) {}

  newTrigger(functionName: string): TriggerBuilder {
    if (typeof functionName !== 'string' || functionName === '') {
      throw signatureError([functionName], 'ScriptApp.newTrigger');
    }
    return new TriggerBuilder({ state: this.state, execution: this.execution, handler: functionName });
  }

  /** "all installable triggers associated with the current project and current user". */
  getProjectTriggers(): Trigger[] {
    return this.state.triggersOf(this.execution.user).map((t) => new Trigger(t));
  }

  /** This user's triggers on one file, for this script only. */
  getUserTriggers(file: unknown): Trigger[] {
    if (file === null || typeof file !== 'object' || !('getId' in file) || typeof file.getId !== 'function') {
      throw signatureError([file], 'ScriptApp.getUserTriggers');
    }
    const id = String(file.getId());
    return this.state
      .triggersOf(this.execution.user)
      .filter((t) => t.sourceId === id)
      .map((t) => new Trigger(t));
  }

  deleteTrigger(trigger: unknown): void {
    if (!(trigger instanceof Trigger)) throw signatureError([trigger], 'ScriptApp.deleteTrigger');
    this.state.remove(trigger.record.uid);
  }

  getScriptId(): string {
    return this.state.scriptId;
  }

  /** A stand-in OAuth access token: stable for a user and script, useless outside this runtime. */
  getOAuthToken(): string {
    const digest = createHash('sha256')
      .update(`${this.state.scriptId}:${this.execution.user}`)
      .digest('base64url');
    return `ya29.local-${digest}`;
  }

  getInstallationSource(): string {
    return 'NONE';
  }

  getAuthorizationInfo(_authMode: unknown): AuthorizationInfo {
    return new AuthorizationInfo();
  }
}

// The installable triggers of the script project: records, the per-user limit, and the Trigger class.
import { randomInt } from 'node:crypto';
import { GasException } from '../runtime/errors';
import type { Workspace } from '../runtime/workspace';

/** `ScriptApp.EventType` values this runtime fires or records. */
export type EventTypeName = 'CLOCK' | 'ON_OPEN' | 'ON_EDIT' | 'ON_FORM_SUBMIT' | 'ON_CHANGE';
/** `ScriptApp.TriggerSource` values. */
export type TriggerSourceName = 'SPREADSHEETS' | 'CLOCK' | 'FORMS' | 'DOCUMENTS';

/** When a time-driven trigger runs; times are epoch milliseconds, wall-clock fields in `timeZone`. */
export interface ClockSchedule {
  readonly kind: 'once' | 'minutes' | 'hours' | 'days' | 'weeks' | 'months';
  /** The interval in the kind's unit (ignored for 'once'). */
  readonly every: number;
  readonly hour?: number;
  readonly minute: number;
  /** ISO weekday, 1 = Monday ... 7 = Sunday. */
  readonly weekDay?: number;
  readonly monthDay?: number;
  readonly timeZone: string;
  /** When it next falls due. */
  nextDueAt: number;
}

/** One installable trigger as Apps Script keeps it. */
export interface TriggerRecord {
  readonly uid: string;
  readonly handler: string;
  readonly eventType: EventTypeName;
  readonly source: TriggerSourceName;
  /** The spreadsheet/form/document id; null for clock triggers. */
  readonly sourceId: string | null;
  /** The user who created it: it runs as them. */
  readonly user: string;
  readonly createdAt: number;
  readonly clock?: ClockSchedule;
}

/** Apps Script's cap: 20 triggers per user per script [M:guides/quotas-and-limits.md]. */
export const TRIGGERS_PER_USER = 20;

/** The script project's state: its id, time zone and installable triggers. */
export class ScriptState {
  triggers: TriggerRecord[] = [];
  scriptId: string;
  /** `Session.getScriptTimeZone()`; the manifest's `timeZone`. */
  scriptTimeZone = 'Europe/London';

  constructor(readonly workspace: Workspace) {
    this.scriptId = workspace.newId();
  }

  /** Triggers this user created, in creation order. */
  triggersOf(user: string): TriggerRecord[] {
    return this.triggers.filter((t) => t.user === user);
  }

  /** Installs a trigger; throws the 21st for one user. */
  install(record: Omit<TriggerRecord, 'uid' | 'createdAt'>): TriggerRecord {
    if (this.triggersOf(record.user).length >= TRIGGERS_PER_USER) {
      // Wording seen verbatim in public automation logs; no Google page states it (UNCONFIRMED).
      throw new GasException(
        'This script has too many triggers. Triggers must be deleted from the script before more can be added.',
      );
    }
    const full: TriggerRecord = { ...record, uid: this.newUid(), createdAt: this.workspace.clock.now() };
    this.triggers.push(full);
    return full;
  }

  remove(uid: string): void {
    this.triggers = this.triggers.filter((t) => t.uid !== uid);
  }

  find(uid: string): TriggerRecord | undefined {
    return this.triggers.find((t) => t.uid === uid);
  }

  /** Event triggers of one kind on one file, e.g. every ON_FORM_SUBMIT trigger on a spreadsheet. */
  triggersOn(source: TriggerSourceName, sourceId: string, eventType: EventTypeName): TriggerRecord[] {
    return this.triggers.filter(
      (t) => t.source === source && t.sourceId === sourceId && t.eventType === eventType,
    );
  }

  /** A numeric id like Google's (`4034124084959907503`), unique in this project. */
  private newUid(): string {
    let uid: string;
    do {
      uid = `${randomInt(1, 10)}${String(randomInt(0, 2 ** 47)).padStart(15, '0')}${randomInt(100, 1000)}`;
    } while (this.find(uid));
    return uid;
  }
}

/** `Trigger`: a read-only view of one installed trigger. */
export class Trigger {
  constructor(readonly record: TriggerRecord) {}

  getEventType(): EventTypeName {
    return this.record.eventType;
  }

  getHandlerFunction(): string {
    return this.record.handler;
  }

  getTriggerSource(): TriggerSourceName {
    return this.record.source;
  }

  /** The file's id; "For clock events this returns null" [GI:Trigger.getTriggerSourceId]. */
  getTriggerSourceId(): string | null {
    return this.record.sourceId;
  }

  getUniqueId(): string {
    return this.record.uid;
  }
}

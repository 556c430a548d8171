// ScriptApp.newTrigger(...): the builders for spreadsheet, form, document and time-driven triggers.
import { GasException, signatureError } from '../runtime/errors';
import type { Execution } from '../runtime/execution';
import { firstDue, type ScheduleSpec } from './schedule';
import { type EventTypeName, type ScriptState, Trigger, type TriggerSourceName } from './triggers';
import { isTimeZone } from './zone';

/** `ScriptApp.WeekDay` names to ISO weekday numbers. */
export const WEEKDAY_NUMBERS: Record<string, number> = {
  MONDAY: 1,
  TUESDAY: 2,
  WEDNESDAY: 3,
  THURSDAY: 4,
  FRIDAY: 5,
  SATURDAY: 6,
  SUNDAY: 7,
};

/** Where builders install: the project state and the user creating the trigger. */
interface BuildContext {
  readonly state: ScriptState;
  readonly execution: Execution;
  readonly handler: string;
}

/** A file given as its id or as the service object (Spreadsheet, Form, Document). */
function fileId(file: unknown, method: string): string {
  if (typeof file === 'string' && file !== '') return file;
  if (file !== null && typeof file === 'object' && 'getId' in file && typeof file.getId === 'function') {
    return String(file.getId());
  }
  throw signatureError([file], method);
}

/** Shared by the event-trigger builders: one file, one event type chosen before create(). */
abstract class FileTriggerBuilder {
  protected eventType: EventTypeName | null = null;

  constructor(
    private readonly context: BuildContext,
    private readonly source: TriggerSourceName,
    private readonly sourceId: string,
  ) {}

  create(): Trigger {
    if (this.eventType === null) {
      // Local wording: Apps Script's text for a builder without an event is UNCONFIRMED.
      throw new GasException('Trigger has no event type: call onOpen(), onEdit(), ... before create().');
    }
    const record = this.context.state.install({
      handler: this.context.handler,
      eventType: this.eventType,
      source: this.source,
      sourceId: this.sourceId,
      user: this.context.execution.user,
    });
    return new Trigger(record);
  }
}

/** `SpreadsheetTriggerBuilder`. */
export class SpreadsheetTriggerBuilder extends FileTriggerBuilder {
  onOpen(): SpreadsheetTriggerBuilder {
    this.eventType = 'ON_OPEN';
    return this;
  }
  onEdit(): SpreadsheetTriggerBuilder {
    this.eventType = 'ON_EDIT';
    return this;
  }
  onChange(): SpreadsheetTriggerBuilder {
    this.eventType = 'ON_CHANGE';
    return this;
  }
  onFormSubmit(): SpreadsheetTriggerBuilder {
    this.eventType = 'ON_FORM_SUBMIT';
    return this;
  }
}

/** `FormTriggerBuilder`. */
export class FormTriggerBuilder extends FileTriggerBuilder {
  onOpen(): FormTriggerBuilder {
    this.eventType = 'ON_OPEN';
    return this;
  }
  onFormSubmit(): FormTriggerBuilder {
    this.eventType = 'ON_FORM_SUBMIT';
    return this;
  }
}

/** `DocumentTriggerBuilder`. */
export class DocumentTriggerBuilder extends FileTriggerBuilder {
  onOpen(): DocumentTriggerBuilder {
    this.eventType = 'ON_OPEN';
    return this;
  }
}

/** `TriggerBuilder`, from `ScriptApp.newTrigger(functionName)`. */
export class TriggerBuilder {
  constructor(private readonly context: BuildContext) {}

  forSpreadsheet(spreadsheet: unknown): SpreadsheetTriggerBuilder {
    const id = fileId(spreadsheet, 'ScriptApp.TriggerBuilder.forSpreadsheet');
    return new SpreadsheetTriggerBuilder(this.context, 'SPREADSHEETS', id);
  }

  forForm(form: unknown): FormTriggerBuilder {
    return new FormTriggerBuilder(this.context, 'FORMS', fileId(form, 'ScriptApp.TriggerBuilder.forForm'));
  }

  forDocument(document: unknown): DocumentTriggerBuilder {
    const id = fileId(document, 'ScriptApp.TriggerBuilder.forDocument');
    return new DocumentTriggerBuilder(this.context, 'DOCUMENTS', id);
  }

  timeBased(): ClockTriggerBuilder {
    return new ClockTriggerBuilder(this.context);
  }
}

function wholeNumber(n: unknown, min: number, max: number, method: string): number {
  if (typeof n !== 'number' || !Number.isInteger(n)) throw signatureError([n], method);
  // Local wording for out-of-range values; Apps Script's exact text is UNCONFIRMED.
  if (n < min || n > max) throw new GasException(`Invalid argument: ${n} (${method})`);
  return n;
}

/** `ClockTriggerBuilder`: one schedule kind plus hour/minute/weekday refinements. */
export class ClockTriggerBuilder {
  private spec: Partial<ScheduleSpec> = {};

  constructor(private readonly context: BuildContext) {}

  /** One run at least `ms` from now ("actual duration might vary, but won't be less"). */
  after(ms: number): ClockTriggerBuilder {
    const delay = wholeNumber(ms, 0, Number.MAX_SAFE_INTEGER, 'ScriptApp.ClockTriggerBuilder.after');
    return this.with({ kind: 'once', every: 0, dueAt: this.context.state.workspace.clock.now() + delay });
  }

  at(date: unknown): ClockTriggerBuilder {
    if (!(date instanceof Date)) throw signatureError([date], 'ScriptApp.ClockTriggerBuilder.at');
    return this.with({ kind: 'once', every: 0, dueAt: date.getTime() });
  }

  /** "n must be 1, 5, 10, 15 or 30" [M:reference/script/ClockTriggerBuilder.md]. */
  everyMinutes(n: number): ClockTriggerBuilder {
    wholeNumber(n, 1, 30, 'ScriptApp.ClockTriggerBuilder.everyMinutes');
    if (![1, 5, 10, 15, 30].includes(n)) {
      throw new GasException(`Invalid argument: ${n} (everyMinutes accepts 1, 5, 10, 15 or 30)`);
    }
    return this.with({ kind: 'minutes', every: n });
  }

  everyHours(n: number): ClockTriggerBuilder {
    return this.with({
      kind: 'hours',
      every: wholeNumber(n, 1, 24, 'ScriptApp.ClockTriggerBuilder.everyHours'),
    });
  }

  everyDays(n: number): ClockTriggerBuilder {
    return this.with({
      kind: 'days',
      every: wholeNumber(n, 1, 366, 'ScriptApp.ClockTriggerBuilder.everyDays'),
    });
  }

  everyWeeks(n: number): ClockTriggerBuilder {
    return this.with({
      kind: 'weeks',
      every: wholeNumber(n, 1, 53, 'ScriptApp.ClockTriggerBuilder.everyWeeks'),
    });
  }

  onWeekDay(day: unknown): ClockTriggerBuilder {
    const weekDay = WEEKDAY_NUMBERS[String(day)];
    if (weekDay === undefined) throw signatureError([day], 'ScriptApp.ClockTriggerBuilder.onWeekDay');
    return this.with({ kind: this.spec.kind ?? 'weeks', every: this.spec.every ?? 1, weekDay });
  }

  onMonthDay(day: number): ClockTriggerBuilder {
    const monthDay = wholeNumber(day, 1, 31, 'ScriptApp.ClockTriggerBuilder.onMonthDay');
    return this.with({ kind: 'months', every: 1, monthDay });
  }

  atHour(hour: number): ClockTriggerBuilder {
    return this.with({ hour: wholeNumber(hour, 0, 23, 'ScriptApp.ClockTriggerBuilder.atHour') });
  }

  nearMinute(minute: number): ClockTriggerBuilder {
    return this.with({ minute: wholeNumber(minute, 0, 59, 'ScriptApp.ClockTriggerBuilder.nearMinute') });
  }

  /** "an invalid time zone throws" [M:reference/script/ClockTriggerBuilder.md]. */
  inTimezone(timeZone: string): ClockTriggerBuilder {
    if (typeof timeZone !== 'string' || !isTimeZone(timeZone)) {
      throw new GasException(`Invalid argument: timezone (${String(timeZone)})`);
    }
    return this.with({ timeZone });
  }

  create(): Trigger {
    const { state, execution, handler } = this.context;
    const kind = this.spec.kind;
    if (kind === undefined) {
      throw new GasException(
        'Clock trigger has no schedule: call after, at, everyMinutes, ... before create().',
      );
    }
    const spec: ScheduleSpec = {
      ...this.spec,
      kind,
      every: this.spec.every ?? 1,
      minute: this.spec.minute ?? 0,
      timeZone: this.spec.timeZone ?? state.scriptTimeZone,
    };
    const now = state.workspace.clock.now();
    const { dueAt: _dueAt, ...schedule } = spec;
    const record = state.install({
      handler,
      eventType: 'CLOCK',
      source: 'CLOCK',
      sourceId: null,
      user: execution.user,
      clock: { ...schedule, nextDueAt: firstDue(spec, now) },
    });
    return new Trigger(record);
  }

  private with(part: Partial<ScheduleSpec>): ClockTriggerBuilder {
    this.spec = { ...this.spec, ...part };
    return this;
  }
}

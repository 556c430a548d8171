// Contract tests: ScriptApp installable triggers (builders, listing, deleting, the 20-trigger cap, persistence).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scriptModule, scriptState } from '../../../local/script';
import { fixtureWorkspace, inExecution } from './harness';

describe('ScriptApp triggers', () => {
  it('creates spreadsheet, form and clock triggers and describes them as Apps Script does', () => {
    const ws = fixtureWorkspace();
    const described = inExecution(ws, ({ ScriptApp }) => {
      ScriptApp.newTrigger('recordEvent').forSpreadsheet('sheet-id').onFormSubmit().create();
      ScriptApp.newTrigger('recordEvent').forForm('form-id').onFormSubmit().create();
      ScriptApp.newTrigger('recordEvent').timeBased().everyDays(1).atHour(7).create();
      const triggers = ScriptApp.getProjectTriggers() as unknown as Array<Record<string, () => unknown>>;
      return triggers.map((t) => [
        t.getEventType!(),
        t.getTriggerSource!(),
        t.getTriggerSourceId!(),
        t.getHandlerFunction!(),
        typeof t.getUniqueId!(),
      ]);
    });
    expect(described).toEqual([
      ['ON_FORM_SUBMIT', 'SPREADSHEETS', 'sheet-id', 'recordEvent', 'string'],
      ['ON_FORM_SUBMIT', 'FORMS', 'form-id', 'recordEvent', 'string'],
      ['CLOCK', 'CLOCK', null, 'recordEvent', 'string'],
    ]);
  });

  it('compares event types and sources with the ScriptApp enums', () => {
    const ws = fixtureWorkspace();
    const same = inExecution(ws, ({ ScriptApp }) => {
      const t = ScriptApp.newTrigger('recordEvent').forSpreadsheet('s').onEdit().create();
      return [
        t.getEventType() === ScriptApp.EventType.ON_EDIT,
        t.getTriggerSource() === ScriptApp.TriggerSource.SPREADSHEETS,
      ];
    });
    expect(same).toEqual([true, true]);
  });

  it('gives numeric unique ids, different for each trigger', () => {
    const ws = fixtureWorkspace();
    const ids = inExecution(ws, ({ ScriptApp }) => [
      ScriptApp.newTrigger('a').forSpreadsheet('s').onOpen().create().getUniqueId(),
      ScriptApp.newTrigger('b').forSpreadsheet('s').onOpen().create().getUniqueId(),
    ]) as unknown as string[];
    expect(ids[0]).toMatch(/^\d{19}$/);
    expect(ids[0]).not.toBe(ids[1]);
  });

  it('accepts the file object as well as its id, and lists a file’s triggers with getUserTriggers', () => {
    const ws = fixtureWorkspace();
    const counts = inExecution(ws, ({ ScriptApp, FormApp }) => {
      const form = FormApp.create('Intake');
      ScriptApp.newTrigger('recordEvent').forForm(form).onFormSubmit().create();
      ScriptApp.newTrigger('recordEvent').forSpreadsheet('other').onEdit().create();
      const mine = ScriptApp.getUserTriggers(form);
      return [mine.length, mine[0]!.getTriggerSourceId() === form.getId()];
    });
    expect(counts).toEqual([1, true]);
  });

  it('deleteTrigger removes exactly that trigger', () => {
    const ws = fixtureWorkspace();
    const left = inExecution(ws, ({ ScriptApp }) => {
      ScriptApp.newTrigger('keep').forSpreadsheet('s').onOpen().create();
      const drop = ScriptApp.newTrigger('drop').forSpreadsheet('s').onEdit().create();
      ScriptApp.deleteTrigger(drop);
      return (ScriptApp.getProjectTriggers() as unknown as Array<{ getHandlerFunction(): string }>).map((t) =>
        t.getHandlerFunction(),
      );
    });
    expect(left).toEqual(['keep']);
  });

  it('lists only the current user’s triggers', () => {
    const ws = fixtureWorkspace();
    inExecution(ws, ({ ScriptApp }) => ScriptApp.newTrigger('mine').forSpreadsheet('s').onOpen().create(), {
      user: 'ana@branch.example',
    });
    const seen = inExecution(ws, ({ ScriptApp }) => ScriptApp.getProjectTriggers().length, {
      user: 'ben@branch.example',
    });
    expect(seen).toBe(0);
    expect(scriptState(ws).triggers[0]!.user).toBe('ana@branch.example');
  });

  it('refuses the 21st trigger for one user, but not for another user', () => {
    const ws = fixtureWorkspace();
    const create = (user: string) =>
      inExecution(ws, ({ ScriptApp }) => ScriptApp.newTrigger('f').forSpreadsheet('s').onEdit().create(), {
        user,
      });
    for (let i = 0; i < 20; i++) create('ana@branch.example');
    expect(() => create('ana@branch.example')).toThrow(
      'This script has too many triggers. Triggers must be deleted from the script before more can be added.',
    );
    expect(() => create('ben@branch.example')).not.toThrow();
  });

  it('validates clock builder arguments', () => {
    const ws = fixtureWorkspace();
    const attempt = (build: (clock: ReturnType<typeof Object>) => unknown) =>
      inExecution(ws, ({ ScriptApp }) => build(ScriptApp.newTrigger('f').timeBased()));
    expect(() =>
      attempt((c) => (c as { everyMinutes(n: number): { create(): unknown } }).everyMinutes(7).create()),
    ).toThrow(/everyMinutes/);
    for (const n of [1, 5, 10, 15, 30]) {
      expect(() =>
        attempt((c) => (c as { everyMinutes(n: number): { create(): unknown } }).everyMinutes(n).create()),
      ).not.toThrow();
    }
    expect(() =>
      attempt((c) => (c as { inTimezone(t: string): unknown }).inTimezone('Mars/Olympus_Mons')),
    ).toThrow(/timezone/);
    expect(() => attempt((c) => (c as { atHour(h: number): unknown }).atHour(24))).toThrow();
  });

  it('refuses a builder without an event and newTrigger without a name, with Apps Script’s signature wording', () => {
    const ws = fixtureWorkspace();
    expect(() => inExecution(ws, ({ ScriptApp }) => ScriptApp.newTrigger(null))).toThrow(
      "The parameters (null) don't match the method signature for ScriptApp.newTrigger.",
    );
    expect(() =>
      inExecution(ws, ({ ScriptApp }) => ScriptApp.newTrigger('f').forSpreadsheet('s').create()),
    ).toThrow();
  });

  it('counts calls as ScriptApp service calls', () => {
    const ws = fixtureWorkspace();
    inExecution(ws, ({ ScriptApp }) => ScriptApp.newTrigger('f').forSpreadsheet('s').onEdit().create());
    const counts = ws.history.at(-1)!.callCounts;
    expect(counts['ScriptApp ScriptApp.newTrigger']).toBe(1);
    expect(counts['ScriptApp TriggerBuilder.forSpreadsheet']).toBe(1);
    expect(counts['ScriptApp SpreadsheetTriggerBuilder.create']).toBe(1);
  });

  it('persists triggers, script id and time zone in triggers.json', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'triggers-'));
    const ws = fixtureWorkspace();
    inExecution(ws, ({ ScriptApp }) =>
      ScriptApp.newTrigger('daily').timeBased().everyDays(1).atHour(7).create(),
    );
    await scriptModule.save!(scriptState(ws), dir);
    const reopened = fixtureWorkspace();
    await scriptModule.load!(scriptState(reopened), dir);
    expect(scriptState(reopened).scriptId).toBe(scriptState(ws).scriptId);
    expect(scriptState(reopened).triggers).toEqual(scriptState(ws).triggers);
  });
});

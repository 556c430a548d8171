// Contract tests: FormResponse and ItemResponse built and submitted by a script.

import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formsModule, formsState } from '../../../local/forms';
import { fixtureWorkspace, type Globals, inExecution, type Loose } from '../script/harness';

/** A form with one item of each answerable kind, as the union's intake might have. */
function intake(FormApp: Loose): Loose {
  const form = FormApp.create('Intake');
  form.addTextItem().setTitle('Name');
  form.addParagraphTextItem().setTitle('What is happening?');
  form.addMultipleChoiceItem().setTitle('Tenure').setChoiceValues(['Private', 'Council']);
  form.addCheckboxItem().setTitle('Problems').setChoiceValues(['Damp', 'Repairs', 'Deposit']);
  form.addListItem().setTitle('Branch').setChoiceValues(['North', 'South']);
  form.addDateItem().setTitle('Notice date');
  return form;
}

const item = (form: Loose, title: string): Loose =>
  (form.getItems() as unknown as Loose[]).find((i) => String(i.getTitle()) === title)!;

describe('FormResponse', () => {
  it('is a draft with null id, timestamp and email until submitted', () => {
    const ws = fixtureWorkspace();
    const draft = inExecution(ws, ({ FormApp }) => {
      const r = intake(FormApp).createResponse();
      return [r.getId(), r.getTimestamp(), r.getRespondentEmail()];
    });
    expect(draft).toEqual([null, null, null]);
  });

  it('submit() stores it with an opaque id and the clock’s time, and refuses a second submit', () => {
    const ws = fixtureWorkspace(new Date('2026-11-22T14:05:03Z'));
    const [id, stamp, count, again] = inExecution(ws, ({ FormApp }) => {
      const form = intake(FormApp);
      const r = form.createResponse().withItemResponse(item(form, 'Name').asTextItem().createResponse('Jo'));
      r.submit();
      let error = '';
      try {
        r.submit();
      } catch (e) {
        error = String(e);
      }
      return [r.getId(), r.getTimestamp().toISOString(), form.getResponses().length, error];
    }) as unknown as string[];
    expect(id).toMatch(/^[\w-]{40,}$/);
    expect(stamp).toBe('2026-11-22T14:05:03.000Z');
    expect(count).toBe(1);
    expect(again).toMatch(/already been submitted/);
  });

  it('lists item responses in form order, blank for unanswered text/paragraph/date, omitting other types', () => {
    const ws = fixtureWorkspace();
    const listed = inExecution(ws, ({ FormApp }) => {
      const form = intake(FormApp);
      const r = form
        .createResponse()
        .withItemResponse(item(form, 'Problems').asCheckboxItem().createResponse(['Damp', 'Deposit']))
        .withItemResponse(item(form, 'Tenure').asMultipleChoiceItem().createResponse('Private'))
        .submit();
      return (r.getItemResponses() as unknown as Loose[]).map((ir) => [
        ir.getItem().getTitle(),
        ir.getResponse(),
      ]);
    });
    expect(listed).toEqual([
      ['Name', ''],
      ['What is happening?', ''],
      ['Tenure', 'Private'],
      ['Problems', ['Damp', 'Deposit']],
      ['Notice date', ''],
    ]);
  });

  it('gives checkbox answers as String[] and dates as YYYY-MM-DD strings', () => {
    const ws = fixtureWorkspace();
    const [checks, date] = inExecution(ws, ({ FormApp, Date: GasDate }) => {
      const form = intake(FormApp);
      const r = form
        .createResponse()
        .withItemResponse(item(form, 'Problems').asCheckboxItem().createResponse(['Repairs']))
        .withItemResponse(
          item(form, 'Notice date').asDateItem().createResponse(new GasDate('2026-12-01T10:30:00Z')),
        );
      return [
        r.getResponseForItem(item(form, 'Problems')).getResponse(),
        r.getResponseForItem(item(form, 'Notice date')).getResponse(),
      ];
    }) as unknown as [string[], string];
    expect(Array.isArray(checks)).toBe(true);
    expect(checks).toEqual(['Repairs']);
    expect(date).toBe('2026-12-01');
  });

  it('getResponseForItem is null for an unanswered choice item, and the last withItemResponse wins', () => {
    const ws = fixtureWorkspace();
    const [none, name] = inExecution(ws, ({ FormApp }) => {
      const form = intake(FormApp);
      const text = item(form, 'Name').asTextItem();
      const r = form
        .createResponse()
        .withItemResponse(text.createResponse('A'))
        .withItemResponse(text.createResponse('B'));
      return [r.getResponseForItem(item(form, 'Branch')), r.getResponseForItem(text).getResponse()];
    });
    expect(none).toBeNull();
    expect(name).toBe('B');
  });

  it('refuses an answer that is not a choice, unless the other option is shown', () => {
    const ws = fixtureWorkspace();
    const tryAnswer = (other: boolean) =>
      inExecution(ws, ({ FormApp }) => {
        const choice = intake(FormApp).getItems(FormApp.ItemType.MULTIPLE_CHOICE)[0]!.asMultipleChoiceItem();
        choice.showOtherOption(other);
        return choice.createResponse('Lodger').getResponse();
      });
    expect(() => tryAnswer(false)).toThrow(/Lodger/);
    expect(tryAnswer(true)).toBe('Lodger');
  });

  it('finds responses by id and by time, and deletes them all', () => {
    const ws = fixtureWorkspace(new Date('2026-11-22T10:00:00Z'));
    const submitOne = ({ FormApp }: Globals, formId: string) =>
      FormApp.openById(formId).createResponse().submit().getId() as unknown as string;
    const formId = inExecution(ws, ({ FormApp }) => intake(FormApp).getId()) as unknown as string;
    const first = inExecution(ws, (g) => submitOne(g, formId));
    ws.clock.advance(60 * 60_000);
    inExecution(ws, (g) => submitOne(g, formId));
    const seen = inExecution(ws, ({ FormApp, Date: GasDate }) => {
      const form = FormApp.openById(formId);
      const found = String(form.getResponse(first).getId()) === first;
      const recent = form.getResponses(new GasDate('2026-11-22T10:30:00Z')).length;
      form.deleteAllResponses();
      return [found, recent, form.getResponses().length];
    });
    expect(seen).toEqual([true, 1, 0]);
  });

  it('saves forms as JSON with an HTML preview of the questions, and loads them back', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'forms-'));
    const ws = fixtureWorkspace();
    const id = inExecution(ws, ({ FormApp }) => {
      const form = intake(FormApp);
      form.createResponse().withItemResponse(item(form, 'Name').asTextItem().createResponse('Jo')).submit();
      return form.getId();
    }) as unknown as string;
    await formsModule.save!(formsState(ws), dir);
    const html = readFileSync(join(dir, 'forms', `${id}.html`), 'utf8');
    expect(html).toContain('<h1>Intake</h1>');
    expect(html).toContain('<li>Repairs</li>');
    const reopened = fixtureWorkspace();
    await formsModule.load!(formsState(reopened), dir);
    const name = inExecution(reopened, ({ FormApp }) =>
      FormApp.openById(id).getResponses()[0]!.getItemResponses()[0]!.getResponse(),
    );
    expect(name).toBe('Jo');
  });
});

// Contract tests: linking a form to a spreadsheet, and the response links a FormResponse gives.
import { spreadsheetStore } from '../../../local/spreadsheet/store';
import { fixtureWorkspace, inExecution, type Loose } from '../script/harness';

describe('Form destination', () => {
  it('setDestination creates "Form responses 1" with headers at once; getters report the link', () => {
    const ws = fixtureWorkspace();
    const spreadsheetId = spreadsheetStore(ws).create('Casework').id;
    const [id, type] = inExecution(ws, ({ FormApp }) => {
      const form = FormApp.create('Intake');
      form.addSectionHeaderItem().setTitle('About you');
      form.addTextItem().setTitle('Name');
      form.setDestination(FormApp.DestinationType.SPREADSHEET, spreadsheetId);
      return [form.getDestinationId(), form.getDestinationType()];
    }) as unknown as string[];
    expect([id, type]).toEqual([spreadsheetId, 'SPREADSHEET']);
    const model = spreadsheetStore(ws).get(spreadsheetId)!;
    expect(model.sheets.map((s) => s.name)).toEqual(['Form responses 1', 'Sheet1']);
    expect(model.sheetByName('Form responses 1')!.values()).toEqual([['Timestamp', 'Name']]);
  });

  it('refuses a spreadsheet that does not exist, and getDestinationId throws once removed', () => {
    const ws = fixtureWorkspace();
    expect(() =>
      inExecution(ws, ({ FormApp }) =>
        FormApp.create('Intake').setDestination(FormApp.DestinationType.SPREADSHEET, 'nope'),
      ),
    ).toThrow(/No item with the given ID/);
    const spreadsheetId = spreadsheetStore(ws).create('Casework').id;
    expect(() =>
      inExecution(ws, ({ FormApp }) =>
        FormApp.create('Intake')
          .setDestination(FormApp.DestinationType.SPREADSHEET, spreadsheetId)
          .removeDestination()
          .getDestinationId(),
      ),
    ).toThrow(/no response destination/);
  });

  it('keeps responses out of any sheet when there is no destination', () => {
    const ws = fixtureWorkspace();
    const spreadsheetId = spreadsheetStore(ws).create('Casework').id;
    inExecution(ws, ({ FormApp }) => FormApp.create('Intake').createResponse().submit());
    expect(spreadsheetStore(ws).get(spreadsheetId)!.sheetByName('Form responses 1')).toBeUndefined();
  });
});

describe('response links and date items', () => {
  it('gives an edit link for the submitted response and a prefilled link with its answers', () => {
    const ws = fixtureWorkspace();
    const [edit, prefilled, published, id, itemId] = inExecution(ws, ({ FormApp }) => {
      const form = FormApp.create('Intake');
      const name = form.addTextItem().setTitle('Name');
      const r = form.createResponse().withItemResponse(name.createResponse('Jo Bloggs')).submit();
      return [r.getEditResponseUrl(), r.toPrefilledUrl(), form.getPublishedUrl(), r.getId(), name.getId()];
    }) as unknown as string[];
    expect(edit).toBe(`${published}?edit2=${id}`);
    expect(prefilled).toBe(`${published}?usp=pp_url&entry.${itemId}=Jo%20Bloggs`);
  });

  it('DateItem includes the year by default and can drop it', () => {
    const ws = fixtureWorkspace();
    const flags = inExecution(ws, ({ FormApp }) => {
      const date = FormApp.create('Intake').addDateItem() as Loose;
      const before = date.includesYear();
      date.setIncludesYear(false);
      return [before, date.includesYear()];
    });
    expect(flags).toEqual([true, false]);
  });

  it('reads a date answer in the script time zone, ignoring the time of day', () => {
    const ws = fixtureWorkspace();
    // 23:30 UTC on 30 June is already 1 July in London (BST).
    const answer = inExecution(ws, ({ FormApp, Date: GasDate }) =>
      FormApp.create('Intake')
        .addDateItem()
        .createResponse(new GasDate('2026-06-30T23:30:00Z'))
        .getResponse(),
    );
    expect(answer).toBe('2026-07-01');
  });
});

describe('a destination spreadsheet that was deleted', () => {
  it('keeps the response and skips the sheet', () => {
    const ws = fixtureWorkspace();
    const store = spreadsheetStore(ws);
    const spreadsheetId = store.create('Casework').id;
    const count = inExecution(ws, ({ FormApp }) => {
      const form = FormApp.create('Intake').setDestination(
        FormApp.DestinationType.SPREADSHEET,
        spreadsheetId,
      );
      store.remove(spreadsheetId);
      form.createResponse().submit();
      return form.getResponses().length;
    });
    expect(count).toBe(1);
  });
});

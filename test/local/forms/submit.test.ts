// Contract tests: submitting responses, the destination sheet, and the exact form-submit event shapes.
import { fireGhostFormSubmit, redeliverFormSubmit, submitResponse } from '../../../local/forms';
import type { Workspace } from '../../../local/runtime/workspace';
import { spreadsheetStore } from '../../../local/spreadsheet/store';
import { fixtureWorkspace, inExecution, type Loose } from '../script/harness';

interface Setup {
  formId: string;
  spreadsheetId: string;
}

/** A linked intake form with one trigger of each kind installed by ana. */
function linkedIntake(
  ws: Workspace,
  handlers = { sheet: 'summariseSheetEvent', form: 'summariseFormEvent' },
): Setup {
  const spreadsheetId = spreadsheetStore(ws).create('Casework').id;
  const formId = inExecution(
    ws,
    ({ FormApp, ScriptApp }) => {
      const form = FormApp.create('Intake');
      form.addTextItem().setTitle('Name').setRequired(true);
      form.addCheckboxItem().setTitle('Problems').setChoiceValues(['Damp', 'Repairs', 'Deposit']);
      form.addDateItem().setTitle('Notice date');
      form.addMultipleChoiceItem().setTitle('Tenure').setChoiceValues(['Private', 'Council']);
      form.setDestination(FormApp.DestinationType.SPREADSHEET, spreadsheetId);
      ScriptApp.newTrigger(handlers.sheet).forSpreadsheet(spreadsheetId).onFormSubmit().create();
      ScriptApp.newTrigger(handlers.form).forForm(form).onFormSubmit().create();
      return form.getId();
    },
    { user: 'ana@branch.example' },
  ) as unknown as string;
  return { formId, spreadsheetId };
}

const answers = { Name: 'Jo Bloggs', Problems: ['Damp', 'Repairs'], 'Notice date': '2026-12-01' };

describe('submitResponse', () => {
  it('writes a row to "Form responses 1": headers, Timestamp as a Date, checkbox answers joined', () => {
    const ws = fixtureWorkspace(new Date('2026-11-22T14:05:03Z'));
    const { formId, spreadsheetId } = linkedIntake(ws);
    submitResponse(ws, formId, answers);
    const sheet = spreadsheetStore(ws).get(spreadsheetId)!.sheetByName('Form responses 1')!;
    const [headers, row] = sheet.values();
    expect(headers).toEqual(['Timestamp', 'Name', 'Problems', 'Notice date', 'Tenure']);
    expect(row![0]).toEqual(new Date('2026-11-22T14:05:03Z'));
    expect(row!.slice(1, 3)).toEqual(['Jo Bloggs', 'Damp, Repairs']);
    expect(row![3]).toBeInstanceOf(Date);
    expect(row![4]).toBe('');
  });

  it('delivers the spreadsheet event: strings as displayed, namedValues arrays, range on the new row', () => {
    const ws = fixtureWorkspace(new Date('2026-11-22T14:05:03Z'));
    const { formId } = linkedIntake(ws);
    const { executions } = submitResponse(ws, formId, answers);
    const sheetRun = executions.find((r) => r.handler === 'summariseSheetEvent')!;
    expect(sheetRun.execution.status).toBe('completed');
    expect(sheetRun.result).toEqual({
      keys: ['authMode', 'namedValues', 'range', 'triggerUid', 'values'],
      authMode: 'FULL',
      namedValues: {
        Timestamp: ['22/11/2026 14:05:03'],
        Name: ['Jo Bloggs'],
        Problems: ['Damp, Repairs'],
        'Notice date': ['1/12/2026'],
        Tenure: [''],
      },
      values: ['22/11/2026 14:05:03', 'Jo Bloggs', 'Damp, Repairs', '1/12/2026', ''],
      triggerUid: sheetRun.triggerUid,
      range: {
        a1: 'A2:E2',
        sheet: 'Form responses 1',
        row: 2,
        values: [[new Date('2026-11-22T14:05:03Z'), 'Jo Bloggs', 'Damp, Repairs', expect.any(Date), '']],
      },
    });
  });

  it('delivers the form event: response and source objects, checkbox answers as String[]', () => {
    const ws = fixtureWorkspace();
    const { formId } = linkedIntake(ws);
    const { responseId, executions } = submitResponse(ws, formId, answers);
    const formRun = executions.find((r) => r.handler === 'summariseFormEvent')!;
    expect(formRun.result).toEqual({
      keys: ['authMode', 'response', 'source', 'triggerUid'],
      authMode: 'FULL',
      triggerUid: formRun.triggerUid,
      responseId,
      sourceId: formId,
      email: '',
      answers: [
        ['Name', 'Jo Bloggs'],
        ['Problems', ['Damp', 'Repairs']],
        ['Notice date', '2026-12-01'],
      ],
    });
  });

  it('runs each trigger as an installable-trigger execution of its creator', () => {
    const ws = fixtureWorkspace();
    const { formId } = linkedIntake(ws, { sheet: 'whoAmI', form: 'whoAmI' });
    const { executions } = submitResponse(ws, formId, answers);
    expect(executions.map((r) => r.result)).toEqual([
      {
        active: 'ana@branch.example',
        effective: 'ana@branch.example',
        triggerUid: executions[0]!.triggerUid,
      },
      {
        active: 'ana@branch.example',
        effective: 'ana@branch.example',
        triggerUid: executions[1]!.triggerUid,
      },
    ]);
  });

  it('a throwing handler fails alone: the other trigger runs and the response is kept', () => {
    const ws = fixtureWorkspace();
    const { formId, spreadsheetId } = linkedIntake(ws, {
      sheet: 'failingHandler',
      form: 'summariseFormEvent',
    });
    const { executions } = submitResponse(ws, formId, answers);
    expect(executions.map((r) => r.execution.status)).toEqual(['failed', 'completed']);
    expect(spreadsheetStore(ws).get(spreadsheetId)!.sheetByName('Form responses 1')!.lastRow()).toBe(2);
    expect(inExecution(ws, ({ FormApp }) => FormApp.openById(formId).getResponses().length)).toBe(1);
  });

  it('refuses unknown titles, missing required answers, invalid choices and closed forms', () => {
    const ws = fixtureWorkspace();
    const { formId } = linkedIntake(ws);
    expect(() => submitResponse(ws, formId, { Nmae: 'x' })).toThrow(/no question titled "Nmae"/);
    expect(() => submitResponse(ws, formId, { Problems: ['Damp'] })).toThrow(/"Name" is a required question/);
    expect(() => submitResponse(ws, formId, { Name: 'x', Tenure: 'Lodger' })).toThrow(
      /not one of the choices/,
    );
    inExecution(ws, ({ FormApp }) => FormApp.openById(formId).setAcceptingResponses(false));
    expect(() => submitResponse(ws, formId, { Name: 'x' })).toThrow(/no longer accepting responses/);
  });

  it('adds a column at the end for a question added after responses arrived', () => {
    const ws = fixtureWorkspace();
    const { formId, spreadsheetId } = linkedIntake(ws);
    submitResponse(ws, formId, { Name: 'First' });
    inExecution(ws, ({ FormApp }) => FormApp.openById(formId).addTextItem().setTitle('Phone'));
    submitResponse(ws, formId, { Name: 'Second', Phone: '07700 900123' });
    const [headers, , second] = spreadsheetStore(ws)
      .get(spreadsheetId)!
      .sheetByName('Form responses 1')!
      .values();
    expect(headers!.at(-1)).toBe('Phone');
    expect(second!.at(-1)).toBe('07700 900123');
  });

  it('records the respondent email in the sheet and the response when the form collects it', () => {
    const ws = fixtureWorkspace();
    const { formId } = linkedIntake(ws);
    inExecution(ws, ({ FormApp }) => FormApp.openById(formId).setCollectEmail(true));
    const { executions } = submitResponse(ws, formId, { Name: 'Jo' }, { respondentEmail: 'jo@example.org' });
    const sheetEvent = executions[0]!.result as { namedValues: Record<string, string[]> };
    expect(sheetEvent.namedValues['Email address']).toEqual(['jo@example.org']);
    expect((executions[1]!.result as { email: string }).email).toBe('jo@example.org');
  });
});

describe('re-delivered and ghost events', () => {
  it('redeliverFormSubmit delivers the same event again (same row, same response)', () => {
    const ws = fixtureWorkspace();
    const { formId } = linkedIntake(ws);
    const first = submitResponse(ws, formId, answers);
    const again = redeliverFormSubmit(ws, formId, first.responseId);
    expect(again.map((r) => r.result)).toEqual(first.executions.map((r) => r.result));
  });

  it('fireGhostFormSubmit delivers a spreadsheet event whose values are all empty strings', () => {
    const ws = fixtureWorkspace();
    const { formId, spreadsheetId } = linkedIntake(ws);
    submitResponse(ws, formId, answers);
    const [ghost] = fireGhostFormSubmit(ws, spreadsheetId);
    const event = ghost!.result as { values: string[]; namedValues: Record<string, string[]> };
    expect(event.values).toEqual(['', '', '', '', '']);
    expect(Object.values(event.namedValues)).toEqual([[''], [''], [''], [''], ['']]);
  });
});

describe('FormResponse.submit() from a script', () => {
  it('writes the destination row at once and fires the triggers when the execution ends', () => {
    const ws = fixtureWorkspace();
    const { formId, spreadsheetId } = linkedIntake(ws);
    const before = ws.history.length;
    inExecution(ws, ({ FormApp }) => {
      const form = FormApp.openById(formId);
      const name = (form.getItems() as unknown as Loose[])[0]!.asTextItem();
      form.createResponse().withItemResponse(name.createResponse('Scripted')).submit();
    });
    const ran = ws.history.slice(before).map((h) => h.functionName);
    expect(ran).toEqual(['summariseSheetEvent', 'summariseFormEvent', 'harness']);
    expect(spreadsheetStore(ws).get(spreadsheetId)!.sheetByName('Form responses 1')!.lastRow()).toBe(2);
  });
});

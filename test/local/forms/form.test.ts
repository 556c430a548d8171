// Contract tests: FormApp and Form (create/open, settings, items, casts, choices).
import { formsState } from '../../../local/forms';
import { fixtureWorkspace, inExecution, type Loose } from '../script/harness';

describe('FormApp', () => {
  it('creates a form and refuses an empty title', () => {
    const ws = fixtureWorkspace();
    const title = inExecution(ws, ({ FormApp }) => FormApp.create('Report a housing problem').getTitle());
    expect(title).toBe('Report a housing problem');
    expect(() => inExecution(ws, ({ FormApp }) => FormApp.create(''))).toThrow(/title/);
  });

  it('opens a form by id, by editor URL and by respondent URL; unknown ids throw', () => {
    const ws = fixtureWorkspace();
    const same = inExecution(ws, ({ FormApp }) => {
      const form = FormApp.create('Intake');
      const id = form.getId();
      return [
        FormApp.openById(id).getId() === id,
        FormApp.openByUrl(form.getEditUrl()).getId() === id,
        FormApp.openByUrl(form.getPublishedUrl()).getId() === id,
      ];
    });
    expect(same).toEqual([true, true, true]);
    expect(() => inExecution(ws, ({ FormApp }) => FormApp.openById('nope'))).toThrow(
      /No item with the given ID/,
    );
  });

  it('has URLs shaped like Google’s: edit by form id, respond by a separate published id', () => {
    const ws = fixtureWorkspace();
    const [id, edit, published] = inExecution(ws, ({ FormApp }) => {
      const form = FormApp.create('Intake');
      return [form.getId(), form.getEditUrl(), form.getPublishedUrl()];
    }) as unknown as string[];
    expect(edit).toBe(`https://docs.google.com/forms/d/${id}/edit`);
    expect(published).toMatch(/^https:\/\/docs\.google\.com\/forms\/d\/e\/1FAIpQLS[\w-]+\/viewform$/);
    expect(published).not.toContain(id!);
  });

  it('getActiveForm is null unless the script is bound to a form', () => {
    const ws = fixtureWorkspace();
    expect(inExecution(ws, ({ FormApp }) => FormApp.getActiveForm())).toBeNull();
    const id = inExecution(ws, ({ FormApp }) => FormApp.create('Bound').getId()) as unknown as string;
    formsState(ws).boundFormId = id;
    expect(inExecution(ws, ({ FormApp }) => FormApp.getActiveForm().getId())).toBe(id);
  });

  it('keeps settings, chaining setters', () => {
    const ws = fixtureWorkspace();
    const settings = inExecution(ws, ({ FormApp }) => {
      const form = FormApp.create('Intake')
        .setTitle('New issue')
        .setDescription('Tell us what is happening')
        .setConfirmationMessage('Thanks, a volunteer will call you')
        .setCollectEmail(true)
        .setAcceptingResponses(false)
        .setAllowResponseEdits(true)
        .setLimitOneResponsePerUser(true)
        .setProgressBar(true);
      return [
        form.getTitle(),
        form.getDescription(),
        form.getConfirmationMessage(),
        form.collectsEmail(),
        form.isAcceptingResponses(),
        form.canEditResponse(),
        form.hasLimitOneResponsePerUser(),
        form.hasProgressBar(),
      ];
    });
    expect(settings).toEqual([
      'New issue',
      'Tell us what is happening',
      'Thanks, a volunteer will call you',
      true,
      false,
      true,
      true,
      true,
    ]);
  });

  it('adds typed items in order; getItems filters by type; getIndex and getItemById find them', () => {
    const ws = fixtureWorkspace();
    const seen = inExecution(ws, ({ FormApp }) => {
      const form = FormApp.create('Intake');
      form.addSectionHeaderItem().setTitle('About you');
      const name = form.addTextItem().setTitle('Name').setRequired(true);
      form.addParagraphTextItem().setTitle('What is happening?').setHelpText('In your own words');
      form.addMultipleChoiceItem().setTitle('Tenure').setChoiceValues(['Private', 'Council']);
      form.addCheckboxItem().setTitle('Problems').setChoiceValues(['Damp', 'Repairs']);
      form.addListItem().setTitle('Branch').setChoiceValues(['North', 'South']);
      form.addPageBreakItem().setTitle('Dates');
      form.addDateItem().setTitle('Notice date');
      const items = form.getItems() as unknown as Loose[];
      return {
        types: items.map((i) => i.getType()),
        texts: form.getItems(FormApp.ItemType.TEXT).length,
        nameIndex: name.getIndex(),
        byId: form.getItemById(name.getId()).getTitle(),
        missing: form.getItemById(12345),
        idType: typeof name.getId(),
        required: name.isRequired(),
        help: items[2]!.getHelpText(),
      };
    });
    expect(seen).toEqual({
      types: [
        'SECTION_HEADER',
        'TEXT',
        'PARAGRAPH_TEXT',
        'MULTIPLE_CHOICE',
        'CHECKBOX',
        'LIST',
        'PAGE_BREAK',
        'DATE',
      ],
      texts: 1,
      nameIndex: 1,
      byId: 'Name',
      missing: null,
      idType: 'number',
      required: true,
      help: 'In your own words',
    });
  });

  it('casts generic items with asXxxItem and throws on the wrong type', () => {
    const ws = fixtureWorkspace();
    const choices = inExecution(ws, ({ FormApp }) => {
      const form = FormApp.create('Intake');
      form.addCheckboxItem().setTitle('Problems').setChoiceValues(['Damp', 'Repairs']);
      const item = form.getItems()[0]!;
      return (item.asCheckboxItem().getChoices() as unknown as Loose[]).map((c) => c.getValue());
    });
    expect(choices).toEqual(['Damp', 'Repairs']);
    expect(() =>
      inExecution(ws, ({ FormApp }) => {
        const form = FormApp.create('Intake');
        form.addCheckboxItem();
        return form.getItems()[0]!.asTextItem();
      }),
    ).toThrow(/cannot be cast to TextItem/);
  });

  it('deletes and moves items', () => {
    const ws = fixtureWorkspace();
    const titles = inExecution(ws, ({ FormApp }) => {
      const form = FormApp.create('Intake');
      for (const t of ['A', 'B', 'C', 'D']) form.addTextItem().setTitle(t);
      form.deleteItem(0);
      form.deleteItem(form.getItems()[1]);
      form.moveItem(1, 0);
      return (form.getItems() as unknown as Loose[]).map((i) => i.getTitle());
    });
    expect(titles).toEqual(['D', 'B']);
  });

  it('counts calls under the Apps Script class names', () => {
    const ws = fixtureWorkspace();
    inExecution(ws, ({ FormApp }) => FormApp.create('Intake').addTextItem().setTitle('Name'));
    const counts = ws.history.at(-1)!.callCounts;
    expect(counts['FormApp FormApp.create']).toBe(1);
    expect(counts['FormApp Form.addTextItem']).toBe(1);
    expect(counts['FormApp TextItem.setTitle']).toBe(1);
  });
});

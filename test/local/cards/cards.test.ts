// Contract tests for the CardService fake: build() validation and the rendered JSON tree.
import { type CardService, renderCard } from '../../../local/cards';
import { newWorkspace, runIn } from '../base/harness';

/** Runs `fn` with the instrumented CardService of one execution. */
function withCards<T>(fn: (cs: CardService) => T): T {
  return runIn(newWorkspace(), (g) => fn(g.CardService as CardService));
}

describe('CardService builders', () => {
  it('renders a homepage card to a JSON tree', () => {
    const tree = withCards((cs) => {
      const open = cs.newAction().setFunctionName('openIssue').setParameters({ id: 'ISS-7' });
      const card = cs
        .newCardBuilder()
        .setName('home')
        .setHeader(cs.newCardHeader().setTitle('Solidarity Desk').setSubtitle('Leeds branch'))
        .addSection(
          cs
            .newCardSection()
            .setHeader('Open issues')
            .addWidget(
              cs.newDecoratedText().setTopLabel('Disrepair').setText('Flat 3, damp').setOnClickAction(open),
            )
            .addWidget(
              cs
                .newTextButton()
                .setText('New issue')
                .setOnClickAction(cs.newAction().setFunctionName('newIssue')),
            )
            .addWidget(cs.newDivider())
            .addWidget(cs.newTextParagraph().setText('<b>2</b> meetings this week')),
        )
        .build();
      return renderCard(card);
    });
    expect(tree).toEqual({
      name: 'home',
      header: { title: 'Solidarity Desk', subtitle: 'Leeds branch' },
      sections: [
        {
          header: 'Open issues',
          widgets: [
            {
              decoratedText: {
                topLabel: 'Disrepair',
                text: 'Flat 3, damp',
                onClick: { action: { function: 'openIssue', parameters: [{ key: 'id', value: 'ISS-7' }] } },
              },
            },
            {
              buttonList: { buttons: [{ text: 'New issue', onClick: { action: { function: 'newIssue' } } }] },
            },
            { divider: {} },
            { textParagraph: { text: '<b>2</b> meetings this week' } },
          ],
        },
      ],
    });
  });

  it('prints the same JSON with printJson()', () => {
    const printed = withCards((cs) =>
      cs
        .newCardBuilder()
        .addSection(cs.newCardSection().addWidget(cs.newTextParagraph().setText('hi')))
        .build()
        .printJson(),
    );
    expect(JSON.parse(printed)).toEqual({ sections: [{ widgets: [{ textParagraph: { text: 'hi' } }] }] });
  });

  it('renders inputs, button sets, links and a fixed footer', () => {
    const tree = withCards((cs) => {
      const save = cs
        .newTextButton()
        .setText('Save')
        .setOnClickAction(cs.newAction().setFunctionName('save'));
      const help = cs
        .newTextButton()
        .setText('Help')
        .setOpenLink(cs.newOpenLink().setUrl('https://x.org/help'));
      const section = cs
        .newCardSection()
        .addWidget(cs.newTextInput().setFieldName('notes').setTitle('Notes').setMultiline(true))
        .addWidget(
          cs
            .newSelectionInput()
            .setType(cs.SelectionInputType.DROPDOWN)
            .setFieldName('stage')
            .setTitle('Stage')
            .addItem('Dispute', 'dispute', true),
        )
        .addWidget(cs.newDatePicker().setFieldName('due').setTitle('Due').setValueInMsSinceEpoch(0))
        .addWidget(cs.newButtonSet().addButton(help));
      return renderCard(
        cs
          .newCardBuilder()
          .addSection(section)
          .setFixedFooter(cs.newFixedFooter().setPrimaryButton(save))
          .build(),
      );
    });
    const widgets = (tree.sections as Array<{ widgets: unknown[] }>)[0]!.widgets;
    expect(widgets).toEqual([
      { textInput: { name: 'notes', label: 'Notes', type: 'MULTIPLE_LINE' } },
      {
        selectionInput: {
          name: 'stage',
          label: 'Stage',
          type: 'DROPDOWN',
          items: [{ text: 'Dispute', value: 'dispute', selected: true }],
        },
      },
      { dateTimePicker: { name: 'due', label: 'Due', type: 'DATE_ONLY', valueMsEpoch: 0 } },
      { buttonList: { buttons: [{ text: 'Help', onClick: { openLink: { url: 'https://x.org/help' } } }] } },
    ]);
    expect(tree.fixedFooter).toEqual({
      primaryButton: { text: 'Save', onClick: { action: { function: 'save' } } },
    });
  });
});

describe('CardService validation', () => {
  const cases: Array<[string, (cs: CardService) => unknown, string]> = [
    ['a card without sections', (cs) => cs.newCardBuilder().build(), 'Card must have at least one section'],
    [
      'a DecoratedText without text',
      (cs) =>
        cs
          .newCardBuilder()
          .addSection(cs.newCardSection().addWidget(cs.newDecoratedText().setTopLabel('x')))
          .build(),
      'DecoratedText must have text',
    ],
    [
      'an Action without a function name',
      (cs) =>
        cs
          .newCardBuilder()
          .addSection(
            cs.newCardSection().addWidget(cs.newTextButton().setText('Go').setOnClickAction(cs.newAction())),
          )
          .build(),
      'Action must have a function name',
    ],
    [
      'a TextButton without text',
      (cs) =>
        cs
          .newCardBuilder()
          .addSection(
            cs
              .newCardSection()
              .addWidget(cs.newTextButton().setOnClickAction(cs.newAction().setFunctionName('f'))),
          )
          .build(),
      'TextButton must have text',
    ],
    [
      'a TextButton without an action or link',
      (cs) =>
        cs
          .newCardBuilder()
          .addSection(cs.newCardSection().addWidget(cs.newTextButton().setText('Go')))
          .build(),
      'TextButton must have an action or a link',
    ],
    [
      'action parameters that are not strings',
      (cs) => cs.newAction().setParameters({ count: 3 } as unknown as Record<string, string>),
      'Action parameters must be strings: "count" is number.',
    ],
  ];

  it.each(cases)('refuses %s', (_name, build, message) => {
    expect(() => withCards(build)).toThrow(message);
  });
});

describe('Action responses', () => {
  it('renders navigation steps in order, a notification and a link', () => {
    const tree = withCards((cs) => {
      const card = cs
        .newCardBuilder()
        .setName('detail')
        .addSection(cs.newCardSection().addWidget(cs.newDivider()))
        .build();
      const nav = cs.newNavigation().popToRoot().pushCard(card).updateCard(card).popCard();
      return renderCard(
        cs
          .newActionResponseBuilder()
          .setNavigation(nav)
          .setNotification(cs.newNotification().setText('Saved'))
          .setOpenLink(cs.newOpenLink().setUrl('https://x.org'))
          .setStateChanged(true)
          .build(),
      );
    });
    const card = { name: 'detail', sections: [{ widgets: [{ divider: {} }] }] };
    expect(tree).toEqual({
      navigations: [{ popToRoot: true }, { pushCard: card }, { updateCard: card }, { popCard: true }],
      notification: { text: 'Saved' },
      openLink: { url: 'https://x.org' },
      stateChanged: true,
    });
  });

  it('builds universal action responses from cards', () => {
    const tree = withCards((cs) => {
      const card = cs.newCardBuilder().addSection(cs.newCardSection().addWidget(cs.newDivider())).build();
      return renderCard(cs.newUniversalActionResponseBuilder().displayAddOnCards([card]).build());
    });
    expect(tree).toEqual({ cards: [{ sections: [{ widgets: [{ divider: {} }] }] }] });
    expect(() => withCards((cs) => cs.newUniversalActionResponseBuilder().build())).toThrow(
      'UniversalActionResponse must display cards or open a link',
    );
  });

  it('counts builder calls as CardService calls', () => {
    const ws = newWorkspace();
    runIn(ws, (g) => (g.CardService as CardService).newCardBuilder().setName('x'));
    expect(ws.history.at(-1)!.callCounts).toEqual({
      'CardService CardService.newCardBuilder': 1,
      'CardService CardBuilder.setName': 1,
    });
  });
});

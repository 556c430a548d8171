// The add-on's plan-a-meeting card: branch, date, place and kind, sent to the same planMeeting use as the dialog.
import { MEETING_KINDS } from '../../core/schema';

type Cards = GoogleAppsScript.Card_Service.CardService;

/** The add-on event's form answers, in either shape Google sends (commonEventObject or the older formInput). */
export interface AddonEvent {
  readonly commonEventObject?: {
    readonly formInputs?: Readonly<
      Record<string, { readonly stringInputs?: { readonly value?: readonly string[] } }>
    >;
  };
  readonly formInput?: Readonly<Record<string, unknown>>;
}

/** One answer of the card's form as the raw value sent (still untrusted: parse it). */
export function formAnswer(event: AddonEvent | undefined, name: string): unknown {
  const modern = event?.commonEventObject?.formInputs?.[name]?.stringInputs?.value?.[0];
  return modern ?? event?.formInput?.[name];
}

/** The plan-a-meeting card, pushed from the homepage. */
export function planMeetingCard(
  branches: readonly string[],
  today: string,
  cards: Cards = CardService,
): GoogleAppsScript.Card_Service.Card {
  const branch = cards
    .newSelectionInput()
    .setType(cards.SelectionInputType.DROPDOWN)
    .setTitle('Branch')
    .setFieldName('branch');
  for (const [i, name] of branches.entries()) branch.addItem(name, name, i === 0);
  const kind = cards
    .newSelectionInput()
    .setType(cards.SelectionInputType.DROPDOWN)
    .setTitle('Kind of meeting')
    .setFieldName('kind');
  for (const [i, name] of MEETING_KINDS.entries()) kind.addItem(name, name, i === 0);
  return cards
    .newCardBuilder()
    .setName('planMeeting')
    .setHeader(cards.newCardHeader().setTitle('Plan a meeting'))
    .addSection(
      cards
        .newCardSection()
        .addWidget(branch)
        .addWidget(
          cards
            .newTextInput()
            .setFieldName('date')
            .setTitle('Date')
            .setHint('Like 2026-04-03')
            .setValue(today),
        )
        .addWidget(cards.newTextInput().setFieldName('place').setTitle('Place'))
        .addWidget(kind)
        .addWidget(
          cards
            .newTextButton()
            .setText('Plan meeting')
            .setOnClickAction(cards.newAction().setFunctionName('homepagePlanMeeting')),
        ),
    )
    .build();
}

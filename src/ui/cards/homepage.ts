// The Workspace add-on's homepage card: what needs attention, each branch's capacity, and buttons for the main actions.
import { escapeText } from '../escape';

type Cards = GoogleAppsScript.Card_Service.CardService;
type Card = GoogleAppsScript.Card_Service.Card;
type Section = GoogleAppsScript.Card_Service.CardSection;

/** What the homepage shows, as the casework entry points return it. */
export interface HomepageData {
  readonly attention: ReadonlyArray<{
    readonly kind: string;
    readonly issueId: string;
    readonly memberName: string;
    readonly branch: string;
    readonly detail: string;
  }>;
  readonly capacity: ReadonlyArray<{
    readonly branch: string;
    readonly live: number;
    readonly limit: number;
    readonly over: boolean;
  }>;
  /** The spreadsheet's link with the Issues sheet open, or null when unknown. */
  readonly issuesLink: string | null;
}

/** How many items the homepage lists before "and N more". */
export const TOP_ITEMS = 5;

/** Plain words for each kind of attention (the same as the side panel's). */
export const KIND_WORDS: Readonly<Record<string, string>> = {
  urgent: 'Urgent',
  overdue: 'Next step overdue',
  noNextStep: 'No next step',
  silent: 'Gone quiet',
  notCalledBack: 'Not called back yet',
  followUpDue: 'Follow-up due',
};

/** "Urgent: 2 · No next step: 1", in the list's order. Card text is read as HTML, so it is escaped. */
export function kindCounts(data: HomepageData): string {
  const counts = new Map<string, number>();
  for (const item of data.attention) counts.set(item.kind, (counts.get(item.kind) ?? 0) + 1);
  return [...counts].map(([kind, n]) => `${escapeText(KIND_WORDS[kind] ?? kind)}: ${n}`).join(' · ');
}

function attentionSection(data: HomepageData, cards: Cards): Section {
  const section = cards.newCardSection().setHeader('Needs attention');
  if (data.attention.length === 0)
    return section.addWidget(
      cards.newTextParagraph().setText('Nothing needs attention: every open issue has a next step.'),
    );
  section.addWidget(cards.newTextParagraph().setText(kindCounts(data)));
  for (const item of data.attention.slice(0, TOP_ITEMS)) {
    section.addWidget(
      cards
        .newDecoratedText()
        .setTopLabel(escapeText(`${KIND_WORDS[item.kind] ?? item.kind} · ${item.branch || 'No branch'}`))
        .setText(escapeText(`${item.issueId} ${item.memberName}`))
        .setBottomLabel(escapeText(item.detail))
        .setWrapText(true),
    );
  }
  const more = data.attention.length - TOP_ITEMS;
  if (more > 0) section.addWidget(cards.newTextParagraph().setText(`…and ${more} more in the spreadsheet.`));
  return section;
}

function capacitySection(data: HomepageData, cards: Cards): Section {
  const section = cards.newCardSection().setHeader('Public disputes by branch');
  if (data.capacity.length === 0)
    return section.addWidget(cards.newTextParagraph().setText('No branches yet: run Set up from the menu.'));
  for (const b of data.capacity) {
    const state =
      b.live > b.limit ? 'over the limit' : b.live === b.limit ? 'full' : `${b.limit - b.live} free`;
    section.addWidget(
      cards
        .newDecoratedText()
        .setTopLabel(escapeText(b.branch || 'No branch'))
        .setText(`${b.live} of ${b.limit} (${state})`),
    );
  }
  return section;
}

function actionsSection(data: HomepageData, cards: Cards): Section {
  const buttons = cards
    .newButtonSet()
    .addButton(
      cards
        .newTextButton()
        .setText('Refresh')
        .setOnClickAction(cards.newAction().setFunctionName('homepageRefresh')),
    )
    .addButton(
      cards
        .newTextButton()
        .setText('Plan a meeting')
        .setOnClickAction(cards.newAction().setFunctionName('homepagePlanMeetingCard')),
    );
  if (data.issuesLink)
    buttons.addButton(
      cards
        .newTextButton()
        .setText('Open the Issues sheet')
        .setOpenLink(cards.newOpenLink().setUrl(data.issuesLink)),
    );
  return cards.newCardSection().addWidget(buttons);
}

/** The homepage card. */
export function homepageCard(data: HomepageData, cards: Cards = CardService): Card {
  const waiting = data.attention.length;
  return cards
    .newCardBuilder()
    .setName('homepage')
    .setHeader(
      cards
        .newCardHeader()
        .setTitle('Solidarity Desk')
        .setSubtitle(
          waiting === 0 ? 'Nothing waiting' : `${waiting} issue${waiting === 1 ? '' : 's'} need attention`,
        ),
    )
    .addSection(attentionSection(data, cards))
    .addSection(capacitySection(data, cards))
    .addSection(actionsSection(data, cards))
    .build();
}

/** Shown when the add-on may not yet open this spreadsheet (drive.file): one button asks for access. */
export function fileAccessCard(cards: Cards = CardService): Card {
  return cards
    .newCardBuilder()
    .setName('access')
    .setHeader(cards.newCardHeader().setTitle('Solidarity Desk'))
    .addSection(
      cards
        .newCardSection()
        .addWidget(
          cards
            .newTextParagraph()
            .setText('Solidarity Desk needs your permission to open this spreadsheet, and only this one.'),
        )
        .addWidget(
          cards
            .newTextButton()
            .setText('Allow access to this spreadsheet')
            .setOnClickAction(cards.newAction().setFunctionName('homepageRequestFileAccess')),
        ),
    )
    .build();
}

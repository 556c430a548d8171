// Realistic demo intake answers (invented people and places), keyed by the new-issue form's question titles.

/** One demo response and how many days ago it arrived. */
export interface DemoSubmission {
  readonly daysAgo: number;
  readonly answers: Readonly<Record<string, string>>;
}

const CONSENT = { 'May we contact you about this?': 'Yes' };

export const DEMO_SUBMISSIONS: readonly DemoSubmission[] = [
  {
    daysAgo: 12,
    answers: {
      'Your name': 'Jo Bloggs',
      'Phone number': '(07700) 900-123',
      Postcode: 'n167ab',
      'What is the issue about?': 'Disrepair',
      'Tell us what is happening':
        'Damp and black mould in the bedroom for six months. The landlord ignores our messages.',
      'Landlord’s name': 'Foxtons Ltd',
      ...CONSENT,
    },
  },
  {
    daysAgo: 10,
    answers: {
      'Your name': 'Amira Haddad',
      'Email address': 'amira.haddad@example.org',
      'Phone number': '07700 900456',
      Postcode: 'E8 3PN',
      'Are you already a member of the union?': 'Yes',
      'What is the issue about?': 'Deposit',
      'Tell us what is happening':
        'The agent is keeping my £1,200 deposit for "cleaning" although the flat was spotless.',
      'Letting agent’s name': 'FOXTONS',
      ...CONSENT,
      'Would you be willing for your issue to be made public, if it helps to win?': 'Yes',
    },
  },
  {
    daysAgo: 8,
    answers: {
      'Your name': 'Kwame Mensah',
      'Email address': 'kwame.m@example.org',
      Postcode: 'E9 5LN',
      'What is the issue about?': 'Rent increase',
      'Tell us what is happening': 'A section 13 notice says our rent goes up by 25% next month.',
      'Letting agent’s name': 'Foxtons Limited',
      ...CONSENT,
    },
  },
  {
    daysAgo: 5,
    answers: {
      'Your name': 'Zoë Ñúñez',
      'Phone number': '+44 (0)20 7946 0018',
      'How should we contact you?': 'Text message',
      'When is it safe to contact you?': 'Weekdays after 6pm',
      Postcode: 'e5 0lh',
      'What is the issue about?': 'Eviction or notice',
      'Tell us what is happening':
        'We got a possession order. Bailiffs are booked and we have nowhere to go with two children.',
      'Bailiff date, if you have one': '__BAILIFF__',
      'If you are facing eviction, do you want to resist it?': 'Yes',
      ...CONSENT,
    },
  },
  {
    daysAgo: 3,
    answers: {
      'Your name': 'Priya Shah',
      'Email address': 'priya.shah@example.org',
      Postcode: 'E1 6AN',
      'What is the issue about?': 'Harassment',
      'Tell us what is happening': 'The landlord keeps letting himself in without notice.',
      'Landlord’s name': 'Mr D. Carter',
      ...CONSENT,
    },
  },
  {
    daysAgo: 1,
    answers: {
      'Your name': 'Tom Ellis',
      'Email address': 'tom.ellis@example.org',
      Postcode: 'M1 1AE',
      'What is the issue about?': 'Other',
      'Tell us what is happening':
        'Moving to Hackney soon and want to join. =SUM(A1) is not a formula, just a test.',
      ...CONSENT,
    },
  },
  {
    daysAgo: 0,
    answers: {
      'Your name': 'Jo Bloggs',
      'Phone number': '+447700900123',
      Postcode: 'N16 7AB',
      'What is the issue about?': 'Disrepair',
      'Tell us what is happening': 'Now the boiler is broken too: no heating or hot water.',
      'Landlord’s name': 'Foxtons',
      ...CONSENT,
    },
  },
];

// The new-issue form's questions, in plain and warm words, and the other titles teams' own forms use for them.
import { CATEGORIES, CONTACT_WAYS } from '../schema/enums';

/** The answers intake understands, whatever the question was called. */
export type IntakeField =
  | 'name'
  | 'email'
  | 'phone'
  | 'preferredContact'
  | 'safeTimes'
  | 'postcode'
  | 'address'
  | 'alreadyMember'
  | 'language'
  | 'accessNeeds'
  | 'category'
  | 'description'
  | 'landlord'
  | 'lettingAgent'
  | 'noticeServed'
  | 'courtHearing'
  | 'bailiffDate'
  | 'wantsToResist'
  | 'consentContact'
  | 'consentPublicity';

export type QuestionKind = 'text' | 'paragraph' | 'choice' | 'checkbox' | 'date' | 'section';

/** One item of the form Solidarity Desk creates. */
export interface Question {
  readonly field?: IntakeField;
  readonly kind: QuestionKind;
  readonly title: string;
  readonly help?: string;
  readonly required?: boolean;
  readonly choices?: readonly string[];
  /** Other titles the same question goes by on teams' existing forms. */
  readonly aliases?: readonly string[];
}

export const PRIVACY_NOTICE =
  'We only use what you tell us to support you with your housing issue. It is kept by your local branch ' +
  'of the union, shared only with the volunteers helping you, and never sold or passed to your landlord. ' +
  'You can ask us to delete it at any time.';

export const FORM_TITLE = 'Tell us about your housing issue';
export const FORM_DESCRIPTION =
  'Renters helping renters. Fill this in and someone from the union will get back to you, usually within ' +
  'a few days, with first information and the date of your local branch meeting. If you are being evicted ' +
  'soon, tell us the date: we will treat it as urgent.';

const YES_NO_UNSURE = ['Yes', 'No', 'Not sure'] as const;

export const QUESTIONS: readonly Question[] = [
  { kind: 'section', title: 'About you' },
  {
    field: 'name',
    kind: 'text',
    title: 'Your name',
    required: true,
    aliases: ['Name', 'Full name', 'Tenant name'],
  },
  {
    field: 'email',
    kind: 'text',
    title: 'Email address',
    aliases: ['Email', 'E-mail', 'Your email', 'Your e-mail'],
  },
  {
    field: 'phone',
    kind: 'text',
    title: 'Phone number',
    aliases: ['Phone', 'Mobile', 'Mobile number', 'Telephone', 'Your phone number', 'Contact number'],
  },
  {
    field: 'preferredContact',
    kind: 'choice',
    title: 'How should we contact you?',
    choices: CONTACT_WAYS,
    aliases: ['Preferred contact', 'Best way to contact you', 'Preferred way to contact'],
  },
  {
    field: 'safeTimes',
    kind: 'text',
    title: 'When is it safe to contact you?',
    help: 'For example: weekday evenings. Tell us if there are times we should not call.',
    aliases: ['Safe times to contact', 'Best time to call', 'When can we call'],
  },
  {
    field: 'postcode',
    kind: 'text',
    title: 'Postcode',
    required: true,
    aliases: ['Post code', 'Your postcode'],
  },
  { field: 'address', kind: 'paragraph', title: 'Address', aliases: ['Your address', 'Home address'] },
  {
    field: 'alreadyMember',
    kind: 'choice',
    title: 'Are you already a member of the union?',
    choices: YES_NO_UNSURE,
    aliases: ['Already a member', 'Are you a member', 'Member'],
  },
  {
    field: 'language',
    kind: 'text',
    title: 'Which language would you like us to use?',
    aliases: ['Language', 'Preferred language'],
  },
  {
    field: 'accessNeeds',
    kind: 'paragraph',
    title: 'Anything that would help you take part?',
    help: 'For example step-free access, an interpreter, large print.',
    aliases: ['Access needs', 'Accessibility needs'],
  },
  { kind: 'section', title: 'Your housing issue' },
  {
    field: 'category',
    kind: 'choice',
    title: 'What is the issue about?',
    required: true,
    choices: CATEGORIES,
    aliases: ['Category', 'Issue type', 'Type of issue', 'Problem type'],
  },
  {
    field: 'description',
    kind: 'paragraph',
    title: 'Tell us what is happening',
    required: true,
    help: 'In your own words. Include anything your landlord or agent has said or sent you.',
    aliases: [
      'Description',
      'What is the issue',
      'Describe the problem',
      'Problem',
      'Details',
      'What is happening',
    ],
  },
  {
    field: 'landlord',
    kind: 'text',
    title: 'Landlord’s name',
    aliases: ['Landlord', 'Landlord name', 'Who is your landlord'],
  },
  {
    field: 'lettingAgent',
    kind: 'text',
    title: 'Letting agent’s name',
    aliases: ['Letting agent', 'Agent', 'Letting agency'],
  },
  {
    field: 'noticeServed',
    kind: 'date',
    title: 'If you were given a notice, what date was it served?',
    aliases: ['Notice served', 'Notice date'],
  },
  {
    field: 'courtHearing',
    kind: 'date',
    title: 'Court hearing date, if you have one',
    aliases: ['Court hearing', 'Court date', 'Hearing date'],
  },
  {
    field: 'bailiffDate',
    kind: 'date',
    title: 'Bailiff date, if you have one',
    aliases: ['Bailiff date', 'Bailiffs', 'Eviction date'],
  },
  {
    field: 'wantsToResist',
    kind: 'choice',
    title: 'If you are facing eviction, do you want to resist it?',
    choices: YES_NO_UNSURE,
    aliases: ['Want to resist eviction', 'Resist eviction'],
  },
  { kind: 'section', title: 'Your privacy', help: PRIVACY_NOTICE },
  {
    field: 'consentContact',
    kind: 'choice',
    title: 'May we contact you about this?',
    required: true,
    choices: ['Yes', 'No'],
    aliases: ['Consent to contact', 'Happy to be contacted', 'Can we contact you'],
  },
  {
    field: 'consentPublicity',
    kind: 'choice',
    title: 'Would you be willing for your issue to be made public, if it helps to win?',
    help: 'This is a separate question. Saying no does not change the support you get.',
    choices: ['Yes', 'No', 'Maybe later'],
    aliases: ['Consent to publicity', 'Happy to go public', 'Publicity'],
  },
];

// The allowed values of the database's dropdown columns, in the union's own words (see shared/docs/domain.md).

export const STAGES = [
  '1 Initial contact',
  '2 Peer support',
  '3 Team decision',
  '4 Action',
  '5 Evaluation',
  'Closed',
] as const;
export type Stage = (typeof STAGES)[number];

export const ROUTES = ['Peer support only', 'Collective casework', 'Public dispute', 'Signposted'] as const;
export type Route = (typeof ROUTES)[number];

export const CATEGORIES = [
  'Disrepair',
  'Deposit',
  'Eviction or notice',
  'Rent increase',
  'Harassment',
  'Discrimination',
  'Benefits',
  'Licensing',
  'Other',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const STANDINGS = ['Member', 'New member', 'Not yet a member', 'Lapsed'] as const;
export type Standing = (typeof STANDINGS)[number];

export const OUTCOMES = ['Won', 'Partly won', 'Lost', 'Withdrawn', 'Signposted', 'Moved on'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const NEXT_STEP_STATUSES = ['Open', 'Done', 'Dropped'] as const;
export type NextStepStatus = (typeof NEXT_STEP_STATUSES)[number];

export const CONTACT_WAYS = ['Phone call', 'Text message', 'Email', 'WhatsApp', 'Any'] as const;

export const MEETING_KINDS = ['Branch meeting', 'Member solidarity team'] as const;

export const REVIEW_STATUSES = ['To review', 'Filed', 'Dismissed'] as const;

export const TARGET_KINDS = [
  'Landlord',
  'Letting agent',
  'Council',
  'Investor',
  'Housing association',
  'Other',
] as const;

export const STANCES = ['Ally', 'Neutral', 'Opponent', 'Unknown'] as const;

export const INFLUENCE = ['High', 'Medium', 'Low'] as const;

export const ACTION_TYPES = [
  'Demand letter',
  'Delegation',
  'Phone blitz',
  'Email blitz',
  'Demonstration',
  'Press',
  'Social media',
  'Negotiation',
  'Other',
] as const;

export const YES_NO = ['Yes', 'No'] as const;

// Tables of the casework itself: issues, their next steps, decisions, disputes' actions and power maps, meetings.
import { idColumn, refColumn, TIMESTAMPS } from './common';
import {
  ACTION_TYPES,
  CATEGORIES,
  INFLUENCE,
  MEETING_KINDS,
  NEXT_STEP_STATUSES,
  OUTCOMES,
  ROUTES,
  STAGES,
  STANCES,
  TARGET_KINDS,
} from './enums';
import type { TableSpec } from './types';

export const ISSUES: TableSpec = {
  name: 'issues',
  sheetName: 'Issues',
  sheetAliases: ['Cases', 'Casework', 'Case list', 'Issue tracker'],
  idPrefix: 'ISS',
  purpose: 'Each housing issue a member brings, from first contact to outcome.',
  columns: [
    idColumn('Issue ID', ['Case ID', 'Case number', 'Ref']),
    refColumn('Member ID', 'members'),
    { header: 'Branch', type: 'text', width: 110, aliases: ['Local branch'] },
    { header: 'Category', type: 'enum', values: CATEGORIES, aliases: ['Type', 'Issue type', 'Problem type'] },
    { header: 'Summary', type: 'text', width: 220, aliases: ['Title', 'Short description'] },
    {
      header: 'Description',
      type: 'longText',
      width: 300,
      aliases: ['Problem', 'Issue', 'Details', 'What is the issue', 'What is happening', 'Notes'],
    },
    { header: 'Legal situation', type: 'longText', width: 220 },
    { header: 'Demand', type: 'longText', width: 220, aliases: ['What they want', 'Our demand'] },
    { header: 'Landlord', type: 'text', width: 160, aliases: ['Landlord name', 'Landlord or agent'] },
    { header: 'Letting agent', type: 'text', width: 160, aliases: ['Agent', 'Letting agency'] },
    { header: 'Property address', type: 'longText', personal: true, width: 220, aliases: ['Property'] },
    { header: 'Stage', type: 'enum', values: STAGES, required: true, aliases: ['Status', 'Case stage'] },
    { header: 'Route', type: 'enum', values: ROUTES },
    { header: 'Urgent', type: 'boolean', aliases: ['Urgency', 'Is urgent'] },
    { header: 'Urgent reason', type: 'text', width: 200 },
    { header: 'Notice served', type: 'date', aliases: ['Notice date', 'Notice served on'] },
    { header: 'Court hearing', type: 'date', aliases: ['Court date', 'Hearing date'] },
    { header: 'Bailiff date', type: 'date', aliases: ['Bailiffs', 'Eviction date'] },
    { header: 'Action date', type: 'date', note: 'A date pencilled in for an action.' },
    { header: 'Opened', type: 'datetime', aliases: ['Date opened', 'Received', 'Date'] },
    { header: 'First contact on', type: 'date', aliases: ['Called back on', 'First contact'] },
    { header: 'Last activity', type: 'datetime', system: true },
    { header: 'Owner', type: 'text', aliases: ['Caseworker', 'Volunteer', 'Assigned to', 'Lead'] },
    { header: 'Signposted to', type: 'text', width: 160 },
    { header: 'Follow-up date', type: 'date', aliases: ['Follow up'] },
    { header: 'Outcome', type: 'enum', values: OUTCOMES },
    { header: 'Money recovered', type: 'money', aliases: ['Compensation', 'Money won', 'Amount recovered'] },
    { header: 'Repairs won', type: 'boolean' },
    { header: 'Eviction stopped', type: 'boolean' },
    { header: 'Rent increase withdrawn', type: 'boolean' },
    { header: 'What was won', type: 'longText', width: 200 },
    { header: 'What we learned', type: 'longText', width: 200, aliases: ['Lessons', 'Learning'] },
    { header: 'Closed on', type: 'date', aliases: ['Date closed'] },
    {
      header: 'Private notes',
      type: 'longText',
      sensitive: true,
      personal: true,
      width: 200,
      note: 'Health, immigration, abuse or money matters: never copied into emails, digests or reports.',
    },
    {
      header: 'Documents',
      type: 'longText',
      system: true,
      width: 160,
      note: 'Links to letters and write-ups.',
    },
    {
      header: 'Response ID',
      type: 'text',
      system: true,
      width: 120,
      note: 'The form response this came from.',
    },
    ...TIMESTAMPS,
  ],
};

export const NEXT_STEPS: TableSpec = {
  name: 'nextSteps',
  sheetName: 'Next steps',
  sheetAliases: ['Actions to do', 'To do', 'Tasks'],
  idPrefix: 'NS',
  purpose: 'Who does what, by when, for each issue. Every open issue needs one.',
  columns: [
    idColumn('Next step ID'),
    refColumn('Issue ID', 'issues', { required: true }),
    {
      header: 'What',
      type: 'longText',
      required: true,
      width: 260,
      aliases: ['Description', 'Next step', 'Task'],
    },
    { header: 'Who', type: 'text', width: 130, aliases: ['Owner', 'Assigned to'] },
    { header: 'By when', type: 'date', aliases: ['Due', 'Due date', 'Deadline'] },
    { header: 'Where', type: 'text', width: 140, aliases: ['Place'] },
    { header: 'Status', type: 'enum', values: NEXT_STEP_STATUSES, required: true },
    refColumn('Meeting ID', 'meetings'),
    { header: 'Done on', type: 'date' },
    ...TIMESTAMPS,
  ],
};

const CRITERIA = [
  'Builds the union’s power',
  'Capacity to see it through',
  'Clear power holder',
  'Member can lead and agrees to publicity',
] as const;

/** The four public-dispute criteria from the member solidarity guide, in its order. */
export const DISPUTE_CRITERIA: readonly string[] = CRITERIA;

export const DECISIONS: TableSpec = {
  name: 'decisions',
  sheetName: 'Decisions',
  idPrefix: 'DEC',
  purpose: 'The team’s stage 3 decisions: which route, who decided, and why.',
  columns: [
    idColumn('Decision ID'),
    refColumn('Issue ID', 'issues', { required: true }),
    { header: 'Route', type: 'enum', values: ROUTES, required: true },
    { header: 'Decided by', type: 'text', required: true },
    { header: 'Decided on', type: 'date', required: true },
    { header: 'Reason', type: 'longText', width: 240 },
    ...CRITERIA.flatMap((c) => [
      { header: c, type: 'boolean' as const },
      { header: `${c}: note`, type: 'longText' as const, width: 160 },
    ]),
    { header: 'Over capacity', type: 'boolean' },
    { header: 'Override reason', type: 'longText', width: 200 },
    refColumn('Signposted to', 'organisations'),
    { header: 'Follow-up date', type: 'date' },
    ...TIMESTAMPS,
  ],
};

export const ACTIONS: TableSpec = {
  name: 'actions',
  sheetName: 'Actions',
  idPrefix: 'ACT',
  purpose: 'Public actions taken in a dispute, so escalation is visible over time.',
  columns: [
    idColumn('Action ID'),
    refColumn('Issue ID', 'issues', { required: true }),
    { header: 'Date', type: 'date', required: true },
    { header: 'Type', type: 'enum', values: ACTION_TYPES, required: true },
    { header: 'Description', type: 'longText', width: 240 },
    { header: 'Turnout', type: 'number' },
    { header: 'Result', type: 'longText', width: 220 },
    ...TIMESTAMPS,
  ],
};

export const POWER_MAP: TableSpec = {
  name: 'powerMap',
  sheetName: 'Power map',
  idPrefix: 'PM',
  purpose: 'The people and organisations with power over a dispute, and our leverage on them.',
  columns: [
    idColumn('Target ID'),
    refColumn('Issue ID', 'issues', { required: true }),
    { header: 'Name', type: 'text', required: true, width: 180 },
    { header: 'Kind', type: 'enum', values: TARGET_KINDS },
    { header: 'Role', type: 'text', width: 160 },
    { header: 'Influence', type: 'enum', values: INFLUENCE },
    { header: 'Stance', type: 'enum', values: STANCES },
    { header: 'Leverage', type: 'longText', width: 240 },
    ...TIMESTAMPS,
  ],
};

export const MEETINGS: TableSpec = {
  name: 'meetings',
  sheetName: 'Meetings',
  idPrefix: 'MTG',
  purpose: 'Branch meetings and team meetings, with their agendas and write-ups.',
  columns: [
    idColumn('Meeting ID'),
    { header: 'Branch', type: 'text', required: true },
    { header: 'Date', type: 'datetime', required: true },
    { header: 'Place', type: 'text', width: 180 },
    { header: 'Kind', type: 'enum', values: MEETING_KINDS },
    { header: 'Agenda', type: 'url', system: true, width: 160 },
    { header: 'Write-up', type: 'url', system: true, width: 160 },
    ...TIMESTAMPS,
  ],
};

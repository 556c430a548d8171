// Tables about people and places: members, branches, and the signposting directory.
import { idColumn, TIMESTAMPS } from './common';
import { CONTACT_WAYS, STANDINGS } from './enums';
import type { TableSpec } from './types';

export const MEMBERS: TableSpec = {
  name: 'members',
  sheetName: 'Members',
  sheetAliases: ['Tenants', 'People', 'Contacts', 'Member list'],
  idPrefix: 'MEM',
  purpose: 'Everyone who has brought an issue to the branch, one row per person.',
  columns: [
    idColumn('Member ID'),
    {
      header: 'Name',
      type: 'text',
      required: true,
      personal: true,
      width: 170,
      aliases: ['Tenant name', 'Full name', 'Member name', 'Your name', 'Tenant', 'Member'],
    },
    {
      header: 'Email',
      type: 'email',
      personal: true,
      width: 200,
      aliases: ['E-mail', 'Email address', 'Your email', 'Your e-mail', 'E-mail address'],
    },
    {
      header: 'Phone',
      type: 'phone',
      personal: true,
      width: 140,
      aliases: [
        'Mobile',
        'Mobile number',
        'Phone number',
        'Telephone',
        'Tel',
        'Contact number',
        'Your phone',
      ],
    },
    {
      header: 'Preferred contact',
      type: 'enum',
      values: CONTACT_WAYS,
      aliases: ['How to contact', 'Best way to contact', 'Preferred way to contact'],
    },
    {
      header: 'Safe times to contact',
      type: 'text',
      personal: true,
      aliases: ['Safe times', 'When to contact', 'Best time to call'],
    },
    {
      header: 'Postcode',
      type: 'postcode',
      personal: true,
      width: 90,
      aliases: ['Post code', 'Postal code'],
    },
    {
      header: 'Address',
      type: 'longText',
      personal: true,
      width: 220,
      aliases: ['Home address', 'Your address'],
    },
    { header: 'Branch', type: 'text', width: 110, aliases: ['Local branch', 'Nearest branch'] },
    {
      header: 'Membership standing',
      type: 'enum',
      values: STANDINGS,
      aliases: ['Membership', 'Member status', 'Are you a member', 'Already a member'],
    },
    { header: 'Joined on', type: 'date', aliases: ['Joined', 'Member since', 'Date joined'] },
    { header: 'Language', type: 'text', aliases: ['Preferred language', 'Languages'] },
    {
      header: 'Access needs',
      type: 'longText',
      sensitive: true,
      personal: true,
      aliases: ['Accessibility needs'],
    },
    { header: 'Consent to contact', type: 'boolean', aliases: ['Happy to be contacted', 'Contact consent'] },
    { header: 'Consent to publicity', type: 'boolean', aliases: ['Happy to go public', 'Publicity consent'] },
    {
      header: 'Private notes',
      type: 'longText',
      sensitive: true,
      personal: true,
      width: 220,
      note: 'Health, immigration, abuse or money matters: never copied into emails, digests or reports.',
      aliases: ['Sensitive notes', 'Confidential notes'],
    },
    ...TIMESTAMPS,
  ],
};

export const BRANCHES: TableSpec = {
  name: 'branches',
  sheetName: 'Branches',
  idPrefix: 'BR',
  purpose: 'Each branch: the postcode areas it covers, its dispute capacity and its team.',
  columns: [
    idColumn('Branch ID'),
    { header: 'Name', type: 'text', required: true, width: 140, aliases: ['Branch', 'Branch name'] },
    {
      header: 'Postcode areas',
      type: 'text',
      width: 200,
      note: 'Postcode districts or areas this branch covers, separated by commas, e.g. "E8, E9, N16".',
      aliases: ['Postcodes', 'Areas', 'Postcode districts'],
    },
    {
      header: 'Dispute limit',
      type: 'number',
      note: 'How many public disputes the branch can carry at once.',
    },
    { header: 'Team email', type: 'email', width: 200, aliases: ['Member solidarity team email', 'Team'] },
    { header: 'Next meeting', type: 'datetime', width: 140 },
    { header: 'Meeting place', type: 'text', width: 200, aliases: ['Venue', 'Where we meet'] },
    { header: 'Meeting pattern', type: 'text', aliases: ['Meets'], note: 'e.g. "First Thursday, 7pm"' },
    {
      header: 'Documents folder',
      type: 'url',
      width: 160,
      note: 'Drive folder for this branch’s write-ups.',
    },
    ...TIMESTAMPS,
  ],
};

export const ORGANISATIONS: TableSpec = {
  name: 'organisations',
  sheetName: 'Organisations',
  sheetAliases: ['Signposting', 'Directory', 'Signposting directory'],
  idPrefix: 'ORG',
  purpose: 'Where to signpost members when the union is not the expert.',
  columns: [
    idColumn('Organisation ID'),
    { header: 'Name', type: 'text', required: true, width: 200, aliases: ['Organisation'] },
    {
      header: 'Helps with',
      type: 'text',
      width: 200,
      note: 'Categories, separated by commas: e.g. "Eviction or notice, Benefits, Debt and money".',
      aliases: ['Categories', 'Services'],
    },
    { header: 'Areas', type: 'text', note: 'Postcode areas, or "All".', aliases: ['Covers', 'Area'] },
    { header: 'Phone', type: 'phone', aliases: ['Telephone'] },
    { header: 'Email', type: 'email', aliases: ['E-mail'] },
    { header: 'Website', type: 'url', width: 200, aliases: ['Web', 'URL'] },
    { header: 'Notes', type: 'longText', width: 220 },
    ...TIMESTAMPS,
  ],
};

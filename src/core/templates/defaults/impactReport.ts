// The default impact report: what the union won over a period, in numbers, by branch and in members' stories.
import type { DocumentModel } from '../model';
import type { TemplateShape } from '../shape';
import { bold, para, styled, table } from './build';

const TOTAL_FIELDS = [
  { name: 'Issues opened', type: 'number' },
  { name: 'Issues closed', type: 'number' },
  { name: 'Wins', type: 'number' },
  { name: 'Money recovered', type: 'money' },
  { name: 'Repairs won', type: 'number' },
  { name: 'Evictions stopped', type: 'number' },
] as const;

/** Data: `{ Period: { From, To }, Branch: { Name }, Totals, ByBranch: [...], CaseStudies: [{ Title, Story }] }`. */
export const IMPACT_REPORT_SHAPE: TemplateShape = {
  fields: [],
  relations: {
    Period: {
      fields: [
        { name: 'From', aliases: ['Start'], type: 'date' },
        { name: 'To', aliases: ['End'], type: 'date' },
      ],
    },
    Branch: { fields: [{ name: 'Name', aliases: ['Branch name'], type: 'text' }] },
    Totals: { fields: TOTAL_FIELDS },
  },
  lists: {
    ByBranch: { fields: [{ name: 'Branch', type: 'text' }, ...TOTAL_FIELDS] },
    CaseStudies: {
      fields: [
        { name: 'Title', type: 'text' },
        { name: 'Story', type: 'longText' },
      ],
    },
  },
};

/** The impact report template. */
export const IMPACT_REPORT_TEMPLATE: DocumentModel = {
  blocks: [
    styled('TITLE', ['{{Branch.Name}}: what we won together']),
    styled('SUBTITLE', ['{{Period.From|date}} to {{Period.To|date}}']),
    para(
      'Every number here is a member who did not face their landlord alone. Thank you to everyone who came to ',
      'meetings, wrote letters, turned up and stood together.',
    ),
    styled('HEADING_1', ['In numbers']),
    table(
      ['', 'Total'],
      ['Issues opened', '{{Totals.Issues opened|number|default:"0"}}'],
      ['Issues closed', '{{Totals.Issues closed|number|default:"0"}}'],
      ['Wins', '{{Totals.Wins|number|default:"0"}}'],
      ['Money recovered for members', '{{Totals.Money recovered|gbp|default:"£0"}}'],
      ['Repairs won', '{{Totals.Repairs won|number|default:"0"}}'],
      ['Evictions stopped', '{{Totals.Evictions stopped|number|default:"0"}}'],
    ),
    styled('HEADING_1', ['Branch by branch']),
    table(
      ['Branch', 'Issues opened', 'Issues closed', 'Wins', 'Money recovered'],
      [
        '{{#each ByBranch}}{{Branch}}',
        '{{Issues opened|number}}',
        '{{Issues closed|number}}',
        '{{Wins|number}}',
        '{{Money recovered|gbp|default:"£0"}}{{/each}}',
      ],
    ),
    styled('HEADING_1', ['Members’ stories']),
    para('{{#each CaseStudies}}'),
    styled('HEADING_2', ['{{Title}}']),
    para('{{Story}}'),
    para('{{else}}'),
    para('No stories written up for this period yet.'),
    para('{{/each}}'),
    para(bold('Solidarity wins. '), 'Join us at the next meeting and bring a neighbour.'),
  ],
};

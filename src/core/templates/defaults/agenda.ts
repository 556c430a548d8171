// The default meeting agenda: issues in priority order, in small groups with equal time, and our principles.
import type { DocumentModel } from '../model';
import type { TemplateShape } from '../shape';
import { bold, bullet, para, styled } from './build';
import { BRANCH_SHAPE, ISSUE_SHAPE, MEETING_SHAPE } from './shapes';

/** Data: `{ Meeting, Branch, Groups: [{ Number, 'Minutes per issue', Issues: [issue] }], Principles: [text] }`. */
export const AGENDA_SHAPE: TemplateShape = {
  fields: [],
  relations: { Meeting: MEETING_SHAPE, Branch: BRANCH_SHAPE },
  lists: {
    Groups: {
      fields: [
        { name: 'Number', aliases: ['Group'], type: 'number' },
        { name: 'Minutes per issue', aliases: ['Minutes'], type: 'number' },
      ],
      lists: { Issues: ISSUE_SHAPE },
    },
    Principles: { fields: [], scalar: 'text' },
  },
};

/** The peer support principles every agenda reminds us of (the setup passes them as `Principles`). */
export const DEFAULT_PRINCIPLES: readonly string[] = [
  'We listen first. The member explains what is happening in their own words, and we do not rush them.',
  "We share what we know about renters' rights, and we say so when we need a specialist's advice.",
  'We agree next steps together: who does what, by when, and where.',
  'The member leads. We support their decisions and never act for them without their say.',
];

/** The agenda template. */
export const AGENDA_TEMPLATE: DocumentModel = {
  blocks: [
    styled('TITLE', ['{{Branch.Name}}: casework meeting']),
    para(bold('When: '), '{{Meeting.Date|date:weekday}}'),
    para(bold('Where: '), '{{Meeting.Place|default:"to be confirmed"}}'),
    para(bold('Meeting: '), '{{Meeting.Kind|default:"Casework meeting"}} ({{Meeting.Meeting ID}})'),
    styled('HEADING_1', ['Welcome']),
    para(
      'Thank you for coming. We will talk through members’ issues, most urgent first, in small groups so that ',
      'everyone gets heard and every issue gets the same time.',
    ),
    styled('HEADING_1', ['How we support each other']),
    para('{{#each Principles}}'),
    bullet('principles', '{{this}}'),
    para('{{/each}}'),
    styled('HEADING_1', ['Groups']),
    para('{{#each Groups}}'),
    styled('HEADING_2', ['Group {{Number}}: about {{Minutes per issue}} minutes for each issue']),
    para('{{#each Issues}}'),
    para(
      bold('{{@number}}. {{Summary}}'),
      ' ({{Member.Name|default:"member"}}, {{Category|default:"no category yet"}})',
      '{{#if Urgent}} Urgent: {{Urgent reason|default:"see notes"}}.{{/if}}',
    ),
    para(
      'Stage: {{Stage|default:"new"}}.{{#if Action date}} Action pencilled in for {{Action date|date}}.{{/if}}',
    ),
    para('{{else}}'),
    para('No issues for this group this time.'),
    para('{{/each}}'),
    para('{{/each}}'),
    styled('HEADING_1', ['Before we close']),
    bullet('close', 'Every issue has next steps with who, what, by when and where.'),
    bullet('close', 'We know the date of the next meeting and who will write it up.'),
    para('Questions or changes to this agenda: {{Branch.Team email}}'),
  ],
};

// The default meeting write-up: each issue as the member explained it, then one table of every next step.
import type { DocumentModel } from '../model';
import type { TemplateShape } from '../shape';
import { bold, bullet, para, styled, table } from './build';
import { BRANCH_SHAPE, MEETING_SHAPE, NEXT_STEP_FIELDS, WRITE_UP_ISSUE_SHAPE } from './shapes';

/** The columns of the next steps table, in order; "Import write-up" reads the table back by these headings. */
export const NEXT_STEPS_TABLE_COLUMNS = [
  'Next step ID',
  'Issue ID',
  'What',
  'Who',
  'By when',
  'Where',
  'Status',
] as const;

/** Data: `{ Meeting, Branch, Issues: [issue + { Member, NextSteps }], NextSteps: [step + { 'Member name' }] }`. */
export const WRITE_UP_SHAPE: TemplateShape = {
  fields: [],
  relations: { Meeting: MEETING_SHAPE, Branch: BRANCH_SHAPE },
  lists: {
    Issues: WRITE_UP_ISSUE_SHAPE,
    NextSteps: { fields: [...NEXT_STEP_FIELDS, { name: 'Member name', aliases: ['Member'], type: 'text' }] },
  },
};

/** The write-up template. */
export const WRITE_UP_TEMPLATE: DocumentModel = {
  blocks: [
    styled('TITLE', ['{{Branch.Name}}: meeting write-up']),
    para(
      '{{Meeting.Kind|default:"Casework meeting"}} on {{Meeting.Date|date:weekday}} at ',
      '{{Meeting.Place|default:"our usual place"}} (meeting {{Meeting.Meeting ID}}).',
    ),
    para(
      'This records what each member told us, what we agreed and who is doing what. If we got something wrong, ',
      'please tell us at {{Branch.Team email}}.',
    ),
    para('{{#each Issues}}'),
    styled('HEADING_1', ['{{@number}}. {{Summary}}']),
    para(bold('Member: '), '{{Member.Name|default:"not recorded"}} (issue {{Issue ID}})'),
    para('{{#if Urgent}}'),
    para(bold('Urgent: {{Urgent reason|default:"see below"}}')),
    para('{{/if}}'),
    styled('HEADING_2', ['What the member explained']),
    para('{{Description|default:"Not written down at the meeting."}}'),
    styled('HEADING_2', ['The legal situation']),
    para('{{Legal situation|default:"Still to look into."}}'),
    styled('HEADING_2', ['What we are asking for']),
    para('{{Demand|default:"To agree with the member."}}'),
    styled('HEADING_2', ['Next steps']),
    para('{{#each NextSteps}}'),
    bullet(
      'steps',
      bold('{{What}}'),
      ': {{Who|default:"someone to volunteer"}}, by {{By when|date|default:"a date to agree"}}',
      '{{#if Where}}, at {{Where}}{{/if}}.',
    ),
    para('{{else}}'),
    para('No next steps agreed yet.'),
    para('{{/each}}'),
    para('{{#if Signposted to}}'),
    para(bold('Specialist help: '), '{{Signposted to}}'),
    para('{{/if}}'),
    para('{{#if Action date}}'),
    para(bold('Action date pencilled in: '), '{{Action date|date:weekday}}'),
    para('{{/if}}'),
    para('{{/each}}'),
    styled('HEADING_1', ['All next steps']),
    para(
      'To add a next step, add a row and leave its Next step ID empty. Choose Import write-up in the Solidarity ',
      'Desk menu to bring new rows and changes back into the spreadsheet.',
    ),
    table(NEXT_STEPS_TABLE_COLUMNS, [
      '{{#each NextSteps}}{{Next step ID}}',
      '{{Issue ID}}',
      '{{What}}',
      '{{Who}}',
      '{{By when|date:short}}',
      '{{Where}}',
      '{{Status}}{{/each}}',
    ]),
  ],
};

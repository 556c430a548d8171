// The default model letters a member sends with the union's support: a demand letter and a repair request.
import type { DocumentModel } from '../model';
import type { TemplateShape } from '../shape';
import { bold, para, styled } from './build';
import { BRANCH_SHAPE, ISSUE_SHAPE, MEMBER_SHAPE } from './shapes';

/** Data: `{ Issue, Member, Branch, Today }`. */
export const LETTER_SHAPE: TemplateShape = {
  fields: [{ name: 'Today', aliases: ['Date', 'Letter date'], type: 'date' }],
  relations: { Issue: ISSUE_SHAPE, Member: MEMBER_SHAPE, Branch: BRANCH_SHAPE },
};

/** Same data as every letter. */
export const DEMAND_LETTER_SHAPE = LETTER_SHAPE;
/** Same data as every letter. */
export const REPAIR_LETTER_SHAPE = LETTER_SHAPE;

const letterHead = [
  styled('NORMAL_TEXT', ['{{Member.Name}}'], 'END'),
  styled(
    'NORMAL_TEXT',
    ['{{#if Issue.Property address}}{{Issue.Property address}}{{else}}{{Member.Address}}{{/if}}'],
    'END',
  ),
  styled('NORMAL_TEXT', ['{{Today|date}}'], 'END'),
  para(
    '{{Issue.Landlord|default:"The landlord"}}{{#if Issue.Letting agent}}, care of {{Issue.Letting agent}}{{/if}}',
  ),
];

const signOff = [
  para('Yours sincerely,'),
  para('{{Member.Name}}'),
  para('Member of {{Branch.Name}} (contact: {{Branch.Team email}})'),
];

/** A firm, polite letter setting out the problem, the legal position and the member's demand. */
export const DEMAND_LETTER_TEMPLATE: DocumentModel = {
  blocks: [
    ...letterHead,
    para(bold('About: {{Issue.Summary}}')),
    para('Dear {{Issue.Landlord|default:"landlord"}},'),
    para(
      'I rent {{Issue.Property address|default:"my home"}} from you. I am a member of {{Branch.Name}}, a ',
      'renters’ union, and I am writing with the support of my fellow members.',
    ),
    para('{{Issue.Description}}'),
    para('{{#if Issue.Legal situation}}'),
    para(bold('My rights')),
    para('{{Issue.Legal situation}}'),
    para('{{/if}}'),
    para(bold('What I am asking for')),
    para('{{Issue.Demand|default:"Please contact me to put this right."}}'),
    para(
      'Please reply in writing by {{Issue.Follow-up date|date|default:"14 days from the date of this letter"}}. ',
      'I would rather settle this with you directly, but if we cannot, members of {{Branch.Name}} are ready to ',
      'take further action together.',
    ),
    ...signOff,
  ],
};

/** A formal notice of disrepair asking for repairs by a date. */
export const REPAIR_LETTER_TEMPLATE: DocumentModel = {
  blocks: [
    ...letterHead,
    para(bold('Request for repairs at {{Issue.Property address|default:"my home"}}')),
    para('Dear {{Issue.Landlord|default:"landlord"}},'),
    para('I am writing to tell you formally about disrepair in my home and to ask you to fix it.'),
    para(bold('The problem')),
    para('{{#if Issue.Description}}{{Issue.Description}}{{else}}{{Issue.Summary}}{{/if}}'),
    para(
      '{{#if Issue.Legal situation}}{{Issue.Legal situation}}{{else}}As my landlord you are responsible for ',
      'keeping my home in repair and fit to live in.{{/if}}',
    ),
    para(
      'Please have the repairs done by {{Issue.Follow-up date|date|default:"a reasonable date"}} and tell me in ',
      'writing when someone will come. I will give access at reasonable times when you give me notice.',
    ),
    para('{{#if Issue.Demand}}I also ask that: {{Issue.Demand}}{{/if}}'),
    para('I am a member of {{Branch.Name}}, a renters’ union, and I have shared this letter with them.'),
    ...signOff,
  ],
};

// The default templates the setup step creates as real Docs, with the shapes used to validate edited copies.

import { AGENDA_SHAPE, AGENDA_TEMPLATE } from './defaults/agenda';
import { IMPACT_REPORT_SHAPE, IMPACT_REPORT_TEMPLATE } from './defaults/impactReport';
import {
  DEMAND_LETTER_SHAPE,
  DEMAND_LETTER_TEMPLATE,
  REPAIR_LETTER_SHAPE,
  REPAIR_LETTER_TEMPLATE,
} from './defaults/letters';
import { WRITE_UP_SHAPE, WRITE_UP_TEMPLATE } from './defaults/writeUp';
import type { DocumentModel } from './model';
import type { TemplateShape } from './shape';

export { AGENDA_SHAPE, AGENDA_TEMPLATE, DEFAULT_PRINCIPLES } from './defaults/agenda';
export { IMPACT_REPORT_SHAPE, IMPACT_REPORT_TEMPLATE } from './defaults/impactReport';
export {
  DEMAND_LETTER_SHAPE,
  DEMAND_LETTER_TEMPLATE,
  LETTER_SHAPE,
  REPAIR_LETTER_SHAPE,
  REPAIR_LETTER_TEMPLATE,
} from './defaults/letters';
export {
  BRANCH_SHAPE,
  ISSUE_FIELDS,
  ISSUE_SHAPE,
  MEETING_SHAPE,
  MEMBER_SHAPE,
  NEXT_STEP_FIELDS,
  NEXT_STEP_SHAPE,
} from './defaults/shapes';
export { NEXT_STEPS_TABLE_COLUMNS, WRITE_UP_SHAPE, WRITE_UP_TEMPLATE } from './defaults/writeUp';

/** Which document a template makes. */
export type TemplateKind = 'agenda' | 'writeUp' | 'demandLetter' | 'repairLetter' | 'impactReport';

/** A default template: the Doc's title, its content, and the data shape it is filled from. */
export interface DefaultTemplate {
  readonly kind: TemplateKind;
  readonly title: string;
  readonly model: DocumentModel;
  readonly shape: TemplateShape;
}

/** Every default template, in the order the setup step creates them. */
export const DEFAULT_TEMPLATES: readonly DefaultTemplate[] = [
  { kind: 'agenda', title: 'Template: meeting agenda', model: AGENDA_TEMPLATE, shape: AGENDA_SHAPE },
  { kind: 'writeUp', title: 'Template: meeting write-up', model: WRITE_UP_TEMPLATE, shape: WRITE_UP_SHAPE },
  {
    kind: 'demandLetter',
    title: 'Template: demand letter to a landlord',
    model: DEMAND_LETTER_TEMPLATE,
    shape: DEMAND_LETTER_SHAPE,
  },
  {
    kind: 'repairLetter',
    title: 'Template: repair request letter',
    model: REPAIR_LETTER_TEMPLATE,
    shape: REPAIR_LETTER_SHAPE,
  },
  {
    kind: 'impactReport',
    title: 'Template: impact report',
    model: IMPACT_REPORT_TEMPLATE,
    shape: IMPACT_REPORT_SHAPE,
  },
];

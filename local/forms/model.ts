// The stored shape of forms, their questions and responses: plain data, saved as JSON.
import { randomBytes, randomInt } from 'node:crypto';
import type { Workspace } from '../runtime/workspace';
import type { DestinationRow } from './destination';

/** `FormApp.ItemType` values this fake supports. */
export type ItemTypeName =
  | 'TEXT'
  | 'PARAGRAPH_TEXT'
  | 'MULTIPLE_CHOICE'
  | 'CHECKBOX'
  | 'LIST'
  | 'DATE'
  | 'SECTION_HEADER'
  | 'PAGE_BREAK';

/** Every `FormApp.ItemType` name, supported or not, so the enum is complete. */
export const ITEM_TYPES = [
  'CHECKBOX',
  'CHECKBOX_GRID',
  'DATE',
  'DATETIME',
  'DURATION',
  'GRID',
  'IMAGE',
  'LIST',
  'MULTIPLE_CHOICE',
  'PAGE_BREAK',
  'PARAGRAPH_TEXT',
  'SCALE',
  'SECTION_HEADER',
  'TEXT',
  'TIME',
  'VIDEO',
  'FILE_UPLOAD',
] as const;

/** Layout items take no answers (and have no isRequired). */
export const LAYOUT_TYPES: ReadonlySet<ItemTypeName> = new Set(['SECTION_HEADER', 'PAGE_BREAK']);

/** Answer types whose blank answer still appears in getItemResponses() as '' [M:reference/forms/FormResponse.md]. */
export const BLANK_WHEN_UNANSWERED: ReadonlySet<ItemTypeName> = new Set(['TEXT', 'PARAGRAPH_TEXT', 'DATE']);

/** One item of a form as stored. */
export interface ItemData {
  readonly id: number;
  readonly type: ItemTypeName;
  title: string;
  helpText: string;
  required: boolean;
  choices: string[];
  hasOtherOption: boolean;
  includesYear: boolean;
}

/** A text answer, the checked choices of a checkbox item, or a date as 'YYYY-MM-DD'. */
export type Answer = string | string[];

/** One stored answer, by item id. */
export interface AnswerData {
  readonly itemId: number;
  readonly answer: Answer;
}

/** A submitted response as stored (timestamp in epoch ms; email '' unless collected). */
export interface ResponseData {
  readonly id: string;
  readonly timestamp: number;
  readonly respondentEmail: string;
  readonly answers: AnswerData[];
}

/** One form as stored in forms/<id>.json. */
export interface FormData {
  readonly id: string;
  /** The id in the respondent URL (`/forms/d/e/<publishedId>/viewform`). */
  readonly publishedId: string;
  title: string;
  description: string;
  confirmationMessage: string;
  collectEmail: boolean;
  acceptingResponses: boolean;
  allowResponseEdits: boolean;
  limitOneResponsePerUser: boolean;
  progressBar: boolean;
  items: ItemData[];
  destination: { type: 'SPREADSHEET'; id: string; sheetName?: string } | null;
  responses: ResponseData[];
}

/** Every form of the workspace, and the one the script is bound to (if any). */
export class FormsState {
  readonly forms = new Map<string, FormData>();
  boundFormId: string | null = null;
  /** Where each response of this session landed in its destination sheet (for event ranges). */
  readonly rows = new Map<string, DestinationRow>();

  constructor(readonly workspace: Workspace) {}

  /** A new, empty form as `FormApp.create(title)` makes it. */
  createForm(title: string): FormData {
    const form: FormData = {
      id: this.workspace.newId(),
      publishedId: `1FAIpQLS${randomBytes(36).toString('base64url')}`,
      title,
      description: '',
      confirmationMessage: '',
      collectEmail: false,
      acceptingResponses: true,
      allowResponseEdits: false,
      limitOneResponsePerUser: false,
      progressBar: false,
      items: [],
      destination: null,
      responses: [],
    };
    this.forms.set(form.id, form);
    return form;
  }

  /** Item ids are integers in Apps Script (`getId(): Integer`); unique within the workspace here. */
  newItemId(): number {
    const used = new Set([...this.forms.values()].flatMap((f) => f.items.map((i) => i.id)));
    let id: number;
    do id = randomInt(100_000_000, 2_147_483_647);
    while (used.has(id));
    return id;
  }

  /** A response id: long and opaque like Google's (`2_ABaOnu...`). */
  newResponseId(): string {
    return `2_ABaOnu${randomBytes(48).toString('base64url')}`;
  }
}

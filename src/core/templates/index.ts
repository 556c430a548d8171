// The Docs template engine's public surface: parse and validate templates, fill them, and bridge to the Docs API.
export { fromDocsDocument } from './docs/fromDocs';
export { documentText, readTable, type TableRecord } from './docs/readTable';
export { toBatchUpdateRequests } from './docs/requests';
export type { DocsDocument, DocsRequest } from './docs/types';
export {
  type Block,
  type Bullet,
  type DocumentModel,
  modelText,
  type NamedStyleType,
  type Paragraph,
  paragraphText,
  type Run,
  type Table,
  type TableCell,
  type TableRow,
} from './model';
export { describePlace, describeProblem, type Place, type TemplateProblem } from './places';
export { type RenderOptions, type RenderResult, render } from './render';
export type { FieldSpec, FieldType, TemplateShape } from './shape';
export { validate } from './validate';

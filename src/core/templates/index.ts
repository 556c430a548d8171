// The Docs template engine's public surface: parse and validate templates, fill them, and bridge to the Docs API.

/*
 * The template language (full description and examples in README.md next to this file):
 *   {{Field}}  {{Relation.Field}}         names ignore case/spacing/punctuation; aliases count
 *   {{Due|date}} 20 November 2026  |date:short 20/11/2026  |date:weekday  |datetime  |time
 *   {{Money|gbp}} £2,400 / £2,400.50  |gbp:pence £2,400.00  |number 12,345  |upper  |lower
 *   {{Phone|default:"not given"}}         printed when empty; combines with formats
 *   {{#each List}} … {{else}} … {{/each}} per item ({{@number}}, {{@count}}, {{this}}); else = empty list
 *   {{#if X}} … {{else}} … {{/if}}        filled in = non-blank text, non-zero number, true, date, non-empty list
 *   {{#unless X}} … {{/unless}}
 * A paragraph holding only block tags is a boundary (blocks then span paragraphs and tables); blocks inside a
 * paragraph of text close in that paragraph. A table row repeats per item when a cell opens {{#each List}}
 * without closing it in that cell ({{/each}} in a later cell, or absent), or when a one-cell row is wrapped in
 * {{#each List}} … {{/each}}.
 */
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

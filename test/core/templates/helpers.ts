// Shared test helpers: quick paragraphs and tables, rendering that fails loudly, and a Docs round trip.
import { render, toBatchUpdateRequests } from '../../../src/core/templates';
import type { DocsDocument } from '../../../src/core/templates/docs/types';
import type { DocumentModel, Paragraph, Run, Table } from '../../../src/core/templates/model';
import type { TemplateShape } from '../../../src/core/templates/shape';
import { DocsInterpreter } from './docsInterpreter';
import { toDocsJson } from './docsJson';

/** A plain paragraph of runs (strings are unstyled runs). */
export function p(...parts: (string | Run)[]): Paragraph {
  return {
    kind: 'paragraph',
    runs: parts.map((part) => (typeof part === 'string' ? { text: part } : part)),
    namedStyleType: 'NORMAL_TEXT',
  };
}

/** A table of one-paragraph cells. */
export function t(...rows: string[][]): Table {
  return {
    kind: 'table',
    rows: rows.map((cells) => ({ cells: cells.map((text) => ({ content: [p(text)] })) })),
  };
}

/** A model from blocks. */
export function doc(...blocks: DocumentModel['blocks']): DocumentModel {
  return { blocks };
}

/** Renders or throws with the problems, for tests that expect success. */
export function fill(
  model: DocumentModel,
  data: Record<string, unknown>,
  shape: TemplateShape,
  timeZone = 'Europe/London',
): DocumentModel {
  const result = render(model, data, shape, { timeZone });
  if (!result.ok) throw new Error(result.problems.map((problem) => problem.message).join('\n'));
  return result.model;
}

/** Writes a model into a fresh (or given) interpreted document and returns it with its documents.get JSON. */
export function writeToDocs(
  model: DocumentModel,
  target = new DocsInterpreter(),
): { doc: DocsInterpreter; json: DocsDocument } {
  target.apply(toBatchUpdateRequests(model, target.endIndex()));
  return { doc: target, json: toDocsJson(target) };
}

// Fills a template with data: fields printed, #each repeated, #if/#unless chosen, repeating table rows copied.
import { formatValue, isFilled } from './format';
import { type Block, type DocumentModel, mergeRuns, type Paragraph, type Run, type TableRow } from './model';
import { parseTemplate } from './parse';
import type { TemplateProblem } from './places';
import { type Resolution, resolvePath, type Scope } from './resolve';
import type { TemplateShape } from './shape';
import type { BlockNode, FieldNode, FlowNode, InlineNode, RowNode, TableNode } from './tree';
import { validate } from './validate';

/** How to print values. */
export interface RenderOptions {
  /** IANA zone dates are printed in: the spreadsheet's own (`Spreadsheet.getSpreadsheetTimeZone()`). */
  readonly timeZone: string;
}

/** The filled document, or why the template cannot be filled (nothing is rendered from a broken template). */
export type RenderResult =
  | { readonly ok: true; readonly model: DocumentModel }
  | { readonly ok: false; readonly problems: readonly TemplateProblem[] };

/**
 * Fills `model` with `data` (plain objects keyed by canonical field names, lists as arrays, relations as nested
 * objects). Refuses, returning every problem, if the template does not validate against `shape`. Line breaks in
 * values become Docs line breaks (U+000B) so a value never splits a paragraph.
 */
export function render(
  model: DocumentModel,
  data: Readonly<Record<string, unknown>>,
  shape: TemplateShape,
  options: RenderOptions,
): RenderResult {
  const problems = validate(model, shape);
  if (problems.length > 0) return { ok: false, problems };
  const filler = new Filler(options);
  return { ok: true, model: { blocks: filler.flow(parseTemplate(model).nodes, [{ shape, data }]) } };
}

/** Walks the parsed template with the data in scope. */
class Filler {
  constructor(private readonly options: RenderOptions) {}

  flow(nodes: readonly FlowNode[], scopes: readonly Scope[]): Block[] {
    const blocks: Block[] = [];
    for (const node of nodes) {
      if (node.kind === 'paragraph')
        blocks.push({ ...node.paragraph, runs: mergeRuns(this.inline(node.inline, scopes)) });
      else if (node.kind === 'table') blocks.push(...this.table(node, scopes));
      else
        for (const [children, inner] of this.choose(node, scopes)) blocks.push(...this.flow(children, inner));
    }
    return blocks;
  }

  private inline(nodes: readonly InlineNode[], scopes: readonly Scope[]): Run[] {
    const runs: Run[] = [];
    for (const node of nodes) {
      if (node.kind === 'text') runs.push(...node.runs);
      else if (node.kind === 'field') runs.push({ ...node.style, text: this.field(node, scopes) });
      else
        for (const [children, inner] of this.choose(node, scopes)) runs.push(...this.inline(children, inner));
    }
    return runs;
  }

  private field(node: FieldNode, scopes: readonly Scope[]): string {
    const found = resolvePath(node.tag.path, scopes);
    if (found.kind !== 'field') return node.tag.fallback ?? '';
    const text = formatValue(
      found.value,
      found.type,
      node.tag.formats,
      this.options.timeZone,
      node.tag.fallback,
    );
    return text.replace(/\r\n|\r|\n/g, '\u000b');
  }

  /** The children to render for a block, each with its scopes: per item for #each, one branch for #if. */
  private choose<T>(
    block: BlockNode<T>,
    scopes: readonly Scope[],
  ): [readonly (T | BlockNode<T>)[], readonly Scope[]][] {
    const found = resolvePath(block.open.path, scopes);
    if (block.open.block === 'each') {
      const scoped = itemScopes(found, scopes);
      return scoped.length > 0 ? scoped.map((inner) => [block.body, inner]) : [[block.otherwise, scopes]];
    }
    const shown = truthy(found) !== (block.open.block === 'unless');
    return [[shown ? block.body : block.otherwise, scopes]];
  }

  private table(node: TableNode, scopes: readonly Scope[]): Block[] {
    const rows: TableRow[] = [];
    for (const row of node.rows) {
      const perRow = row.repeat ? itemScopes(resolvePath(row.repeat.open.path, scopes), scopes) : [scopes];
      for (const inner of perRow) rows.push(this.row(row, inner));
    }
    // The Docs API cannot make a table without rows, so a table whose only rows were an empty list goes.
    return rows.length > 0 ? [{ kind: 'table', rows }] : [];
  }

  private row(row: RowNode, scopes: readonly Scope[]): TableRow {
    return {
      cells: row.cells.map((cell) => {
        const content = this.flow(cell.content, scopes).filter(
          (block): block is Paragraph => block.kind === 'paragraph',
        );
        return {
          content:
            content.length > 0 ? content : [{ kind: 'paragraph', runs: [], namedStyleType: 'NORMAL_TEXT' }],
        };
      }),
    };
  }
}

/** One scope per item of a list, carrying its position for {{@number}}. */
function itemScopes(found: Resolution, scopes: readonly Scope[]): Scope[][] {
  if (found.kind !== 'list') return [];
  const count = found.items.length;
  return found.items.map((data, index) => [...scopes, { shape: found.shape, data, index, count }]);
}

function truthy(found: Resolution): boolean {
  if (found.kind === 'list') return found.items.length > 0;
  if (found.kind === 'field' || found.kind === 'relation') return isFilled(found.value);
  return false;
}

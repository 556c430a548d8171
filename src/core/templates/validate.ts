// Checks a template against a shape before anything is filled: every problem, each with where it is.
import type { DocumentModel } from './model';
import { parseTemplate } from './parse';
import type { Place, TemplateProblem } from './places';
import { resolvePath, type Scope } from './resolve';
import type { TemplateShape } from './shape';
import { tagLabel } from './tags';
import type { BlockNode, FlowNode, InlineNode, RowNode } from './tree';

/**
 * Every problem in a template for this shape: unreadable tags, `{{` without `}}`, unknown formats, unclosed or
 * mismatched blocks, unknown fields (with the closest known name), lists used as fields and fields used as lists.
 * Problems come in document order, structure first. An empty array means the template can be filled.
 */
export function validate(model: DocumentModel, shape: TemplateShape): TemplateProblem[] {
  const parsed = parseTemplate(model);
  const problems = [...parsed.problems];
  checkFlow(parsed.nodes, [{ shape, data: undefined }], problems);
  return problems;
}

function checkFlow(nodes: readonly FlowNode[], scopes: readonly Scope[], problems: TemplateProblem[]): void {
  for (const node of nodes) {
    if (node.kind === 'paragraph') checkInline(node.inline, scopes, problems);
    else if (node.kind === 'table') for (const row of node.rows) checkRow(row, scopes, problems);
    else checkBlock(node, scopes, problems, (children, inner) => checkFlow(children, inner, problems));
  }
}

function checkInline(
  nodes: readonly InlineNode[],
  scopes: readonly Scope[],
  problems: TemplateProblem[],
): void {
  for (const node of nodes) {
    if (node.kind === 'text') continue;
    if (node.kind === 'block') {
      checkBlock(node, scopes, problems, (children, inner) => checkInline(children, inner, problems));
      continue;
    }
    const found = resolvePath(node.tag.path, scopes);
    const label = tagLabel(node.tag);
    if (found.kind === 'unknown') problems.push({ place: node.place, message: found.message });
    else if (found.kind === 'list')
      problems.push({
        place: node.place,
        message: `${label} is a list: use {{#each ${found.name}}} … {{/each}}`,
      });
    else if (found.kind === 'relation') {
      const example = found.shape.fields[0]?.name ?? 'Name';
      problems.push({
        place: node.place,
        message: `${label} is a group of fields: name one, e.g. {{${found.name}.${example}}}`,
      });
    }
  }
}

function checkRow(row: RowNode, scopes: readonly Scope[], problems: TemplateProblem[]): void {
  const inner = row.repeat ? listScope(row.repeat.open.path, row.repeat.place, scopes, problems) : scopes;
  for (const cell of row.cells) checkFlow(cell.content, inner ?? scopes, problems);
}

function checkBlock<T>(
  block: BlockNode<T>,
  scopes: readonly Scope[],
  problems: TemplateProblem[],
  checkChildren: (children: readonly (T | BlockNode<T>)[], scopes: readonly Scope[]) => void,
): void {
  if (block.open.block === 'each') {
    const inner = listScope(block.open.path, block.place, scopes, problems);
    checkChildren(block.body, inner ?? scopes);
  } else {
    const found = resolvePath(block.open.path, scopes);
    if (found.kind === 'unknown') problems.push({ place: block.place, message: found.message });
    checkChildren(block.body, scopes);
  }
  checkChildren(block.otherwise, scopes);
}

/** The scope inside `{{#each path}}`, or undefined (with a problem) when the path is not a list. */
function listScope(
  path: readonly string[],
  place: Place,
  scopes: readonly Scope[],
  problems: TemplateProblem[],
): Scope[] | undefined {
  const found = resolvePath(path, scopes);
  if (found.kind === 'list') return [...scopes, { shape: found.shape, data: undefined, index: 0, count: 0 }];
  const typed = path.join('.');
  const message =
    found.kind === 'unknown'
      ? found.message
      : `{{#each ${typed}}}: ${typed} is not a list, so it cannot repeat`;
  problems.push({ place, message });
  return undefined;
}

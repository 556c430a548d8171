// The parsed template: text, fields and blocks (#each, #if, #unless) nested as a tree, built from a flat stream.
import type { Paragraph, Run } from './model';
import { describePlace, type Place, type TemplateProblem } from './places';
import { type CloseTag, type ElseTag, type FieldTag, type OpenTag, tagLabel } from './tags';

/** Literal styled text. */
export interface TextNode {
  readonly kind: 'text';
  readonly runs: readonly Run[];
}

/** A field to fill, printed in the style where its `{{` started. */
export interface FieldNode {
  readonly kind: 'field';
  readonly tag: FieldTag;
  readonly style: Run;
  readonly place: Place;
}

/** A block: `body` is repeated or shown; `otherwise` is the `{{else}}` part (for #each: shown when the list is empty). */
export interface BlockNode<T> {
  readonly kind: 'block';
  readonly open: OpenTag;
  readonly place: Place;
  readonly body: readonly (T | BlockNode<T>)[];
  readonly otherwise: readonly (T | BlockNode<T>)[];
}

/** Inside one paragraph. */
export type InlineNode = TextNode | FieldNode | BlockNode<TextNode | FieldNode>;

/** A paragraph to fill, keeping its paragraph style. */
export interface ParagraphNode {
  readonly kind: 'paragraph';
  readonly paragraph: Paragraph;
  readonly inline: readonly InlineNode[];
  readonly place: Place;
}

/** A table cell's content. */
export interface CellNode {
  readonly content: readonly FlowNode[];
}

/** A table row; `repeat` makes it one row per item of a list. */
export interface RowNode {
  readonly repeat?: { readonly open: OpenTag; readonly place: Place };
  readonly cells: readonly CellNode[];
}

/** A table to fill. */
export interface TableNode {
  readonly kind: 'table';
  readonly rows: readonly RowNode[];
}

/** Body-level content: paragraphs, tables, and blocks of them. */
export type FlowNode = ParagraphNode | TableNode | BlockNode<ParagraphNode | TableNode>;

/** A block boundary in the flat stream, before nesting. */
export interface Marker {
  readonly kind: 'marker';
  readonly tag: OpenTag | ElseTag | CloseTag;
  readonly place: Place;
}

interface Frame<T> {
  readonly open?: OpenTag;
  readonly place?: Place;
  readonly body: (T | BlockNode<T>)[];
  readonly otherwise: (T | BlockNode<T>)[];
  inElse: boolean;
}

/** Nests a flat stream of items and markers into blocks, reporting every unmatched or mismatched marker. */
export function nest<T extends { readonly kind: string }>(
  stream: readonly (T | Marker)[],
  problems: TemplateProblem[],
): (T | BlockNode<T>)[] {
  const root: Frame<T> = { body: [], otherwise: [], inElse: false };
  const stack: Frame<T>[] = [root];
  for (const item of stream) {
    const top = stack[stack.length - 1]!;
    if (!isMarker(item)) (top.inElse ? top.otherwise : top.body).push(item);
    else if (item.tag.kind === 'open')
      stack.push({ open: item.tag, place: item.place, body: [], otherwise: [], inElse: false });
    else if (item.tag.kind === 'else') markElse(top, item, problems);
    else if (top.open && top.place) {
      if (top.open.block !== item.tag.block)
        problems.push({
          place: item.place,
          message: `${tagLabel(item.tag)} closes ${tagLabel(top.open)} (${describePlace(top.place)}): write {{/${top.open.block}}}`,
        });
      stack.pop();
      const parent = stack[stack.length - 1]!;
      const block: BlockNode<T> = {
        kind: 'block',
        open: top.open,
        place: top.place,
        body: top.body,
        otherwise: top.otherwise,
      };
      (parent.inElse ? parent.otherwise : parent.body).push(block);
    } else
      problems.push({
        place: item.place,
        message: `${tagLabel(item.tag)} has no {{#${item.tag.block} …}} before it`,
      });
  }
  for (const frame of stack.slice(1))
    problems.push({
      place: frame.place!,
      message: `${tagLabel(frame.open!)} is never closed: add {{/${frame.open!.block}}} where it should end`,
    });
  return root.body;
}

function markElse<T>(top: Frame<T>, marker: Marker, problems: TemplateProblem[]): void {
  if (!top.open)
    problems.push({
      place: marker.place,
      message: '{{else}} is outside any {{#if}}, {{#unless}} or {{#each}}',
    });
  else if (top.inElse)
    problems.push({ place: marker.place, message: `a second {{else}} in ${tagLabel(top.open)}` });
  else top.inElse = true;
}

function isMarker(item: { readonly kind: string }): item is Marker {
  return item.kind === 'marker';
}

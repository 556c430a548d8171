// DocumentApp's Table, TableRow and TableCell over model tables.
import { GasException, signatureError } from '../runtime/errors';
import { asLineBreaks, ElementBase, type Paragraph, wrapParagraph } from './elements';
import { ELEMENT_TYPE } from './enums';
import {
  allParagraphs,
  blocksText,
  type CellNode,
  cloneDeep,
  paragraph,
  type RowNode,
  rowText,
  type TableNode,
  tableText,
} from './model';
import { compilePattern, replaceInParagraph } from './search';
import { findBlock, rowOfCell, tableOfRow } from './tree';

/** Inserting someone else's element is refused: it must be a detached copy (gas-fakes; UNCONFIRMED live). */
export function detachedNode<N>(element: ElementBase<N>): N {
  if (!element.isDetached()) throw new GasException('Element must be detached.');
  return cloneDeep(element.node);
}

export class Table extends ElementBase<TableNode> {
  getType(): string {
    return ELEMENT_TYPE.TABLE;
  }

  getText(): string {
    return tableText(this.node);
  }

  getNumRows(): number {
    return this.node.rows.length;
  }

  getNumChildren(): number {
    return this.node.rows.length;
  }

  getRow(rowIndex: number): TableRow | null {
    const row = this.node.rows[rowIndex];
    return row ? new TableRow(this.ctx, row) : null;
  }

  getChild(childIndex: number): TableRow | null {
    return this.getRow(childIndex);
  }

  getCell(rowIndex: number, cellIndex: number): TableCell {
    const cell = this.node.rows[rowIndex]?.cells[cellIndex];
    if (!cell)
      throw new GasException(
        `Child index (${rowIndex}) must be less than the number of child elements (${this.node.rows.length}).`,
      );
    return new TableCell(this.ctx, cell);
  }

  /** appendTableRow() adds a row with no cells; appendTableRow(row) adds a detached row. */
  appendTableRow(row?: TableRow): TableRow {
    return this.insertTableRow(this.node.rows.length, row);
  }

  insertTableRow(childIndex: number, row?: TableRow): TableRow {
    if (!Number.isInteger(childIndex) || childIndex < 0 || childIndex > this.node.rows.length) {
      throw signatureError([childIndex, row], 'DocumentApp.Table.insertTableRow');
    }
    const node: RowNode = row === undefined ? { cells: [] } : detachedNode(row);
    this.edit();
    this.node.rows.splice(childIndex, 0, node);
    return new TableRow(this.ctx, node);
  }

  removeRow(rowIndex: number): TableRow {
    const row = this.node.rows[rowIndex];
    if (!row) throw signatureError([rowIndex], 'DocumentApp.Table.removeRow');
    this.edit();
    this.node.rows.splice(rowIndex, 1);
    return new TableRow(null, row);
  }

  copy(): Table {
    return new Table(null, cloneDeep(this.node));
  }

  removeFromParent(): Table {
    this.edit();
    const home = this.ctx ? findBlock(this.ctx.model.body, this.node) : undefined;
    if (home) home.container.splice(home.container.indexOf(this.node), 1);
    return this;
  }

  replaceText(searchPattern: string, replacement: string): Table {
    const regex = compilePattern(searchPattern, 'DocumentApp.Table.replaceText');
    this.edit();
    for (const p of allParagraphs([this.node])) replaceInParagraph(p, regex, String(replacement));
    return this;
  }
}

export class TableRow extends ElementBase<RowNode> {
  getType(): string {
    return ELEMENT_TYPE.TABLE_ROW;
  }

  getText(): string {
    return rowText(this.node);
  }

  getNumCells(): number {
    return this.node.cells.length;
  }

  getNumChildren(): number {
    return this.node.cells.length;
  }

  getCell(cellIndex: number): TableCell | null {
    const cell = this.node.cells[cellIndex];
    return cell ? new TableCell(this.ctx, cell) : null;
  }

  getChild(childIndex: number): TableCell | null {
    return this.getCell(childIndex);
  }

  /** appendTableCell(), appendTableCell(text) or appendTableCell(detached cell). */
  appendTableCell(content?: string | TableCell): TableCell {
    let cell: CellNode;
    if (content instanceof TableCell) cell = detachedNode(content);
    else if (content === undefined || typeof content === 'string') {
      cell = { content: [paragraph(asLineBreaks(content ?? '', 'DocumentApp.TableRow.appendTableCell'))] };
    } else throw signatureError([content], 'DocumentApp.TableRow.appendTableCell');
    this.edit();
    this.node.cells.push(cell);
    return new TableCell(this.ctx, cell);
  }

  copy(): TableRow {
    return new TableRow(null, cloneDeep(this.node));
  }

  getParentTable(): Table | null {
    const table = this.ctx ? tableOfRow(this.ctx.model, this.node) : undefined;
    return table ? new Table(this.ctx, table) : null;
  }

  getParent(): Table | null {
    return this.getParentTable();
  }

  removeFromParent(): TableRow {
    this.edit();
    const table = this.ctx ? tableOfRow(this.ctx.model, this.node) : undefined;
    if (table) table.rows.splice(table.rows.indexOf(this.node), 1);
    return this;
  }

  replaceText(searchPattern: string, replacement: string): TableRow {
    const regex = compilePattern(searchPattern, 'DocumentApp.TableRow.replaceText');
    this.edit();
    for (const c of this.node.cells)
      for (const p of allParagraphs(c.content)) replaceInParagraph(p, regex, String(replacement));
    return this;
  }
}

export class TableCell extends ElementBase<CellNode> {
  getType(): string {
    return ELEMENT_TYPE.TABLE_CELL;
  }

  getText(): string {
    return blocksText(this.node.content);
  }

  /** Replaces the cell's content with one paragraph of this text. */
  setText(text: string): TableCell {
    const value = asLineBreaks(text, 'DocumentApp.TableCell.setText');
    this.edit();
    const first = this.node.content.find((b) => b.kind === 'paragraph');
    const p = paragraph(value, first?.kind === 'paragraph' ? first.namedStyle : 'NORMAL_TEXT');
    this.node.content = [p];
    return this;
  }

  getNumChildren(): number {
    return this.node.content.length;
  }

  getChild(childIndex: number): Paragraph | Table {
    const block = this.node.content[childIndex];
    if (!block)
      throw new GasException(
        `Child index (${childIndex}) must be less than the number of child elements (${this.node.content.length}).`,
      );
    return block.kind === 'paragraph' ? wrapParagraph(this.ctx, block) : new Table(this.ctx, block);
  }

  appendParagraph(text: string | Paragraph): Paragraph {
    const node =
      typeof text === 'string'
        ? paragraph(asLineBreaks(text, 'DocumentApp.TableCell.appendParagraph'))
        : detachedNode(text);
    this.edit();
    this.node.content.push(node);
    return wrapParagraph(this.ctx, node);
  }

  copy(): TableCell {
    return new TableCell(null, cloneDeep(this.node));
  }

  getParentRow(): TableRow | null {
    const row = this.ctx ? rowOfCell(this.ctx.model, this.node) : undefined;
    return row ? new TableRow(this.ctx, row) : null;
  }

  getParent(): TableRow | null {
    return this.getParentRow();
  }

  getParentTable(): Table | null {
    return this.getParentRow()?.getParentTable() ?? null;
  }

  replaceText(searchPattern: string, replacement: string): TableCell {
    const regex = compilePattern(searchPattern, 'DocumentApp.TableCell.replaceText');
    this.edit();
    for (const p of allParagraphs(this.node.content)) replaceInParagraph(p, regex, String(replacement));
    return this;
  }
}

// Finding a node's place in a document tree (DocumentApp elements hold model nodes, not positions).
import type { Block, CellNode, DocModel, RowNode, TableNode } from './model';

/** The document an element belongs to (its working copy), or null for a detached copy. */
export interface DocContext {
  readonly model: DocModel;
  /** Throws if the document was closed (saveAndClose): a closed Document can't be edited. */
  assertOpen(): void;
}

/** Where a block sits: its container array and the cell owning it (null for the body). */
export interface BlockHome {
  container: Block[];
  cell: CellNode | null;
}

export function findBlock(blocks: Block[], node: Block, cell: CellNode | null = null): BlockHome | undefined {
  for (const b of blocks) {
    if (b === node) return { container: blocks, cell };
    if (b.kind === 'table') {
      for (const row of b.rows) {
        for (const c of row.cells) {
          const found = findBlock(c.content, node, c);
          if (found) return found;
        }
      }
    }
  }
  return undefined;
}

function* tables(blocks: Block[]): Generator<TableNode> {
  for (const b of blocks) {
    if (b.kind !== 'table') continue;
    yield b;
    for (const row of b.rows) for (const c of row.cells) yield* tables(c.content);
  }
}

export function allTables(blocks: Block[]): TableNode[] {
  return [...tables(blocks)];
}

export function tableOfRow(model: DocModel, row: RowNode): TableNode | undefined {
  return allTables(model.body).find((t) => t.rows.includes(row));
}

export function rowOfCell(model: DocModel, cell: CellNode): RowNode | undefined {
  for (const t of allTables(model.body)) for (const r of t.rows) if (r.cells.includes(cell)) return r;
  return undefined;
}

// Counts cells read and written per execution, and reads per sheet, by wrapping the Range/Sheet fakes' methods.
//
// The runtime's call counter says *how many* getValues an operation made, not how big they were; the cost
// model charges per cell too, and the budget "one read per table touched" needs to know which sheet each
// read hit. Wrapping is undone by `stop()`, so tests and other code see the fakes unchanged.
import type { Workspace } from '../local';
import { Range, Sheet } from '../local/spreadsheet';

/** Cells and per-sheet reads of one execution. */
export interface CellCounts {
  cellsRead: number;
  cellsWritten: number;
  /** Sheet name -> number of value reads (getValues and friends) of that sheet. */
  readsBySheet: Record<string, number>;
  /**
   * Sheet name -> reads of a single column of a sheet this execution already wrote to: the id check that
   * follows an update (was each record written on its own row, or did a sort move it?). Not in readsBySheet.
   */
  checksBySheet: Record<string, number>;
  /** Sheets this execution wrote values to (so far). */
  written: Set<string>;
}

function empty(): CellCounts {
  return { cellsRead: 0, cellsWritten: 0, readsBySheet: {}, checksBySheet: {}, written: new Set() };
}

type Method = (this: object, ...args: unknown[]) => unknown;

const READS = ['getValues', 'getDisplayValues', 'getFormulas'] as const;
const WRITES = ['setValues', 'setFormulas'] as const;

function gridSize(grid: unknown): number {
  if (!Array.isArray(grid)) return 0;
  return grid.reduce((sum: number, row: unknown) => sum + (Array.isArray(row) ? row.length : 1), 0);
}

/** Measures cell traffic of every execution of one workspace while started. */
export class CellMeter {
  private readonly byExecution = new Map<number, CellCounts>();
  private readonly restore: Array<() => void> = [];

  constructor(private readonly workspace: Workspace) {}

  /** The counts of one execution (zeros if it touched no cells). */
  counts(executionId: number): CellCounts {
    return this.byExecution.get(executionId) ?? empty();
  }

  /** Starts counting: wraps the fakes' read and write methods. */
  start(): this {
    for (const name of READS) {
      this.wrap(Range.prototype, name, (self, _args, result) => {
        const c = this.current();
        if (!c) return;
        c.cellsRead += gridSize(result);
        const sheet = (self as Range).getSheet().getName();
        const oneColumn =
          Array.isArray(result) && result.every((row: unknown) => Array.isArray(row) && row.length === 1);
        const tally = oneColumn && c.written.has(sheet) ? c.checksBySheet : c.readsBySheet;
        tally[sheet] = (tally[sheet] ?? 0) + 1;
      });
    }
    for (const name of WRITES) {
      this.wrap(Range.prototype, name, (self, args) =>
        this.addWritten(gridSize(args[0]), (self as Range).getSheet().getName()),
      );
    }
    this.wrap(Range.prototype, 'setValue', (self) =>
      this.addWritten(1, (self as Range).getSheet().getName()),
    );
    this.wrap(Sheet.prototype, 'appendRow', (self, args) =>
      this.addWritten(Array.isArray(args[0]) ? args[0].length : 0, (self as Sheet).getName()),
    );
    return this;
  }

  /** Puts the fakes back as they were. */
  stop(): void {
    for (const undo of this.restore.splice(0).reverse()) undo();
  }

  private current(): CellCounts | undefined {
    const execution = this.workspace.currentExecution;
    if (!execution) return undefined;
    let c = this.byExecution.get(execution.id);
    if (!c) {
      c = empty();
      this.byExecution.set(execution.id, c);
    }
    return c;
  }

  private addWritten(cells: number, sheet: string): void {
    const c = this.current();
    if (!c) return;
    c.cellsWritten += cells;
    c.written.add(sheet);
  }

  private wrap(
    proto: object,
    name: string,
    observe: (self: object, args: unknown[], result: unknown) => void,
  ): void {
    const target = proto as Record<string, unknown>;
    const hadOwn = Object.hasOwn(target, name);
    const original = target[name] as Method;
    target[name] = function (this: object, ...args: unknown[]): unknown {
      const result = original.apply(this, args);
      observe(this, args, result);
      return result;
    };
    this.restore.push(() => {
      if (hadOwn) target[name] = original;
      else delete target[name];
    });
  }
}

// A header-mapped table over one sheet: read with one getValues, changes written back in contiguous batches.
import type { RecordValues, Table } from '../app/ports';
import { type CellValue, cellLiteral, forSheet, isDate } from '../core/cells';
import { IdAllocator } from '../core/ids';
import {
  type ColumnSpec,
  type HeaderMap,
  idColumnOf,
  mapHeaders,
  missingRequiredMessage,
  type TableSpec,
} from '../core/schema';
import { planWriteBlocks } from '../core/writeBlocks';
import { columnLetter } from './sheetLayout';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** A table snapshot plus its pending writes. Only `SheetDatabase` creates these, inside the lock when writing. */
export class SheetTable implements Table {
  readonly map: HeaderMap;
  private readonly header: CellValue[];
  private readonly rows: CellValue[][];
  private readonly changed = new Map<number, Set<number>>();
  private readonly appended: CellValue[][] = [];
  private ids: IdAllocator | null = null;
  private idIndex: Map<string, number> | null = null;
  /** Ids as read from the sheet, per data row. */
  private readonly readIds: string[];

  constructor(
    readonly spec: TableSpec,
    private readonly sheet: Sheet,
    values: CellValue[][],
    private readonly now: () => Date,
  ) {
    this.header = values[0] ?? [];
    this.map = mapHeaders(this.header, spec);
    const problem = missingRequiredMessage(this.map, sheet.getName());
    if (problem) throw new Error(problem);
    const width = Math.max(this.map.width, 1);
    const idColumn = idColumnOf(spec);
    const idAt = idColumn ? this.map.columns.get(idColumn.header) : undefined;
    this.readIds = values.slice(1).map((row) => (idAt === undefined ? '' : String(row[idAt] ?? '').trim()));
    this.rows = values
      .slice(1)
      .map((row) => (row.length >= width ? row : [...row, ...Array(width - row.length).fill('')]));
  }

  get sheetName(): string {
    return this.sheet.getName();
  }

  get size(): number {
    return this.rows.length + this.appended.length;
  }

  has(header: string): boolean {
    return this.map.columns.has(header);
  }

  private column(header: string): number {
    const index = this.map.columns.get(header);
    if (index === undefined) {
      throw new Error(
        `The "${this.sheetName}" sheet has no "${header}" column. Run Solidarity Desk > Set up to add it.`,
      );
    }
    return index;
  }

  private row(index: number): CellValue[] {
    const row = index < this.rows.length ? this.rows[index] : this.appended[index - this.rows.length];
    if (!row) throw new Error(`No row ${index} in ${this.sheetName}`);
    return row;
  }

  value(index: number, header: string): CellValue {
    const column = this.map.columns.get(header);
    return column === undefined ? '' : (this.row(index)[column] ?? '');
  }

  record(index: number): RecordValues {
    const out: Record<string, CellValue> = {};
    for (const [header, column] of this.map.columns) out[header] = this.row(index)[column] ?? '';
    return out;
  }

  rowNumber(index: number): number {
    return index + 2;
  }

  indexOf(id: string): number {
    const idColumn = idColumnOf(this.spec);
    if (!idColumn) return -1;
    if (!this.idIndex) {
      this.idIndex = new Map();
      for (let i = 0; i < this.size; i++) {
        const value = String(this.value(i, idColumn.header)).trim();
        if (value !== '' && !this.idIndex.has(value)) this.idIndex.set(value, i);
      }
    }
    return this.idIndex.get(id.trim()) ?? -1;
  }

  where(header: string, test: (value: CellValue) => boolean): number[] {
    const out: number[] = [];
    if (!this.has(header)) return out;
    for (let i = 0; i < this.size; i++) if (test(this.value(i, header))) out.push(i);
    return out;
  }

  /** Sets cells of a row; values equal to what is there already are not written (and stamp nothing). */
  update(index: number, changes: Readonly<Record<string, unknown>>): void {
    const row = this.row(index);
    const real = Object.entries(changes).filter(
      ([header, value]) => !sameCell(row[this.column(header)], cellLiteral(value, this.columnSpec(header))),
    );
    if (real.length === 0) return;
    if (this.has('Updated') && !('Updated' in changes)) real.push(['Updated', this.now()]);
    for (const [header, value] of real) {
      const column = this.column(header);
      row[column] = cellLiteral(value, this.columnSpec(header));
      if (index < this.rows.length) {
        const set = this.changed.get(index) ?? new Set<number>();
        set.add(column);
        this.changed.set(index, set);
      }
    }
  }

  append(values: Readonly<Record<string, unknown>>): string {
    const idColumn = idColumnOf(this.spec);
    let id = '';
    const full: Record<string, unknown> = { ...values };
    if (idColumn && this.spec.idPrefix) {
      id = String(values[idColumn.header] ?? '') || this.allocator().next();
      full[idColumn.header] = id;
    }
    const now = this.now();
    if (this.has('Created') && !full.Created) full.Created = now;
    if (this.has('Updated')) full.Updated = now;
    const row: CellValue[] = Array(Math.max(this.map.width, 1)).fill('');
    for (const [header, value] of Object.entries(full))
      row[this.column(header)] = cellLiteral(value, this.columnSpec(header));
    this.appended.push(row);
    if (id && this.idIndex) this.idIndex.set(id, this.size - 1);
    return id;
  }

  allocateId(): string {
    return this.allocator().next();
  }

  private allocator(): IdAllocator {
    if (!this.ids) {
      const idColumn = idColumnOf(this.spec)!;
      const existing = Array.from({ length: this.size }, (_, i) => this.value(i, idColumn.header));
      this.ids = new IdAllocator(this.spec.idPrefix!, existing);
    }
    return this.ids;
  }

  private columnSpec(header: string): ColumnSpec {
    return this.spec.columns.find((c) => c.header === header) ?? { header, type: 'text' };
  }

  /**
   * Writes changed records where they were read, then checks by id (one read of the id column) that each
   * landed on its own row: a volunteer's sort since the read (sorting takes no lock) would put it on someone
   * else's. If so, what was overwritten is put back from the values read under the lock and the records are
   * written again where they now are; a record deleted meanwhile is not written anywhere and stops with a
   * clear error; a sheet still moving after three tries stops with a clear error.
   */
  private writeUpdates(): void {
    let targets = [...this.changed].map(([index, columns]) => ({ at: index, index, columns }));
    for (let attempt = 0; attempt < 3; attempt++) {
      const written = this.writeRows(targets);
      const ids = this.currentIds();
      if (!ids) return;
      const misplaced = [...written].filter(
        ([at, w]) => this.readIds[w.index] && ids[at] !== this.readIds[w.index],
      );
      if (misplaced.length === 0) return;
      const where = new Map<string, number>();
      ids.forEach((id, i) => {
        if (id && !where.has(id)) where.set(id, i);
      });
      const repairs = misplaced.flatMap(([at, w]) => {
        const victim = this.readIds.indexOf(ids[at] ?? '');
        return victim >= 0 && !this.changed.has(victim) ? [{ at, index: victim, columns: w.columns }] : [];
      });
      const gone = [...this.changed.keys()]
        .map((index) => this.readIds[index] ?? '')
        .filter((id) => id !== '' && !where.has(id));
      if (gone.length > 0) {
        if (repairs.length > 0) this.writeRows(repairs);
        throw new Error(
          `${gone.join(', ')} is no longer in the "${this.sheetName}" sheet (deleted while saving), so its changes ` +
            'were not saved there. Check the sheet, then try again.',
        );
      }
      const again = [...this.changed].map(([index, columns]) => ({
        at: where.get(this.readIds[index] ?? '') ?? index,
        index,
        columns,
      }));
      targets = [...repairs, ...again];
    }
    throw new Error(
      `The "${this.sheetName}" sheet kept being sorted while saving. Please wait a moment and try again.`,
    );
  }

  /** Writes rows (values from this snapshot) at sheet positions; returns what was written where. */
  private writeRows(targets: ReadonlyArray<{ at: number; index: number; columns: ReadonlySet<number> }>) {
    const extras = new Set(this.map.extras.map((e) => e.index));
    const changedAt = new Map<number, Set<number>>();
    const source = new Map<number, number>();
    for (const t of targets) {
      changedAt.set(t.at, new Set([...(changedAt.get(t.at) ?? []), ...t.columns]));
      source.set(t.at, t.index);
    }
    const written = new Map<number, { index: number; columns: Set<number> }>();
    for (const block of planWriteBlocks(changedAt, extras)) {
      const grid = Array.from({ length: block.numRows }, (_, r) => {
        const index = source.get(block.row + r)!;
        const columns = new Set(Array.from({ length: block.numColumns }, (_, c) => block.column + c));
        written.set(block.row + r, { index, columns });
        // Rows hold literal values (as read, or as set); text is made safe on its way out, so a cell read as
        // "+44 7700 900123" or "00123" and written back unchanged stays text.
        return this.rows[index]!.slice(block.column, block.column + block.numColumns).map(forSheet);
      });
      this.sheet.getRange(block.row + 2, block.column + 1, block.numRows, block.numColumns).setValues(grid);
    }
    return written;
  }

  /** The id column as it is now, or null for tables without ids. */
  private currentIds(): string[] | null {
    const idColumn = idColumnOf(this.spec);
    const column = idColumn ? this.map.columns.get(idColumn.header) : undefined;
    if (column === undefined) return null;
    const letter = columnLetter(column + 1);
    return this.sheet
      .getRange(`${letter}2:${letter}`)
      .getValues()
      .map((r) => String(r[0] ?? '').trim());
  }

  /** True if anything waits to be written. */
  get dirty(): boolean {
    return this.changed.size > 0 || this.appended.length > 0;
  }

  /** Writes changed rows in contiguous blocks (checked by id afterwards) and appended rows in one call. */
  write(): void {
    if (this.changed.size > 0) this.writeUpdates();
    this.changed.clear();
    if (this.appended.length === 1) {
      this.sheet.appendRow(this.appended[0]!.map(forSheet));
    } else if (this.appended.length > 1) {
      const first = this.rows.length + 2;
      const needed = first + this.appended.length - 1 - this.sheet.getMaxRows();
      if (needed > 0) this.sheet.insertRowsAfter(this.sheet.getMaxRows(), needed);
      const width = Math.max(this.map.width, 1);
      this.sheet
        .getRange(first, 1, this.appended.length, width)
        .setValues(this.appended.map((row) => row.map(forSheet)));
    }
    this.rows.push(...this.appended.splice(0));
  }
}

/** Whether two cell values are the same (Dates by time). */
function sameCell(a: CellValue | undefined, b: CellValue): boolean {
  if (isDate(a) && isDate(b)) return a.getTime() === b.getTime();
  return a === b;
}

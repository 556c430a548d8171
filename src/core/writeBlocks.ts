// Plans the fewest setValues calls for a set of changed cells, never writing over a team's own columns.

/** A rectangle of the data area (0-based rows and columns) to write in one call. */
export interface WriteBlock {
  readonly row: number;
  readonly column: number;
  readonly numRows: number;
  readonly numColumns: number;
}

/** Splits one row's changed columns into runs that do not cross a protected (team-owned) column. */
function runsOf(
  columns: ReadonlySet<number>,
  protectedColumns: ReadonlySet<number>,
): Array<[number, number]> {
  const sorted = [...columns].sort((a, b) => a - b);
  const runs: Array<[number, number]> = [];
  for (const c of sorted) {
    const last = runs[runs.length - 1];
    let crossesProtected = false;
    if (last) for (let x = last[1] + 1; x < c; x++) if (protectedColumns.has(x)) crossesProtected = true;
    if (last && !crossesProtected) last[1] = c;
    else runs.push([c, c]);
  }
  return runs;
}

/**
 * Turns changed cells (row -> columns) into blocks: within a row, changed columns are joined into one
 * run unless a team-owned column lies between them; consecutive rows with identical runs share a block.
 * Unchanged cells inside a run are written back with the value just read (under the lock).
 */
export function planWriteBlocks(
  changed: ReadonlyMap<number, ReadonlySet<number>>,
  protectedColumns: ReadonlySet<number>,
): WriteBlock[] {
  const blocks: WriteBlock[] = [];
  const open = new Map<string, { row: number; column: number; numRows: number; numColumns: number }>();
  for (const row of [...changed.keys()].sort((a, b) => a - b)) {
    const runs = runsOf(changed.get(row)!, protectedColumns);
    const seen = new Set<string>();
    for (const [start, end] of runs) {
      const key = `${start}:${end}`;
      seen.add(key);
      const block = open.get(key);
      if (block && block.row + block.numRows === row) block.numRows += 1;
      else {
        if (block) blocks.push(block);
        open.set(key, { row, column: start, numRows: 1, numColumns: end - start + 1 });
      }
    }
    for (const [key, block] of open) {
      if (!seen.has(key)) {
        blocks.push(block);
        open.delete(key);
      }
    }
  }
  blocks.push(...open.values());
  return blocks.sort((a, b) => a.row - b.row || a.column - b.column);
}

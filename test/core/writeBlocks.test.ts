import { planWriteBlocks } from '../../src/core/writeBlocks';

const changes = (entries: Array<[number, number[]]>) => new Map(entries.map(([r, cs]) => [r, new Set(cs)]));

describe('planWriteBlocks', () => {
  it('writes one row span for changes in one row', () => {
    expect(planWriteBlocks(changes([[4, [2, 7]]]), new Set())).toEqual([
      { row: 4, column: 2, numRows: 1, numColumns: 6 },
    ]);
  });

  it('never writes across a team-owned column', () => {
    expect(planWriteBlocks(changes([[4, [2, 7]]]), new Set([5]))).toEqual([
      { row: 4, column: 2, numRows: 1, numColumns: 1 },
      { row: 4, column: 7, numRows: 1, numColumns: 1 },
    ]);
  });

  it('merges consecutive rows with the same span into one block', () => {
    const blocks = planWriteBlocks(
      changes([
        [1, [3]],
        [2, [3]],
        [3, [3]],
        [7, [3]],
      ]),
      new Set(),
    );
    expect(blocks).toEqual([
      { row: 1, column: 3, numRows: 3, numColumns: 1 },
      { row: 7, column: 3, numRows: 1, numColumns: 1 },
    ]);
  });

  it('covers every changed cell exactly once', () => {
    const input = changes([
      [0, [0, 1]],
      [1, [1]],
      [2, [0, 1]],
      [5, [4]],
    ]);
    const covered = new Set<string>();
    for (const b of planWriteBlocks(input, new Set([2])))
      for (let r = b.row; r < b.row + b.numRows; r++)
        for (let c = b.column; c < b.column + b.numColumns; c++) {
          expect(covered.has(`${r}:${c}`)).toBe(false);
          covered.add(`${r}:${c}`);
        }
    for (const [r, cs] of input) for (const c of cs) expect(covered.has(`${r}:${c}`)).toBe(true);
  });
});

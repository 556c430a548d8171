// The union roll-up needs no long job: its service calls do not grow with the branches listed (Sheets, not
// the script, imports and sums each branch's figures through the formulas it writes).
import { openWorkspace } from '../../../local';

const NOW = new Date('2026-11-20T10:00:00Z');

type Calls = Record<string, number>;

/** The calls of the refresh that first meets `branches` listed, and of every later one. */
async function refreshCalls(branches: number): Promise<{ first: Calls; later: Calls }> {
  const union = await openWorkspace(undefined, { now: NOW });
  const ss = union.boundSpreadsheet('Union roll-up');
  union.run('refreshUnionRollUp');
  const list = ss.sheetByName('Branch spreadsheets')!;
  for (let i = 0; i < branches; i++)
    list.appendRow([`Branch ${i + 1}`, `1Branch${String(i).padStart(4, '0')}SpreadsheetIdxxxxxxxx`]);
  union.run('refreshUnionRollUp');
  const first = union.workspace.history.at(-1)!.callCounts;
  expect(union.run('refreshUnionRollUp')).toMatch(new RegExp(`combines ${branches} branch\\(es\\)`));
  expect(ss.sheetByName('Union roll-up')!.values()[0]).toHaveLength(branches + 2);
  return { first, later: union.workspace.history.at(-1)!.callCounts };
}

const total = (calls: Calls): number => Object.values(calls).reduce((a, b) => a + b, 0);

describe('union roll-up', () => {
  it('makes the same 13 calls for 2, 30 or 100 branches listed', async () => {
    const two = await refreshCalls(2);
    const thirty = await refreshCalls(30);
    const hundred = await refreshCalls(100);
    expect(thirty.later).toEqual(two.later);
    expect(hundred.later).toEqual(two.later);
    expect(total(hundred.later)).toBe(13);
    // The first refresh creates the union sheet and widens it past 26 columns: a few calls, once.
    expect(hundred.first).toEqual(thirty.first);
    expect(total(hundred.first)).toBe(15);
  });
});

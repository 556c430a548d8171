// Setup adopting a team's big "Cases" sheet as a long job through build/Code.js: the first 5,000 rows with
// the setup itself, the rest by the time-driven continuation, with the same ids and members as one pass.
import { casesSheetWorkspace } from '../../../bench/cases';
import type { LocalWorkspace } from '../../../local';
import { spreadsheetStore } from '../../../local/spreadsheet';
import {
  CONTINUE,
  continuations,
  crashAt,
  intercepting,
  override,
  progress,
  runToCompletion,
  withoutTimes,
} from './helpers';

const NOW = new Date('2026-11-20T10:00:00Z');

/** The adopted sheet and the members made from it, without the time each row was written. */
function outcome(local: LocalWorkspace) {
  return { cases: withoutTimes(local.records('Cases')), members: withoutTimes(local.records('Members')) };
}

function lastToast(local: LocalWorkspace): string {
  return spreadsheetStore(local.workspace)
    .toasts.map((t) => t.message)
    .filter((m) => m.startsWith('Solidarity Desk is set up'))
    .at(-1)!;
}

/** Setup in one pass, however many rows (chunks bigger than the sheet). */
async function adoptedAtOnce(rows: number) {
  const local = await casesSheetWorkspace(rows, NOW);
  override(local, { rows: 1_000_000 });
  local.run('setup');
  expect(progress(local, 'adoption')).toBeNull();
  expect(continuations(local)).toHaveLength(0);
  return outcome(local);
}

describe('setup adopting a big sheet as a long job', () => {
  it('adopts 12,000 rows: 5,000 with setup, the rest in the background, as one pass would', async () => {
    const single = await adoptedAtOnce(12_000);
    const local = await casesSheetWorkspace(12_000, NOW);
    local.run('setup');
    expect(lastToast(local)).toMatch(
      /members were created from the first 5,000 of your sheet's 12,000 rows\. The rest are being adopted in the background/,
    );
    expect(progress(local, 'adoption')).toMatchObject({ done: false, position: { row: 5000 } });
    expect(continuations(local)).toHaveLength(1);
    const runs = runToCompletion(local);
    // One continuation adopts both remaining chunks: its budget allows it.
    expect(runs.map((r) => [r.handler, r.result])).toEqual([[CONTINUE, 'Carried on; all done.']]);
    expect(progress(local, 'adoption')).toBeNull();
    expect(continuations(local)).toHaveLength(0);
    expect(outcome(local)).toEqual(single);
  });

  describe('in chunks of 1,000 rows', () => {
    let single: ReturnType<typeof outcome>;
    beforeAll(async () => {
      single = await adoptedAtOnce(3000);
    });

    it('setup run again while the rest is pending adopts the next chunk, and no member twice', async () => {
      const local = await casesSheetWorkspace(3000, NOW);
      override(local, { rows: 1000, perRun: 1 });
      local.run('setup');
      expect(progress(local, 'adoption')).toMatchObject({ position: { row: 1000 } });
      local.run('setup');
      expect(local.ui.alerts.at(-1)).toMatch(
        /already set up[\s\S]*still being adopted in the background: 2,000 of 3,000 rows done/,
      );
      expect(continuations(local)).toHaveLength(1);
      runToCompletion(local);
      expect(outcome(local)).toEqual(single);
      local.run('setup');
      expect(local.ui.alerts.at(-1)).not.toMatch(/being adopted/);
      expect(outcome(local)).toEqual(single);
    });

    it('a continuation stopped between its Members and Cases writes creates no member twice', async () => {
      const local = await casesSheetWorkspace(3000, NOW);
      override(local, { rows: 1000, perRun: 1 });
      local.run('setup');
      const members = local.records('Members').length;
      const runs = intercepting(local, crashAt(CONTINUE, 'SpreadsheetApp Range.setValues', 2), () =>
        local.advance(61 * 1000),
      );
      expect(runs.map((r) => r.execution.status)).toEqual(['crashed']);
      expect(local.records('Members').length).toBeGreaterThan(members);
      expect(progress(local, 'adoption')).toMatchObject({ position: { row: 1000 } });
      runToCompletion(local);
      expect(outcome(local)).toEqual(single);
    });
  });
});

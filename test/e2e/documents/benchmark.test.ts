// The documents call-count benchmark: a document costs the same service calls for 5 issues as for 50.
import type { ExecutionRecord } from '../../../local';
import { readyDocuments, seedCasework } from './helpers';

/**
 * Round trips to Google: reads and writes of Sheets, Docs and Drive. Handles (getActiveSpreadsheet,
 * getSheetByName, getRange, getId, getUrl, isTrashed…) are not, and neither is SpreadsheetApp.flush, which only
 * sends the writes already counted.
 */
const ROUND_TRIP =
  /^(SpreadsheetApp|Docs|DriveApp) \w+\.(getValues|getDisplayValues|setValues|appendRow|insertRows\w*|get|create|batchUpdate|getFileById|getFolderById|makeCopy|createFolder|createFile|getAs|moveTo|setTrashed)$/;

function roundTrips(record: ExecutionRecord): number {
  return Object.entries(record.callCounts)
    .filter(([key]) => ROUND_TRIP.test(key))
    .reduce((sum, [, n]) => sum + n, 0);
}

async function documentCosts(issues: number) {
  const local = await readyDocuments();
  seedCasework(local, issues, issues * 2);
  const last = (): ExecutionRecord => local.workspace.history.at(-1)!;
  const planned = local.run('planMeeting', { branch: 'Hackney', date: '2026-11-20' }) as {
    meetingId: string;
  };
  const agenda = last();
  local.run('writeUpMeeting', planned.meetingId);
  const writeUp = last();
  local.run('importWriteUp', planned.meetingId);
  const importing = last();
  return { agenda, writeUp, importing };
}

describe('calls per document', () => {
  it('are the same for 5 and 50 issues, and a write-up takes at most 15 round trips', async () => {
    const small = await documentCosts(5);
    const large = await documentCosts(50);
    const rows = (['agenda', 'writeUp', 'importing'] as const).map((kind) => ({
      document: kind,
      'calls (5 issues)': small[kind].calls,
      'calls (50 issues)': large[kind].calls,
      'round trips (5)': roundTrips(small[kind]),
      'round trips (50)': roundTrips(large[kind]),
    }));
    console.table(rows);
    for (const kind of ['agenda', 'writeUp', 'importing'] as const)
      expect(large[kind].callCounts).toEqual(small[kind].callCounts);
    expect(roundTrips(large.writeUp)).toBeLessThanOrEqual(15);
    expect(large.writeUp.callCounts['Docs Documents.batchUpdate']).toBe(1);
    expect(large.writeUp.callCounts['Docs Documents.get']).toBe(1);
  }, 60000);
});

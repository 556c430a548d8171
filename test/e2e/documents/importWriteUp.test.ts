// Import write-up end to end: a volunteer edits the write-up's next steps table; the sheet follows, once.
import { editTable, readyDocuments, seedCasework, tableRowOf } from './helpers';

const COLUMN = { id: 0, issue: 1, what: 2, who: 3, byWhen: 4, where: 5, status: 6 };

async function writtenUp() {
  const local = await readyDocuments();
  seedCasework(local, 4, 6);
  const planned = local.run('planMeeting', { branch: 'Hackney', date: '2026-11-20' }) as {
    meetingId: string;
  };
  const writeUp = local.run('writeUpMeeting', planned.meetingId) as { url: string };
  return { local, meetingId: planned.meetingId, url: writeUp.url };
}

describe('importing an edited write-up', () => {
  it('creates new next steps, updates changed ones, and a second import changes nothing', async () => {
    const { local, meetingId, url } = await writtenUp();
    const row2 = tableRowOf(local, url, 'NS-0002');
    const row3 = tableRowOf(local, url, 'NS-0003');
    editTable(local, url, {
      cells: [
        [row2, COLUMN.who, 'Zainab'],
        [row2, COLUMN.byWhen, '05/12/2026'],
        [row2, COLUMN.where, 'Town hall'],
        [row3, COLUMN.status, 'done'],
      ],
      newRows: [
        ['', 'ISS-0004', 'Knock on neighbours’ doors', 'Priya', '02/12/2026', 'Block B', ''],
        ['', 'ISS-0001', 'Call the council', 'Tom', '', '', 'Open'],
      ],
    });
    const report = local.run('importWriteUp', meetingId) as Record<string, unknown>;
    expect(report).toMatchObject({
      created: ['NS-0007', 'NS-0008'],
      updated: ['NS-0002', 'NS-0003'],
      problems: [],
    });
    const steps = local.records('Next steps');
    expect(steps.find((s) => s['Next step ID'] === 'NS-0002')).toMatchObject({
      Who: 'Zainab',
      Where: 'Town hall',
    });
    expect((steps.find((s) => s['Next step ID'] === 'NS-0002')!['By when'] as Date).toISOString()).toBe(
      '2026-12-05T00:00:00.000Z',
    );
    expect(steps.find((s) => s['Next step ID'] === 'NS-0003')).toMatchObject({ Status: 'Done' });
    expect(steps.find((s) => s['Next step ID'] === 'NS-0007')).toMatchObject({
      'Issue ID': 'ISS-0004',
      What: 'Knock on neighbours’ doors',
      Who: 'Priya',
      Where: 'Block B',
      Status: 'Open',
      'Meeting ID': meetingId,
    });
    expect(local.records('Activity log').filter((r) => /from write-up/.test(String(r.Action)))).toHaveLength(
      4,
    );

    const before = JSON.stringify(local.boundSpreadsheet().sheets.map((s) => s.values()));
    const again = local.run('importWriteUp', meetingId) as Record<string, unknown>;
    expect(again).toMatchObject({ created: [], updated: [], problems: [] });
    expect(JSON.stringify(local.boundSpreadsheet().sheets.map((s) => s.values()))).toBe(before);
  });

  it('reports lines it cannot read in plain words and imports the rest', async () => {
    const { local, meetingId, url } = await writtenUp();
    editTable(local, url, {
      newRows: [
        ['', 'ISS-0099', 'Write to the agent', 'Sam', '', '', ''],
        ['', 'ISS-0002', 'Visit the flat', 'Sam', 'next friday', '', ''],
        ['', 'ISS-0002', 'Photograph the mould', 'Sam', '', '', 'maybe'],
        ['', 'ISS-0003', 'Draft the letter', 'Sam', '1/12/26', '', ''],
      ],
    });
    const report = local.run('importWriteUp', meetingId) as { created: string[]; problems: string[] };
    expect(report.created).toEqual(['NS-0007']);
    expect(report.problems).toHaveLength(3);
    expect(report.problems[0]).toMatch(
      /^Row \d+ of the next steps table \(ISS-0099, "Write to the agent"\): there is no issue "ISS-0099"/,
    );
    expect(report.problems[1]).toMatch(
      /"next friday" under By when is not a date \(write it as 20\/11\/2026\)/,
    );
    expect(report.problems[2]).toMatch(/"maybe" under Status is not one of Open, Done, Dropped/);
    expect(report.problems[2]).toMatch(/This line was not imported\.$/);
    expect(local.records('Next steps').map((s) => s.What)).not.toContain('Visit the flat');
  });

  it('says what to do when the meeting has no write-up yet', async () => {
    const local = await readyDocuments();
    seedCasework(local, 2, 2);
    const planned = local.run('planMeeting', { branch: 'Hackney', date: '2026-11-20' }) as {
      meetingId: string;
    };
    expect(() => local.run('importWriteUp', planned.meetingId)).toThrow(
      /has no write-up to import.*Make the write-up first/,
    );
    expect(() => local.run('importWriteUp', 'MTG-0042')).toThrow(
      /There is no meeting MTG-0042 in the Meetings sheet/,
    );
    expect(() => local.run('importWriteUp', '=HYPERLINK("x")')).toThrow(
      /The meeting must be an id like MTG-0042/,
    );
  });
});

// Agendas and letters end to end: priority order in groups, untrusted payloads refused, letters linked from issues.
import { appendRecord, docText, driveItem, readyDocuments, seedCasework } from './helpers';

describe('planning a meeting', () => {
  it('lists open issues most pressing first, dealt into groups with equal minutes, and links the agenda', async () => {
    const local = await readyDocuments();
    seedCasework(local, 6, 0);
    const closed = {
      'Issue ID': 'ISS-0007',
      'Member ID': 'MEM-0001',
      Branch: 'Hackney',
      Summary: 'Old one',
      Stage: 'Closed',
    };
    appendRecord(local, 'Issues', closed);
    appendRecord(local, 'Issues', {
      ...closed,
      'Issue ID': 'ISS-0008',
      Branch: 'Tower Hamlets',
      Stage: '2 Peer support',
    });
    const planned = local.run('planMeeting', {
      branch: 'hackney',
      date: '2026-11-20',
      time: '19:00',
      minutes: 60,
    }) as Record<string, unknown>;
    expect(planned).toMatchObject({
      meetingId: 'MTG-0001',
      issues: 6,
      created: true,
      name: '2026-11-20 Hackney branch meeting agenda',
    });
    expect(local.records('Meetings')[0]).toMatchObject({
      Branch: 'Hackney',
      Kind: 'Branch meeting',
      Agenda: planned.url,
    });
    expect((local.records('Meetings')[0]!.Date as Date).toISOString()).toBe('2026-11-20T19:00:00.000Z');
    const text = docText(local, planned.url);
    // Priority: ISS-0001 is urgent; then members, longest waiting first (5, 4, 2); then people not yet members
    // (6, 3). Dealt like cards into two groups: group 1 gets 1, 4, 6 and group 2 gets 5, 2, 3.
    const order = [...text.matchAll(/Issue summary (\d+)/g)].map((m) => Number(m[1]));
    const group1 = text.slice(text.indexOf('Group 1'), text.indexOf('Group 2'));
    expect(group1).toContain('about 20 minutes for each issue');
    expect(order).toEqual([1, 4, 6, 5, 2, 3]);
    expect(text).not.toMatch(/Old one|SECRET/);
    expect(text).toContain('We listen first.');
  });

  it('planning the same meeting twice makes one agenda', async () => {
    const local = await readyDocuments();
    seedCasework(local, 2, 0);
    const first = local.run('planMeeting', { branch: 'Hackney', date: '2026-11-20' }) as Record<
      string,
      unknown
    >;
    const second = local.run('planMeeting', { branch: 'Hackney', date: '2026-11-20' }) as Record<
      string,
      unknown
    >;
    expect(second).toMatchObject({ created: false, url: first.url, meetingId: first.meetingId });
    expect(local.records('Meetings')).toHaveLength(1);
  });

  it('refuses payloads a volunteer could not have sent, in plain words', async () => {
    const local = await readyDocuments();
    const plan = (payload: unknown) => () => local.run('planMeeting', payload);
    expect(plan('Hackney')).toThrow(/does not understand/);
    expect(plan({ branch: 'Hackney', date: '20/11/2026' })).toThrow(/"Date" must be a date like 2026-04-03/);
    expect(plan({ branch: 'Hackney', date: '2026-02-30' })).toThrow(/must be a date/);
    expect(plan({ branch: 'Hackney', date: '2026-11-20', time: '7pm' })).toThrow(/time like 19:00/);
    expect(plan({ branch: 'Hackney', date: '2026-11-20', groups: 5 })).toThrow(/from 2 to 3/);
    expect(plan({ branch: 'x'.repeat(300), date: '2026-11-20' })).toThrow(/keep it under 200/);
    expect(plan({ branch: 'Hackney', date: '2026-11-20', sql: 'drop' })).toThrow(/unexpected fields \(sql\)/);
    expect(plan({ branch: 'Narnia', date: '2026-11-20' })).toThrow(
      /no branch called "Narnia".*Hackney, Tower Hamlets/,
    );
    expect(local.records('Meetings')).toEqual([]);
  });
});

describe('drafting letters', () => {
  it('drafts a demand letter from the issue, member and branch, and links it from the issue', async () => {
    const local = await readyDocuments();
    seedCasework(local, 1, 0);
    const members = local.boundSpreadsheet().sheetByName('Members')!;
    members.write(2, members.values()[0]!.indexOf('Address') + 1, '12 Mare Street, London E8 1AA');
    const letter = local.run('generateLetter', 'ISS-0001', 'demand') as Record<string, string>;
    expect(letter.name).toBe('2026-11-16 ISS-0001 demand letter');
    expect(driveItem(local, letter.url).name).toBe(letter.name);
    const text = docText(local, letter.url);
    expect(text).toContain('Member Number1');
    expect(text).toContain('12 Mare Street, London E8 1AA');
    expect(text).toContain('Demand 1.');
    expect(text).not.toContain('SECRET');
    expect(local.records('Issues')[0]!.Documents).toBe(`2026-11-16 demand letter: ${letter.url}`);
    const repair = local.run('generateLetter', 'ISS-0001', 'repair') as Record<string, string>;
    expect(String(local.records('Issues')[0]!.Documents).split('\n')).toEqual([
      `2026-11-16 demand letter: ${letter.url}`,
      `2026-11-16 repair letter: ${repair.url}`,
    ]);
    expect(() => local.run('generateLetter', 'ISS-0001', 'eviction')).toThrow(/not a choice.*demand, repair/);
  });

  it('drafts a letter for the selected row of Issues from the menu', async () => {
    const local = await readyDocuments();
    seedCasework(local, 2, 0);
    const ss = local.boundSpreadsheet();
    expect(() => local.run('draftRepairLetter')).toThrow(/Select a row in the Issues sheet first/);
    ss.selection = {
      sheetId: ss.sheetByName('Issues')!.sheetId,
      rect: { row: 3, column: 2, numRows: 1, numColumns: 1 },
    };
    local.run('draftRepairLetter');
    expect(local.ui.alerts.at(-1)).toMatch(/2026-11-16 ISS-0002 repair letter is ready/);
  });
});

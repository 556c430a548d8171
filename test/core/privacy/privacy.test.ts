// Unit tests of privacy rules: recognising a member in text, planning anonymisation, retention, sharing.
import { parseTeamEditors, sharingWarnings } from '../../../src/core/privacy/access';
import { planAnonymisation, type Snapshot } from '../../../src/core/privacy/anonymise';
import { identifiersOf, scrubText } from '../../../src/core/privacy/identifiers';
import { retentionDue } from '../../../src/core/privacy/retention';

const JO = {
  'Member ID': 'MEM-1',
  Name: 'Jo Bloggs',
  Email: 'Jo@Example.org',
  Phone: '+44 7700 900123',
  Address: 'Flat 2\n12 Acacia Road\nLondon',
  Postcode: 'N16 7AB',
};

describe('identifiers', () => {
  const ids = identifiersOf(JO);
  it('scrubs name, email, any spelling of the phone and address lines, but not flat numbers or longer names', () => {
    expect(scrubText('Call jo  bloggs on (07700) 900-123 or jo@example.org', ids)).toBe(
      'Call [erased] on [erased] or [erased]',
    );
    expect(scrubText('Visited 12 Acacia Road, London', ids)).toBe('Visited [erased], London');
    expect(scrubText('Flat 2 of another house; Jo Bloggsworth', ids)).toBe(
      'Flat 2 of another house; Jo Bloggsworth',
    );
  });
});

describe('planAnonymisation', () => {
  const snapshot: Snapshot = {
    tables: {
      members: [
        JO,
        { 'Member ID': 'MEM-2', Name: 'Sam Lee', Email: 's@x.org' },
        // A namesake: another person called Jo Bloggs keeps her own Members row.
        { 'Member ID': 'MEM-3', Name: 'Jo Bloggs', Email: 'jo.b@other.org', Address: '12 Acacia Road' },
      ],
      issues: [
        {
          'Issue ID': 'ISS-1',
          'Member ID': 'MEM-1',
          Outcome: 'Won',
          'Money recovered': 50,
          'Property address': '12 Acacia Road',
          Description: 'Damp',
          Documents: 'Letter for Jo Bloggs: https://docs.example/d/1',
        },
        { 'Issue ID': 'ISS-2', 'Member ID': 'MEM-2', Description: 'Neighbour of Jo Bloggs' },
      ],
      activityLog: [
        { Details: 'Rang 07700900123' },
        { Record: 'ISS-1', Details: 'Visit with Sam' },
        { Record: 'MEM-3', Details: 'Jo Bloggs (MEM-3) moved' },
      ],
      settings: [{ Setting: 'Team editors', Value: 'jo@example.org' }],
    },
    responseSheets: [
      {
        sheetName: 'Form responses 1',
        rows: [
          ['Timestamp', 'Name', 'Email'],
          [new Date(), 'Jo Bloggs', 'jo@example.org'],
          [new Date(), 'Sam Lee', 's@x.org'],
          [new Date(), 'Jo Bloggs', 'jo.b@other.org'],
        ],
      },
    ],
  };
  const request = { memberIds: ['MEM-1'], memberLabel: 'Erased member', textLabel: '[erased]' };

  it('plans every change, keeps outcomes, lists doc links, leaves Settings alone', () => {
    const plan = planAnonymisation(snapshot, request);
    const at = (table: string, index: number) =>
      plan.changes.find((c) => c.table === table && c.index === index)?.changes;
    expect(at('members', 0)).toMatchObject({
      Name: 'Erased member',
      Email: '',
      Phone: '',
      Address: '',
      Postcode: '',
    });
    expect(at('issues', 0)).toEqual({
      'Property address': '',
      Description: '[erased]',
      Documents: 'https://docs.example/d/1',
    });
    expect(at('issues', 1)).toEqual({ Description: 'Neighbour of [erased]' });
    expect(at('activityLog', 0)).toEqual({ Details: 'Rang [erased]' });
    expect(at('members', 1)).toBeUndefined();
    expect(at('members', 2)).toBeUndefined();
    // Free text anywhere loses the name: the namesake's log line too (it cannot be told apart).
    expect(at('activityLog', 2)).toEqual({ Details: '[erased] (MEM-3) moved' });
    expect(plan.changes.some((c) => c.table === 'settings')).toBe(false);
    expect(plan.responseRows).toEqual([{ sheetName: 'Form responses 1', row: 2 }]);
    expect(plan.docLinks).toEqual(['https://docs.example/d/1']);
  });

  it('plans nothing the second time (idempotent)', () => {
    const plan = planAnonymisation(snapshot, request);
    type Row = Record<string, string | number | boolean | Date>;
    const tables = structuredClone(snapshot.tables) as Record<string, Row[]>;
    for (const c of plan.changes) Object.assign(tables[c.table]![c.index]!, c.changes);
    const rows = snapshot.responseSheets[0]!.rows.map((r, i) => (i === 1 ? ['', '', ''] : r));
    const after: Snapshot = { tables, responseSheets: [{ sheetName: 'Form responses 1', rows }] };
    const again = planAnonymisation(after, request);
    expect(again.changes).toEqual([]);
    expect(again.responseRows).toEqual([]);
  });
});

describe('retention', () => {
  const now = new Date('2026-11-20T12:00:00Z');
  const d = (iso: string) => new Date(`${iso}T12:00:00Z`);
  it('finds closed issues older than the limit and members with nothing since', () => {
    const due = retentionDue(
      [
        {
          'Issue ID': 'ISS-1',
          'Member ID': 'MEM-1',
          Stage: 'Closed',
          'Closed on': d('2024-11-19'),
          Description: 'x',
        },
        {
          'Issue ID': 'ISS-2',
          'Member ID': 'MEM-2',
          Stage: 'Closed',
          'Closed on': d('2024-11-20'),
          Description: 'x',
        },
        {
          'Issue ID': 'ISS-3',
          'Member ID': 'MEM-3',
          Stage: 'Closed',
          'Closed on': d('2020-01-01'),
          Description: '',
        },
        { 'Issue ID': 'ISS-4', 'Member ID': 'MEM-3', Stage: '2 Peer support' },
      ],
      [
        { 'Member ID': 'MEM-1', Name: 'A B', Updated: d('2024-01-01') },
        { 'Member ID': 'MEM-2', Name: 'C D', Updated: d('2024-01-01') },
        { 'Member ID': 'MEM-3', Name: 'E F', Updated: d('2020-01-01') },
      ],
      now,
      2,
      'Europe/London',
    );
    expect(due.issueIds).toEqual(['ISS-1']);
    expect(due.memberIds).toEqual(['MEM-1']);
  });
});

describe('access', () => {
  it('warns about link and public sharing only', () => {
    expect(sharingWarnings('PRIVATE', 'Casework')).toEqual([]);
    expect(sharingWarnings('ANYONE_WITH_LINK', 'Casework')[0]).toMatch(/anyone with the link/);
  });
  it('parses team editors, reporting what is not an email', () => {
    expect(parseTeamEditors('Sam@Union.example; ann@union.example\nnot an email, sam@union.example')).toEqual(
      {
        emails: ['sam@union.example', 'ann@union.example'],
        invalid: ['not an email'],
      },
    );
  });
});

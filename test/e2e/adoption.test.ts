// Adoption: a team's own "Cases" sheet (their names, their order, their extra columns) becomes the Issues table.
import { openWorkspace } from '../../local';

const NOW = new Date('2026-11-20T10:00:00Z');
const HEADER = [
  'Status',
  'Problem',
  'Tenant name',
  'E-mail',
  'Our notes',
  'Mobile',
  'Post code',
  'Landlord',
  'Date',
  'Volunteer',
];

function caseRow(i: number): unknown[] {
  return [
    i % 7 === 0 ? 'Waiting' : i % 3 === 0 ? '2 Peer support' : '1 Initial contact',
    i === 3 ? '=HYPERLINK("http://evil.example","x")' : `Damp in flat ${i}`,
    `Tenant ${i % 400}`,
    i % 400 === 5 ? 'not-an-email' : `tenant${i % 400}@example.org`,
    `Note ${i}`,
    `07700 9${String(i % 400).padStart(5, '0')}`,
    i % 50 === 0 ? 'SOMEWHERE' : 'E8 1AA',
    i % 2 ? 'Foxtons Ltd' : 'Acme Lettings',
    new Date(Date.UTC(2025, 0, 1 + (i % 300))),
    i % 5 ? 'Sam' : '',
  ];
}

describe('setup adopts an existing casework sheet', () => {
  it('maps a reordered "Cases" sheet with extra columns and 500 rows, keeping every cell', async () => {
    const local = await openWorkspace(undefined, { now: NOW });
    const ss = local.boundSpreadsheet('Hackney cases');
    ss.sheets[0]!.name = 'Read me';
    ss.sheetByName('Read me')!.appendRow(['This is our casework sheet. Ask Amira before changing columns.']);
    const cases = ss.insertSheet('Cases');
    cases.appendRow(HEADER, 'RAW');
    for (let i = 1; i <= 500; i++) cases.appendRow(caseRow(i), 'RAW');
    const before = cases.values().map((row) => row.slice(0, HEADER.length));

    const plan = local.run('setupPlan') as string;
    expect(plan).toContain('Use your "Cases" sheet (500 rows) as the Issues table');
    expect(plan).toContain('"Problem" as "Description"');
    expect(plan).toContain('"Status" as "Stage"');
    expect(plan).toContain(
      'Your own columns stay as they are: "Tenant name", "E-mail", "Our notes", "Mobile", "Post code"',
    );
    expect(plan).toContain('Leave alone: "Read me"');
    expect(plan).toMatch(/row \d+, "Status": "Waiting" is not one of/);
    expect(JSON.stringify(cases.values().map((r) => r.slice(0, HEADER.length)))).toBe(JSON.stringify(before));

    local.run('setup');
    const after = ss.sheetByName('Cases')!.values();
    expect(after[0]!.slice(0, HEADER.length)).toEqual(HEADER);
    expect(JSON.stringify(after.map((r) => r.slice(0, HEADER.length)))).toBe(JSON.stringify(before));
    expect(ss.sheetByName('Read me')!.values()).toEqual([
      ['This is our casework sheet. Ask Amira before changing columns.'],
    ]);
    expect(ss.sheetByName('Issues')).toBeUndefined();

    const issues = local.records('Cases');
    expect(issues).toHaveLength(500);
    expect(new Set(issues.map((r) => r['Issue ID'])).size).toBe(500);
    expect(issues[0]!['Issue ID']).toBe('ISS-0001');
    expect(local.records('Members')).toHaveLength(400);
    expect(issues[404]!['Member ID']).toBe(issues[4]!['Member ID']);
    const settings = Object.fromEntries(local.records('Settings').map((r) => [r.Setting, r.Value]));
    expect(settings['Sheet for Issues']).toBe('Cases');
    expect(ss.sheetByName('Cases')!.cell(4, 2)?.formula ?? '').toBe('');

    local.run('setup');
    expect(local.ui.alerts.at(-1)).toMatch(/already set up/);
    expect(local.records('Cases')).toHaveLength(500);
  });
});

// Retention preview and apply (in chunks, across runs), sharing warnings and sheet protection, through build/Code.js.
import { driveStore } from '../../../local/drive';
import { readyWorkspace, setSetting } from '../intakeHelpers';
import { dashboardValues } from './privacyFixture';
import { seedCasework } from './seed';

async function seeded() {
  const local = await readyWorkspace();
  seedCasework(local);
  return local;
}

describe('retention', () => {
  it('previews the closed issues and idle members past the Settings years, then anonymises them over several runs', async () => {
    const local = await seeded();
    const preview = String(local.run('previewRetention'));
    expect(preview).toContain('Closed before 20/11/2024 (Settings: keep closed issues for 2 years)');
    expect(preview).toContain('ISS-0109, ISS-0110');
    expect(preview).toMatch(/anonymise everywhere: MEM-0105\./);
    local.run('refreshDashboard');
    const before = dashboardValues(local);
    const runs = [1, 2, 3].map(() => String(local.run('applyRetention', 4)));
    expect(runs[0]).toMatch(/more to do/);
    expect(runs[1]).toMatch(/more to do/);
    expect(runs[2]).toBe('Retention: 2 issue(s) and 1 member(s) anonymised.');
    const issue = local.records('Issues').find((i) => i['Issue ID'] === 'ISS-0109')!;
    expect(issue).toMatchObject({
      'Property address': '',
      'Private notes': '',
      Description: '[anonymised after the retention period]',
      Outcome: 'Won',
      'Money recovered': 500,
    });
    const kept = local.records('Issues').find((i) => i['Issue ID'] === 'ISS-0107')!;
    expect(kept.Description).toBe('About ISS-0107');
    const member = local.records('Members').find((m) => m['Member ID'] === 'MEM-0105')!;
    expect(member).toMatchObject({ Name: 'Anonymised member', Email: '' });
    expect(local.records('Members').find((m) => m['Member ID'] === 'MEM-0101')!.Name).toBe('Ann Lee');
    local.run('refreshDashboard');
    expect(dashboardValues(local)).toBe(before);
    expect(String(local.run('previewRetention'))).toMatch(/^Nothing to anonymise/);
    expect(String(local.run('applyRetention'))).toBe('Retention: 0 issue(s) and 0 member(s) anonymised.');
  });
});

describe('access', () => {
  it('warns when the spreadsheet is shared with anyone who has the link', async () => {
    const local = await seeded();
    const ss = local.boundSpreadsheet();
    // The local runtime files the bound spreadsheet in Drive, as Google does, private by default.
    const file = driveStore(local.workspace).require(ss.id);
    expect(local.run('checkSharing')).toEqual([]);
    file.access = 'ANYONE_WITH_LINK';
    expect(local.run('checkSharing')).toEqual([expect.stringMatching(/anyone with the link.*Restricted/)]);
    file.access = 'ANYONE';
    expect(local.run('checkSharing')).toEqual([expect.stringMatching(/public on the web/)]);
  });

  it('protects every database sheet for the team editors only, after they are listed in Settings', async () => {
    const local = await seeded();
    expect(() => local.run('protectDatabase')).toThrow(/Team editors/);
    setSetting(local, 'Team editors', 'sam@union.example; Ann@Union.example');
    expect(String(local.run('protectDatabase'))).toMatch(/^Protected 14 sheets/);
    const issues = local.boundSpreadsheet().sheetByName('Issues')!;
    const [protection] = issues.protections.filter((p) => p.kind === 'SHEET');
    expect(protection).toMatchObject({ warningOnly: false, domainEdit: false });
    expect([...protection!.editors].sort()).toEqual([
      'ann@union.example',
      'sam@union.example',
      'volunteer@branch.example',
    ]);
    // The bound script runs as whoever uses it: someone not on the list cannot change the sheets through it either.
    expect(() => local.runAs('applyRetention', [], { user: 'someone@else.example' })).toThrow(
      /protected cell/,
    );
    expect(String(local.runAs('applyRetention', [], { user: 'sam@union.example' }))).toMatch(/2 issue\(s\)/);
    local.run('protectDatabase');
    expect(issues.protections.filter((p) => p.kind === 'SHEET')).toHaveLength(1);
  });
});

describe('setup protects the database once the team is listed', () => {
  it('leaves sheets editable until Team editors is filled in, then protects them on the next setup', async () => {
    const { readyWorkspace, setSetting } = await import('../intakeHelpers');
    const local = await readyWorkspace();
    const ss = local.boundSpreadsheet();
    const real = () =>
      ss.sheets.flatMap((s) => s.protections).filter((p) => p.kind === 'SHEET' && !p.warningOnly);
    expect(real()).toHaveLength(0);
    setSetting(local, 'Team editors', 'sam@union.example, jo@union.example');
    local.run('setup');
    expect(real().length).toBeGreaterThan(5);
  });
});

// Setup through build/Code.js in the local runtime: on an empty spreadsheet, twice, and counted.
import { openWorkspace } from '../../local';
import { TABLES } from '../../src/core/schema';

const NOW = new Date('2026-11-20T10:00:00Z');

describe('setup on an empty spreadsheet', () => {
  it('creates every table with headers, frozen rows, formats, dropdowns and examples, after asking', async () => {
    const local = await openWorkspace(undefined, { now: NOW });
    const ss = local.boundSpreadsheet();
    local.run('setup');
    expect(local.ui.alerts[0]).toMatch(/^Set up Solidarity Desk\?: Add new sheets: Issues, Members/);
    for (const table of TABLES) {
      const sheet = ss.sheetByName(table.sheetName);
      expect(sheet).toBeDefined();
      expect(sheet!.values()[0]).toEqual(table.columns.map((c) => c.header));
      expect(sheet!.frozenRows).toBe(1);
    }
    expect(local.records('Branches').map((b) => b.Name)).toEqual(['Hackney', 'Tower Hamlets']);
    expect(local.records('Branches')[0]!['Branch ID']).toBe('BR-0001');
    expect(local.records('Organisations').length).toBeGreaterThan(3);
    const settings = Object.fromEntries(local.records('Settings').map((r) => [r.Setting, r.Value]));
    expect(String(settings['Urgent window (days)'])).toBe('28');
    expect(String(settings['Schema version'])).toBe('1');
    expect(local.records('Activity log').some((r) => String(r.Action).startsWith('Set up'))).toBe(true);
  });

  it('declining the plan changes nothing', async () => {
    const local = await openWorkspace(undefined, { now: NOW });
    const ss = local.boundSpreadsheet();
    local.ui.pendingAnswers.push('NO');
    local.run('setup');
    expect(ss.sheets.map((s) => s.name)).toEqual(['Sheet1']);
  });

  it('running setup twice is a no-op: the second run writes nothing', async () => {
    const local = await openWorkspace(undefined, { now: NOW });
    local.boundSpreadsheet();
    local.run('setup');
    const before = JSON.stringify(local.boundSpreadsheet().sheets.map((s) => s.values()));
    local.run('setup');
    const second = local.workspace.history.at(-1)!;
    expect(local.ui.alerts.at(-1)).toMatch(/already set up/);
    expect(JSON.stringify(local.boundSpreadsheet().sheets.map((s) => s.values()))).toBe(before);
    // Only the kept config (document properties) is read afresh: setup is when Settings were just edited.
    const writes = Object.keys(second.callCounts).filter(
      (k) => !k.startsWith('PropertiesService') && /set|append|insert|delete|protect/i.test(k.split(' ')[1]!),
    );
    expect(writes).toEqual([]);
  });
});

describe('setup upgrades an older layout in place', () => {
  it('adds the columns an older version lacked, at the right, and records the schema version', async () => {
    const local = await openWorkspace(undefined, { now: NOW });
    const ss = local.boundSpreadsheet();
    local.run('setup');
    const issues = ss.sheetByName('Issues')!;
    const header = issues.values()[0]!.map(String);
    const dropped = header.indexOf('Rent increase withdrawn') + 1;
    issues.deleteColumns(dropped, 1);
    const settings = ss.sheetByName('Settings')!;
    const versionRow = settings.values().findIndex((r) => r[0] === 'Schema version') + 1;
    settings.write(versionRow, 2, 0);
    local.ui.alerts.length = 0;
    local.run('setup');
    expect(local.ui.alerts[0]).toContain('Add missing columns to "Issues": "Rent increase withdrawn"');
    const after = issues.values()[0]!.map(String);
    expect(after.at(-1)).toBe('Rent increase withdrawn');
    expect(after.slice(0, -1)).toEqual(header.filter((h) => h !== 'Rent increase withdrawn'));
    expect(String(local.records('Settings').find((r) => r.Setting === 'Schema version')?.Value)).toBe('1');
    local.run('setup');
    expect(local.ui.alerts.at(-1)).toMatch(/already set up/);
  });
});

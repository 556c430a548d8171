// The union roll-up: branches export aggregate figures only; the union sheet imports and combines them.
import { openWorkspace } from '../../../local';
import { EXPORT_LABELS } from '../../../src/core/reports/export';
import { seedCasework } from './seed';

const NOW = new Date('2026-11-20T10:00:00Z');

async function seededBranch() {
  const local = await openWorkspace(undefined, { now: NOW });
  local.boundSpreadsheet();
  local.run('setup');
  seedCasework(local);
  local.run('refreshDashboard');
  return local;
}

describe('union roll-up', () => {
  it('a dashboard refresh exports aggregate figures only, in fixed labels, to a hidden sheet', async () => {
    const local = await seededBranch();
    const sheet = local.boundSpreadsheet().sheetByName('Roll-up export')!;
    expect(sheet.hidden).toBe(true);
    const rows = sheet.values();
    expect(rows[0]).toEqual(['Figure', 'Value']);
    expect(rows.slice(1).map((r) => r[0])).toEqual(EXPORT_LABELS.map((l) => l.figure));
    const personal = local
      .records('Members')
      .flatMap((m) => [m.Name, m.Email, m.Phone, m.Address])
      .map(String)
      .filter((v) => v.length > 3);
    const landlords = local
      .records('Issues')
      .map((i) => String(i.Landlord))
      .filter((v) => v.length > 3);
    const cells = rows.flat().map(String).join('\n');
    for (const value of [...personal, ...landlords]) expect(cells).not.toContain(value);
    const open = rows.find((r) => r[0] === 'Open issues')![1];
    expect(typeof open).toBe('number');
    expect(open).toBe(local.records('Issues').filter((i) => i.Stage !== 'Closed').length);
    const samples = String(rows.find((r) => r[0] === 'Days from form to first contact (each issue)')![1]);
    expect(samples).toMatch(/^(\d+x\d+(;\d+x\d+)*)?$/);
  });

  it('the union sheet imports each listed branch and sums counts, pooling day gaps for medians', async () => {
    const union = await openWorkspace(undefined, { now: NOW });
    const ss = union.boundSpreadsheet('Union roll-up');
    expect(union.run('refreshUnionRollUp')).toMatch(/No branches listed yet/);
    const list = ss.sheetByName('Branch spreadsheets')!;
    list.appendRow(['Hackney', 'https://docs.google.com/spreadsheets/d/1HackneyHackneyHackneyHackney0/edit']);
    list.appendRow(['Tower Hamlets', '1TowerHamletsTowerHamletsTH00']);
    list.appendRow(['Typo', 'not a link']);
    const message = union.run('refreshUnionRollUp') as string;
    expect(message).toContain('combines 2 branch(es)');
    expect(message).toContain('Row 4 of "Branch spreadsheets" needs a branch name and a spreadsheet link.');
    const sheet = ss.sheetByName('Union roll-up')!;
    expect(sheet.values()[0]).toEqual(['Figure', 'Union', 'Hackney', 'Tower Hamlets']);
    const row = EXPORT_LABELS.findIndex((l) => l.figure === 'Wins') + 2;
    expect(sheet.cell(row, 2)?.formula).toBe(`=SUM(C${row}:D${row})`);
    expect(sheet.cell(row, 3)?.formula).toBe(
      `=IFERROR(VLOOKUP($A${row},IMPORTRANGE("https://docs.google.com/spreadsheets/d/1HackneyHackneyHackneyHackney0","Roll-up export!A:B"),2,FALSE),"")`,
    );
    // Once the links are allowed, IMPORTRANGE shows each branch's histogram; the next refresh pools them.
    const medianRow = EXPORT_LABELS.findIndex((l) => l.combine === 'median') + 2;
    sheet.write(medianRow, 3, '1x2;9x1', 'RAW');
    sheet.write(medianRow, 4, '2x1;4x3', 'RAW');
    union.run('refreshUnionRollUp');
    expect(sheet.cell(medianRow, 2)?.value).toBe(4);
  });
});

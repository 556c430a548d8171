// The config Solidarity Desk keeps (Settings, Branches, the log's header): one read per run, and never stale for long.
import { DAMP, readyWorkspace, setSetting } from './intakeHelpers';

const HOUR = 60 * 60 * 1000;
let people = 0;

/** Another person's answers a minute later (the same person in the same second is the same response). */
function another(local: Awaited<ReturnType<typeof readyWorkspace>>, answers: Record<string, string> = {}) {
  people += 1;
  local.workspace.clock.advance(60_000);
  return {
    ...DAMP,
    'Your name': `Person ${people}`,
    'Phone number': `07700 900 ${String(600 + people)}`,
    ...answers,
  };
}

/** Read calls of the last onFormSubmit execution. */
function lastSubmission(local: Awaited<ReturnType<typeof readyWorkspace>>) {
  const run = local.workspace.history.filter((e) => e.functionName === 'onFormSubmit').at(-1)!;
  return run.callCounts;
}

describe('kept config', () => {
  it('a submission reads the config with one getProperties, no Settings or Branches reads', async () => {
    const local = await readyWorkspace();
    local.submitForm(DAMP);
    const calls = lastSubmission(local);
    expect(calls['PropertiesService Properties.getProperties']).toBe(1);
    // Members and Issues only: the two tables the filing reads.
    expect(calls['SpreadsheetApp Range.getValues']).toBe(2);
    expect(calls['CacheService Cache.get'] ?? 0).toBe(0);
  });

  it('a volunteer editing Settings by hand takes effect at the next submission (onEdit reads it again)', async () => {
    const local = await readyWorkspace();
    local.submitForm(DAMP);
    setSetting(local, 'Online response team email', 'new-team@union.example');
    const onEdit = local.workspace.history.at(-1)!;
    expect(onEdit.functionName).toBe('onEdit');
    expect(onEdit.status).toBe('completed');
    local.submitForm(another(local));
    expect(local.sentMail.at(-1)!.to).toEqual(['new-team@union.example']);
  });

  it('a new branch typed into Branches files the next response under it', async () => {
    const local = await readyWorkspace();
    local.submitForm(DAMP);
    const branches = local.boundSpreadsheet().sheetByName('Branches')!;
    const header = branches.values()[0]!.map(String);
    const row = branches.values().length + 1;
    // Row by row as a person types: the name first, then the postcode areas (each edit runs onEdit).
    local.edit('Branches', row, header.indexOf('Name') + 1, 'Lewisham');
    local.edit('Branches', row, header.indexOf('Postcode areas') + 1, 'SE4, SE13');
    local.submitForm(another(local, { Postcode: 'SE4 1AA' }));
    expect(local.records('Issues').at(-1)!.Branch).toBe('Lewisham');
  });

  it('an edit that bypasses onEdit (another script, the API) is picked up after two hours at most', async () => {
    const local = await readyWorkspace();
    local.submitForm(DAMP);
    const settings = local.boundSpreadsheet().sheetByName('Settings')!;
    const row = settings.values().findIndex((r) => r[0] === 'Online response team email') + 1;
    settings.write(row, 2, 'quiet-change@union.example');
    local.submitForm(another(local));
    expect(local.sentMail.at(-1)!.to).toEqual(['response-team@union.example']);
    local.workspace.clock.advance(2 * HOUR + 1000);
    local.submitForm(another(local));
    expect(local.sentMail.at(-1)!.to).toEqual(['quiet-change@union.example']);
  });

  it('keeps a Branches sheet too big for one property (many parts, non-ASCII names) exactly', async () => {
    const local = await readyWorkspace();
    const branches = local.boundSpreadsheet().sheetByName('Branches')!;
    const header = branches.values()[0]!.map(String);
    const width = header.length;
    const at = (h: string) => header.indexOf(h);
    // 120 branches with long postcode lists: ~30,000 characters of config.
    for (let i = 0; i < 120; i++) {
      const row = Array<string>(width).fill('');
      row[at('Branch ID')] = `BR-${String(100 + i).padStart(4, '0')}`;
      row[at('Name')] = `Łódź Ward ${i} — Zoë’s patch`;
      // Made-up two-letter areas ("QA1"... "QZ20", "RA1"...), each district in one branch only.
      const area = `${'QRSTUVWXYZ'[Math.floor(i / 26)]}${'ABCDEFGHIJKLMNOPQRSTUVWXYZ'[i % 26]}`;
      row[at('Postcode areas')] = Array.from({ length: 20 }, (_, k) => `${area}${k + 1}`).join(', ');
      branches.appendRow(row);
    }
    local.edit('Branches', 2, at('Name') + 1, 'Hackney');
    const parts = Number(String(local.documentProperty('solidarity-desk-config-v3')).split(' ')[0]);
    expect(parts).toBeGreaterThan(2);
    for (let i = 0; i < parts; i++)
      expect(Buffer.byteLength(local.documentProperty(`solidarity-desk-config-v3.${i}`) ?? '')).toBeLessThan(
        9 * 1024,
      );
    local.submitForm(another(local, { Postcode: 'UP7 1AA' }));
    expect(local.records('Issues').at(-1)!.Branch).toBe('Łódź Ward 119 — Zoë’s patch');
    expect(lastSubmission(local)['SpreadsheetApp Range.getValues']).toBe(2);
  });
});

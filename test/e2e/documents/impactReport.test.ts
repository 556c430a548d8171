// Impact report Doc end to end: anonymous figures and only consented stories, filed by branch, the same calls at any size.
import type { ExecutionRecord, LocalWorkspace } from '../../../local';
import { driveStore } from '../../../local/drive';
import { appendRecord, docText, driveItem, pdfText, readyDocuments } from './helpers';

/** A calendar day as a cell value: noon UTC is the same day in London whatever the season. */
const day = (iso: string): Date => new Date(`${iso}T12:00:00Z`);

/**
 * `wins` closed won issues with £250 recovered and repairs each: the first by Priya Sharma, who consented to
 * publicity, the second by Zoltan Kovacs, who did not (his name is even in the "What was won"), the rest
 * by members who did not consent. Every third issue is in Tower Hamlets, the others in Hackney. One open issue
 * opened before the period counts for nothing.
 */
function seedWins(local: LocalWorkspace, wins: number): void {
  for (let i = 1; i <= wins; i++) {
    const n = String(i).padStart(4, '0');
    const name = i === 1 ? 'Priya Sharma' : i === 2 ? 'Zoltan Kovacs' : `Member Number${i}`;
    const branch = i % 3 === 0 ? 'Tower Hamlets' : 'Hackney';
    appendRecord(local, 'Members', {
      'Member ID': `MEM-${n}`,
      Name: name,
      Email: `member${i}@example.org`,
      Phone: '07700 900123',
      Branch: branch,
      'Consent to publicity': i === 1 ? 'Yes' : 'No',
    });
    appendRecord(local, 'Issues', {
      'Issue ID': `ISS-${n}`,
      'Member ID': `MEM-${n}`,
      Branch: branch,
      Category: 'Disrepair',
      Stage: 'Closed',
      Opened: day('2026-05-01'),
      'Closed on': day('2026-06-15'),
      Outcome: 'Won',
      'Money recovered': 250,
      'Repairs won': 'Yes',
      Landlord: 'Foxtons Ltd',
      'What was won': i === 1 ? 'The boiler was replaced within a week.' : `${name} had the damp fixed.`,
      'Private notes': `SECRET-${i}`,
      'Property address': `Flat ${i}, 40 Old Street, London E2 9ZZ`,
    });
  }
  appendRecord(local, 'Issues', {
    'Issue ID': 'ISS-9999',
    'Member ID': 'MEM-0001',
    Branch: 'Hackney',
    Category: 'Deposit',
    Stage: '2 Peer support',
    Opened: day('2026-01-10'),
  });
}

const PERIOD = ['2026-04-01', '2026-10-31'] as const;

describe('the impact report Doc', () => {
  it('shows a branch’s figures and only consented stories, in the PDF LibreOffice prints', async () => {
    const local = await readyDocuments();
    seedWins(local, 5);
    const result = local.run('generateImpactReport', ...PERIOD, 'hackney', { pdf: true }) as {
      name: string;
      url: string;
      pdfUrl: string;
      warnings: string[];
    };
    expect(result.name).toBe('2026-11-16 Impact report Hackney 2026-04-01 to 2026-10-31');
    expect(result.pdfUrl).toMatch(/^https:\/\/drive\.google\.com\/file\/d\//);
    expect(result.warnings).toEqual([]);
    const drive = driveStore(local.workspace);
    expect(drive.items.get(driveItem(local, result.url).parents[0]!)!.name).toBe('Hackney');

    // Lines wrap where LibreOffice breaks them, so compare with all white space as single spaces.
    const text = pdfText(local, result.url).replace(/\s+/g, ' ');
    expect(text).toContain('Hackney: what we won together');
    expect(text).toContain('1 April 2026 to 31 October 2026');
    // Hackney has issues 1, 2, 4 and 5 of five: four wins, £1,000 back, four repairs; ISS-9999 opened too early.
    expect(text).toMatch(/Issues opened 4\b/);
    expect(text).toMatch(/Wins 4\b/);
    expect(text).toContain('£1,000');
    expect(text).toMatch(/Repairs won 4\b/);
    expect(text).toContain('Priya: won (Disrepair)');
    expect(text).toContain('The boiler was replaced within a week.');
    expect(text).not.toMatch(/Zoltan|Kovacs|Sharma|Number4|SECRET|Old Street|07700|example\.org|\{\{/);
  }, 60000);

  it('reports the whole union branch by branch, filed in the Solidarity Desk folder', async () => {
    const local = await readyDocuments();
    seedWins(local, 5);
    const result = local.run('generateImpactReport', ...PERIOD) as { name: string; url: string };
    expect(result.name).toBe('2026-11-16 Impact report Union 2026-04-01 to 2026-10-31');
    const folder = driveStore(local.workspace).items.get(driveItem(local, result.url).parents[0]!)!;
    expect(folder.name).toBe('Solidarity Desk');
    const text = docText(local, result.url);
    expect(text).toContain('The whole union: what we won together');
    expect(text).toContain('Tower Hamlets\n1\n1\n1\n£250\n');
    expect(text).toContain('Hackney\n4\n4\n4\n£1,000\n');
    expect(text).toContain('£1,250');
    expect(text).not.toContain('Zoltan');
    expect(local.records('Activity log').some((r) => r.Action === 'Impact report made')).toBe(true);
  }, 60000);

  it('says why there are no stories when nobody in the period consented', async () => {
    const local = await readyDocuments();
    seedWins(local, 3);
    const result = local.run('generateImpactReport', ...PERIOD, 'Tower Hamlets') as {
      url: string;
      warnings: string[];
    };
    expect(result.warnings[0]).toMatch(/No member stories for Tower Hamlets branch.*"Consent to publicity"/);
    expect(docText(local, result.url)).toContain('No stories written up for this period yet.');
  });

  it('refuses a bad period or branch with words a volunteer can act on, and makes nothing', async () => {
    const local = await readyDocuments();
    seedWins(local, 2);
    const items = driveStore(local.workspace).items.size;
    expect(() => local.run('generateImpactReport', '1/4/2026', '2026-10-31')).toThrow(
      /"From" must be a date like 2026-04-03, not "1\/4\/2026"/,
    );
    expect(() => local.run('generateImpactReport', '2026-02-30', '2026-10-31')).toThrow(
      /"From" must be a date/,
    );
    expect(() => local.run('generateImpactReport', '2026-10-31', '2026-04-01')).toThrow(
      /ends \(2026-04-01\) before it starts \(2026-10-31\)\. Swap the two dates/,
    );
    expect(() => local.run('generateImpactReport', ...PERIOD, 'Narnia')).toThrow(
      /no branch called "Narnia".*Hackney, Tower Hamlets/,
    );
    expect(() => local.run('generateImpactReport', ...PERIOD, 42)).toThrow(/"Branch" must be text/);
    expect(driveStore(local.workspace).items.size).toBe(items);
  });

  it('asks for the period and branch from the menu, and tells a mistyped date rather than failing', async () => {
    const local = await readyDocuments();
    seedWins(local, 2);
    local.ui.pendingAnswers.push('2026-04-01', '31/10/2026', '');
    local.run('impactReportFromMenu');
    expect(local.ui.alerts.at(-1)).toMatch(/No report was made: "To" must be a date like 2026-04-03/);
    local.ui.pendingAnswers.push('2026-04-01', '2026-10-31', '');
    local.run('impactReportFromMenu');
    expect(local.ui.alerts.at(-1)).toMatch(
      /2026-11-16 Impact report Union 2026-04-01 to 2026-10-31 is ready:\nhttps:\/\/docs\.google\.com\//,
    );
  });

  it('costs the same service calls for 5 issues as for 50: one Docs read and one batchUpdate', async () => {
    const costs = async (wins: number): Promise<ExecutionRecord> => {
      const local = await readyDocuments();
      seedWins(local, wins);
      local.run('generateImpactReport', ...PERIOD, 'Hackney');
      return local.workspace.history.at(-1)!;
    };
    const small = await costs(5);
    const large = await costs(50);
    expect(large.callCounts).toEqual(small.callCounts);
    expect(large.callCounts['Docs Documents.batchUpdate']).toBe(1);
    expect(large.callCounts['Docs Documents.get']).toBe(1);
  }, 60000);
});

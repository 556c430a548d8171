// Meeting write-up end to end: filled from the sheets, filed in the branch folder, linked, and readable as a PDF.
import { driveStore } from '../../../local/drive';
import { docText, driveItem, OWNERS, pdfText, readyDocuments, seedCasework } from './helpers';

describe('writing up a meeting', () => {
  it('writes up 12 issues and 30 next steps; the PDF made by LibreOffice shows every issue and owner', async () => {
    const local = await readyDocuments();
    seedCasework(local, 12, 30);
    const planned = local.run('planMeeting', { branch: 'Hackney', date: '2026-11-20', time: '19:00' }) as {
      meetingId: string;
    };
    const result = local.run('writeUpMeeting', planned.meetingId, { pdf: true }) as Record<string, string>;
    expect(result.name).toBe('2026-11-20 Hackney branch meeting write-up');
    expect(result.pdfUrl).toMatch(/^https:\/\/drive\.google\.com\/file\/d\//);
    expect(local.records('Meetings')[0]!['Write-up']).toBe(result.url);

    const text = pdfText(local, result.url);
    for (let i = 1; i <= 12; i++) expect(text).toContain(`ISS-${String(i).padStart(4, '0')}`);
    for (const owner of OWNERS) expect(text).toContain(owner);
    for (let s = 1; s <= 30; s++) expect(text).toContain(`NS-${String(s).padStart(4, '0')}`);
    expect(text).toContain('Member Number7');
    expect(text).not.toMatch(/SECRET|\{\{/);
  }, 60000);

  it('files the write-up in the branch folder inside the Solidarity Desk folder, next to the templates', async () => {
    const local = await readyDocuments();
    seedCasework(local, 2, 2);
    const planned = local.run('planMeeting', { branch: 'Hackney', date: '2026-11-20' }) as {
      meetingId: string;
    };
    const result = local.run('writeUpMeeting', planned.meetingId) as Record<string, string>;
    const drive = driveStore(local.workspace);
    const folder = drive.items.get(driveItem(local, result.url).parents[0]!)!;
    expect(folder.name).toBe('Hackney');
    const root = drive.items.get(folder.parents[0]!)!;
    expect(root.name).toBe('Solidarity Desk');
    const children = [...drive.items.values()].filter((i) => i.parents.includes(root.id)).map((i) => i.name);
    expect(children.sort()).toEqual(['Hackney', 'Solidarity Desk templates']);
    expect(folder.access).toBe(root.access);
  });

  it('uses the Branches sheet’s Documents folder when one is given', async () => {
    const local = await readyDocuments();
    seedCasework(local, 1, 1);
    const own = local.workspace.withServices((g) => {
      const drive = g.DriveApp as { createFolder(name: string): { getUrl(): string; getId(): string } };
      const made = drive.createFolder('Hackney casework (shared)');
      return { url: made.getUrl(), id: made.getId() };
    });
    const branches = local.boundSpreadsheet().sheetByName('Branches')!;
    const column = branches.values()[0]!.indexOf('Documents folder') + 1;
    branches.write(2, column, own.url);
    const planned = local.run('planMeeting', { branch: 'Hackney', date: '2026-11-20' }) as { url: string };
    expect(driveItem(local, planned.url).parents).toEqual([own.id]);
  });

  it('leaves a meeting’s existing write-up alone, so nothing typed into it is hidden', async () => {
    const local = await readyDocuments();
    seedCasework(local, 2, 2);
    const planned = local.run('planMeeting', { branch: 'Hackney', date: '2026-11-20' }) as {
      meetingId: string;
    };
    const first = local.run('writeUpMeeting', planned.meetingId) as Record<string, unknown>;
    const docsBefore = driveStore(local.workspace).items.size;
    const second = local.run('writeUpMeeting', planned.meetingId) as Record<string, unknown>;
    expect(second).toMatchObject({ created: false, url: first.url });
    expect(String((second.warnings as string[])[0])).toMatch(
      /already has a write-up.*clear the Write-up cell/,
    );
    expect(driveStore(local.workspace).items.size).toBe(docsBefore);
  });

  it('lists the next steps of each issue under it, with its member’s name only', async () => {
    const local = await readyDocuments();
    seedCasework(local, 3, 4);
    const planned = local.run('planMeeting', { branch: 'Hackney', date: '2026-11-20' }) as {
      meetingId: string;
    };
    const text = docText(local, (local.run('writeUpMeeting', planned.meetingId) as { url: string }).url);
    expect(text).toContain('Member: Member Number1 (issue ISS-0001)');
    expect(text).toContain('Step 4 to do: Dev, by 27 November 2026.');
    expect(text).not.toContain('SECRET');
  });
});

// Default templates end to end: made once as real Docs, remade when deleted, and a broken edit refused with advice.
import { docsStore } from '../../../local/docs';
import { driveStore } from '../../../local/drive';
import { docIdOf, driveItem, readyDocuments, seedCasework } from './helpers';

const KINDS = ['agenda', 'writeUp', 'demandLetter', 'repairLetter', 'impactReport'];

describe('document templates', () => {
  it('are made as Docs in "Solidarity Desk templates", once: a second run makes nothing', async () => {
    const local = await readyDocuments();
    const drive = driveStore(local.workspace);
    const folder = [...drive.items.values()].find((i) => i.name === 'Solidarity Desk templates')!;
    expect(drive.items.get(folder.parents[0]!)!.name).toBe('Solidarity Desk');
    for (const kind of KINDS) {
      const id = local.documentProperty(`template:${kind}`)!;
      expect(drive.items.get(id)!.parents).toEqual([folder.id]);
      expect(docsStore(local.workspace).find(id)).toBeDefined();
    }
    expect(drive.items.get(local.documentProperty('template:writeUp')!)!.name).toBe(
      'Template: meeting write-up',
    );
    const ids = KINDS.map((kind) => local.documentProperty(`template:${kind}`));
    const report = local.run('createTemplates') as { created: unknown[]; kept: number };
    expect(report.created).toEqual([]);
    expect(report.kept).toBe(5);
    expect(KINDS.map((kind) => local.documentProperty(`template:${kind}`))).toEqual(ids);
  });

  // The impact report template has tables followed by paragraphs: this needs the engine and the Docs fake to agree
  // that a table's end takes an index (Google's "Work with tables" guide; see src/core/templates/docs/requests.ts).
  it('makes the impact report template too, with its tables and the paragraphs after them', async () => {
    const local = await readyDocuments();
    const id = local.documentProperty('template:impactReport')!;
    expect(driveStore(local.workspace).items.get(id)!.name).toBe('Template: impact report');
    const text = local.workspace.withServices((g) => {
      const app = g.DocumentApp as { openById(id: string): { getBody(): { getText(): string } } };
      return app.openById(id).getBody().getText();
    });
    expect(text).toContain('{{Totals.Wins|number|default:"0"}}');
    expect(text).toContain('Members’ stories');
    expect(text).toContain('Solidarity wins.');
  });

  it('remakes a template a team deleted, saying so, and leaves the others alone', async () => {
    const local = await readyDocuments();
    const drive = driveStore(local.workspace);
    const old = local.documentProperty('template:writeUp')!;
    const agenda = local.documentProperty('template:agenda');
    drive.items.get(old)!.trashed = true;
    const report = local.run('createTemplates') as { notes: string[] };
    expect(
      report.notes.some((n) => /meeting write-up template had been deleted.*fresh one was made/.test(n)),
    ).toBe(true);
    expect(local.documentProperty('template:writeUp')).not.toBe(old);
    expect(local.documentProperty('template:agenda')).toBe(agenda);
  });

  it('refuses a broken team-edited template with a suggestion, and creates nothing', async () => {
    const local = await readyDocuments();
    seedCasework(local, 2, 2);
    const template = local.documentProperty('template:agenda')!;
    local.workspace.withServices((g) => {
      const app = g.DocumentApp as {
        openById(id: string): { getBody(): { appendParagraph(t: string): unknown }; saveAndClose(): void };
      };
      const doc = app.openById(template);
      doc.getBody().appendParagraph('Chair: {{Branch.Nmae}}');
      doc.saveAndClose();
    });
    const items = driveStore(local.workspace).items.size;
    expect(() => local.run('planMeeting', { branch: 'Hackney', date: '2026-11-20' })).toThrow(
      /meeting agenda template needs fixing before it can be filled, so nothing was created:\n {2}paragraph \d+: \{\{Branch\.Nmae\}\}: did you mean \{\{Branch\.Name\}\}\?/,
    );
    expect(driveStore(local.workspace).items.size).toBe(items);
    expect(local.records('Meetings')).toEqual([]);
  });

  it('uses a team’s own template given in Settings', async () => {
    const local = await readyDocuments();
    seedCasework(local, 1, 1);
    const own = local.workspace.withServices((g) => {
      const app = g.DocumentApp as {
        create(name: string): {
          getId(): string;
          getUrl(): string;
          getBody(): { appendParagraph(t: string): unknown };
          saveAndClose(): void;
        };
      };
      const doc = app.create('Our agenda');
      doc.getBody().appendParagraph('Agenda for {{Branch.Name}} on {{Meeting.Date|date:short}}');
      doc.saveAndClose();
      return doc.getUrl();
    });
    local.boundSpreadsheet().sheetByName('Settings')!.appendRow(['Template: Meeting agenda', own]);
    const planned = local.run('planMeeting', { branch: 'Hackney', date: '2026-11-20' }) as { url: string };
    expect(docIdOf(planned.url)).not.toBe(docIdOf(own));
    expect(driveItem(local, planned.url).name).toBe('2026-11-20 Hackney branch meeting agenda');
    const text = local.workspace.withServices((g) => {
      const app = g.DocumentApp as { openById(id: string): { getBody(): { getText(): string } } };
      return app.openById(docIdOf(planned.url)).getBody().getText();
    });
    expect(text).toContain('Agenda for Hackney on 20/11/2026');
  });
});

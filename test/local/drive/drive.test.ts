// Contract: DriveApp files and folders, copies of Google Docs, sharing, blobs and the persisted index.
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { driveStore } from '../../../local/drive';
import { content, harness, textOf } from '../docs/harness';

describe('DriveApp', () => {
  it('makeCopy of a Google Doc copies its content into an independent document', () => {
    const { run } = harness();
    const [templateId, copyId, name] = run(({ DocumentApp, DriveApp }) => {
      const template = DocumentApp.create('Letter template');
      template.getBody().appendParagraph('Dear {{name}}');
      template.saveAndClose();
      const folder = DriveApp.createFolder('Letters');
      const copy = DriveApp.getFileById(template.getId()).makeCopy('Letter to Ana', folder);
      expect(copy.getParents().next().getName()).toBe('Letters');
      expect(DriveApp.getFileById(template.getId()).makeCopy().getName()).toBe('Copy of Letter template');
      return [template.getId(), copy.getId(), copy.getName()];
    });
    expect(name).toBe('Letter to Ana');
    run(({ Docs }) =>
      Docs.Documents.batchUpdate(
        {
          requests: [
            { replaceAllText: { containsText: { text: '{{name}}', matchCase: true }, replaceText: 'Ana' } },
          ],
        },
        copyId,
      ),
    );
    const texts = (id: string) => run(({ Docs }) => content(Docs.Documents.get(id)).map(textOf));
    expect(texts(copyId)).toEqual(['', '\n', 'Dear Ana\n']);
    expect(texts(templateId)).toEqual(['', '\n', 'Dear {{name}}\n']);
  });

  it("finds files and folders by id and name, with iterators that end as Apps Script's do", () => {
    const { run } = harness();
    run(({ DriveApp, MimeType }) => {
      const folder = DriveApp.getRootFolder().createFolder('Casework');
      const file = folder.createFile('notes.txt', 'hello', MimeType.PLAIN_TEXT);
      expect(DriveApp.getFolderById(folder.getId()).getName()).toBe('Casework');
      const found = DriveApp.getFilesByName('notes.txt');
      expect(found.hasNext()).toBe(true);
      expect(found.next().getId()).toBe(file.getId());
      expect(found.hasNext()).toBe(false);
      expect(() => found.next()).toThrow('Cannot retrieve the next object: iterator has reached the end.');
      expect(DriveApp.getFoldersByName('Casework').hasNext()).toBe(true);
      expect(folder.getFiles().next().getSize()).toBe(5);
      expect(() => DriveApp.getFileById('missing')).toThrow(/^No item with the given ID could be found/);
      file.setTrashed(true);
      expect(DriveApp.getFileById(file.getId()).isTrashed()).toBe(true);
      expect(DriveApp.getFilesByName('notes.txt').hasNext()).toBe(false);
    });
  });

  it('keeps sharing settings, editors and viewers', () => {
    const { run } = harness();
    run(({ DriveApp }) => {
      const file = DriveApp.createFile('minutes.txt', 'x');
      expect(file.getSharingAccess()).toBe(DriveApp.Access.PRIVATE);
      expect(file.getOwner().getEmail()).toBe('volunteer@branch.example');
      file.setSharing(DriveApp.Access.ANYONE_WITH_LINK, DriveApp.Permission.VIEW);
      expect([file.getSharingAccess(), file.getSharingPermission()]).toEqual(['ANYONE_WITH_LINK', 'VIEW']);
      file.addEditor('rep@branch.example').addViewer('member@branch.example');
      expect(file.getEditors().map((u) => u.getEmail())).toEqual(['rep@branch.example']);
      expect(file.getViewers().map((u) => u.getEmail())).toEqual(['member@branch.example']);
      file.removeEditor('rep@branch.example');
      expect(file.getEditors()).toEqual([]);
    });
  });

  it('gives blobs with names whose extension getAs replaces after the last period', () => {
    const { run } = harness();
    run(({ DriveApp, MimeType }) => {
      const file = DriveApp.createFile('ShoppingList.12.25.2014', 'milk', MimeType.PLAIN_TEXT);
      const blob = file.getBlob();
      expect(blob.getDataAsString()).toBe('milk');
      expect(blob.getBytes()).toEqual([109, 105, 108, 107]);
      expect(file.getAs(MimeType.PLAIN_TEXT).getName()).toBe('ShoppingList.12.25.txt');
      expect(() => file.getAs(MimeType.PDF)).toThrow(
        'Converting from text/plain to application/pdf is not supported.',
      );
      const copy = DriveApp.createFile(blob.copyBlob().setName('copy.txt'));
      expect(copy.getBlob().getDataAsString()).toBe('milk');
    });
  });

  it('lets other fakes register the files they own', () => {
    const { run, workspace } = harness();
    driveStore(workspace).registerFile({
      id: 'sheet-1',
      name: 'Casework',
      mimeType: 'application/vnd.google-apps.spreadsheet',
    });
    run(({ DriveApp }) => {
      const sheet = DriveApp.getFileById('sheet-1');
      expect(sheet.getSharingAccess()).toBe('PRIVATE');
      expect(sheet.getUrl()).toBe('https://docs.google.com/spreadsheets/d/sheet-1/edit?usp=drivesdk');
      expect(
        DriveApp.getRootFolder().getFilesByType('application/vnd.google-apps.spreadsheet').hasNext(),
      ).toBe(true);
    });
  });

  it('persists the index and documents, and reloads them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sd-drive-'));
    const first = harness(dir);
    const id = first.run(({ DocumentApp, DriveApp }) => {
      const doc = DocumentApp.create('Branch report');
      doc.getBody().appendParagraph('Ten new members');
      DriveApp.getFileById(doc.getId()).setSharing('DOMAIN', 'EDIT');
      return doc.getId();
    });
    await first.workspace.save();
    expect(readdirSync(join(dir, 'docs')).sort()).toEqual(
      ['docx', 'html', 'json'].map((ext) => `Branch report (${id.slice(0, 8)}).${ext}`),
    );
    const second = harness(dir);
    await second.workspace.load();
    second.run(({ DocumentApp, DriveApp }) => {
      expect(DocumentApp.openById(id).getBody().getText()).toBe('\nTen new members');
      expect(DriveApp.getFileById(id).getSharingAccess()).toBe('DOMAIN');
    });
  });
});

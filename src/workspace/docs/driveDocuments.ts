// DocumentPort over the Docs advanced service and DriveApp: one get, one copy, one batchUpdate per document.
import type { DocumentFolder, DocumentPort, GeneratedDocument } from '../../app/documents/ports';
import type { DocsDocument, DocsRequest } from '../../core/templates/index';
import type { SolidarityDeskFolders } from './folders';

/** The Docs advanced service, or an error telling the volunteer how to turn it on. */
export function docsService(): GoogleAppsScript.Docs {
  if (typeof Docs === 'undefined' || !Docs)
    throw new Error(
      'The Google Docs API service is not turned on for this script. In the Apps Script editor choose ' +
        'Services, add "Google Docs API", then try again (npm run deploy turns it on from appsscript.json).',
    );
  return Docs;
}

/** Reads, copies and writes Docs; folders come from the Solidarity Desk folders of this spreadsheet. */
export class DriveDocuments implements DocumentPort {
  constructor(private readonly folders: SolidarityDeskFolders) {}

  readTemplate(templateId: string): DocsDocument {
    try {
      return this.read(templateId);
    } catch {
      throw new Error(
        `The template ${templateId} cannot be opened: it may have been deleted, or not shared with you. ` +
          'Choose Solidarity Desk > Create document templates to make it again, or fix the link in Settings.',
      );
    }
  }

  copyTo(templateId: string, name: string, folder: DocumentFolder): GeneratedDocument {
    const copy = DriveApp.getFileById(templateId).makeCopy(name, this.folders.byId(folder.id));
    const id = copy.getId();
    return { id, name, url: documentUrl(id) };
  }

  write(docId: string, requests: readonly DocsRequest[]): void {
    if (requests.length === 0) return;
    docsService().Documents!.batchUpdate({ requests: [...requests] }, docId);
  }

  read(docId: string): DocsDocument {
    // The REST JSON is exactly what the engine's DocsDocument describes; the typings only type `lists` loosely.
    return docsService().Documents!.get(docId) as DocsDocument;
  }

  pdf(docId: string, name: string, folder: DocumentFolder): GeneratedDocument {
    const blob = DriveApp.getFileById(docId).getAs(MimeType.PDF).setName(`${name}.pdf`);
    const file = this.folders.byId(folder.id).createFile(blob);
    return { id: file.getId(), name: `${name}.pdf`, url: file.getUrl() };
  }

  folderFor(branch: string, overrideUrl: string): DocumentFolder {
    return this.folders.forBranch(branch, overrideUrl);
  }
}

/** A Google Doc's link, from its id (the form Drive itself gives). */
export function documentUrl(id: string): string {
  return `https://docs.google.com/document/d/${id}/edit?usp=drivesdk`;
}

// TemplateStore over Docs and Drive: default templates made as real Docs in the templates folder, ids recorded.
import type { GeneratedDocument, TemplateStore } from '../../app/documents/ports';
import type { DefaultTemplate, TemplateKind } from '../../core/templates/defaults';
import { documentBody } from '../../core/templates/docs/types';
import { type DocsDocument, toBatchUpdateRequests } from '../../core/templates/index';
import { docsService } from './driveDocuments';
import type { SolidarityDeskFolders } from './folders';
import type { DocumentRegistry } from './registry';

/** Makes and finds the default templates of this spreadsheet. */
export class DriveTemplateStore implements TemplateStore {
  constructor(
    private readonly registry: DocumentRegistry,
    private readonly folders: SolidarityDeskFolders,
  ) {}

  recorded(kind: TemplateKind): string | null {
    return this.registry.templateId(kind);
  }

  exists(docId: string): boolean {
    try {
      return !DriveApp.getFileById(docId).isTrashed();
    } catch {
      // Deleted for good (or unshared): the caller makes a new one.
      return false;
    }
  }

  /**
   * Docs.Documents.create, then the whole template in one batchUpdate, then filed in the templates folder. A Doc
   * the batch could not be written into is put in the bin, so no half-made template is left in My Drive.
   */
  create(template: DefaultTemplate): GeneratedDocument {
    const folder = this.folders.templates();
    const docs = docsService().Documents!;
    const doc = docs.create({ title: template.title });
    const id = doc.documentId!;
    const content = documentBody(doc as DocsDocument).body.content ?? [];
    const endIndex = content[content.length - 1]?.endIndex ?? 2;
    try {
      docs.batchUpdate({ requests: toBatchUpdateRequests(template.model, endIndex) }, id);
    } catch (error) {
      DriveApp.getFileById(id).setTrashed(true);
      throw error;
    }
    const file = DriveApp.getFileById(id).moveTo(folder);
    this.registry.recordTemplate(template.kind, id);
    return { id, name: template.title, url: file.getUrl() };
  }
}

// Every Google Doc of a workspace: its model by id, registered in Drive, saved as .json, .docx and .html.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOCX_MIME, type DriveStore, driveStore, GOOGLE_DOCS_MIME, PDF_MIME, safeFileName } from '../drive';
import type { Workspace } from '../runtime/workspace';
import { docxBytes } from './docx';
import { convertDocx } from './export';
import { documentHtml } from './html';
import { cloneDeep, type DocModel, newDocModel } from './model';

/** One document's state. */
export interface DocRecord {
  readonly id: string;
  model: DocModel;
  revision: number;
}

interface SavedDoc {
  documentId: string;
  title: string;
  revision: number;
  model: DocModel;
}

/** The Docs state shared by DocumentApp and the Docs advanced service. */
export class DocsStore {
  readonly docs = new Map<string, DocRecord>();
  readonly drive: DriveStore;

  constructor(workspace: Workspace) {
    this.drive = driveStore(workspace);
    this.drive.registerNative(GOOGLE_DOCS_MIME, {
      copy: (sourceId, copyId) => {
        const source = this.docs.get(sourceId);
        this.docs.set(copyId, { id: copyId, model: cloneDeep(source?.model ?? newDocModel()), revision: 1 });
      },
      exportAs: (id, contentType) => this.export(id, contentType),
    });
  }

  /** A new document (one empty paragraph) filed in the root folder. */
  create(title: string): DocRecord {
    const id = this.drive.newId();
    this.drive.add({ id, name: title, mimeType: GOOGLE_DOCS_MIME, parents: [this.drive.rootId] });
    const record: DocRecord = { id, model: newDocModel(), revision: 1 };
    this.docs.set(id, record);
    return record;
  }

  /** The document, if it exists as a Google Doc in Drive. */
  find(id: string): DocRecord | undefined {
    const item = this.drive.items.get(String(id));
    if (item?.mimeType !== GOOGLE_DOCS_MIME) return undefined;
    return this.docs.get(item.id);
  }

  title(id: string): string {
    return this.drive.items.get(id)?.name ?? '';
  }

  setTitle(id: string, title: string): void {
    const item = this.drive.items.get(id);
    if (item) item.name = title;
    this.changed(id);
  }

  /** Records an edit: a new revision and a new last-updated time in Drive. */
  changed(id: string): void {
    const record = this.docs.get(id);
    if (record) record.revision += 1;
    this.drive.touch(id);
  }

  private export(id: string, contentType: string): Buffer | undefined {
    const record = this.docs.get(id);
    if (!record) return undefined;
    if (contentType !== DOCX_MIME && contentType !== PDF_MIME) return undefined;
    return convertDocx(record.model, this.title(id), contentType);
  }

  async load(dir: string): Promise<void> {
    const folder = join(dir, 'docs');
    if (!existsSync(folder)) return;
    for (const name of readdirSync(folder).filter((n) => n.endsWith('.json'))) {
      const saved = JSON.parse(readFileSync(join(folder, name), 'utf8')) as SavedDoc;
      this.docs.set(saved.documentId, { id: saved.documentId, model: saved.model, revision: saved.revision });
      this.drive.registerFile({ id: saved.documentId, name: saved.title, mimeType: GOOGLE_DOCS_MIME });
    }
  }

  async save(dir: string): Promise<void> {
    const folder = join(dir, 'docs');
    mkdirSync(folder, { recursive: true });
    for (const record of this.docs.values()) {
      const title = this.title(record.id);
      // A renamed document leaves no stale files under its old name.
      const tag = `(${record.id.slice(0, 8)}).`;
      for (const old of readdirSync(folder).filter((n) => n.includes(tag))) rmSync(join(folder, old));
      const base = join(folder, `${safeFileName(title)} (${record.id.slice(0, 8)})`);
      const saved: SavedDoc = {
        documentId: record.id,
        title,
        revision: record.revision,
        model: record.model,
      };
      writeFileSync(`${base}.json`, `${JSON.stringify(saved, null, 2)}\n`);
      writeFileSync(`${base}.docx`, docxBytes(record.model, title));
      writeFileSync(`${base}.html`, documentHtml(record.model, title));
    }
  }
}

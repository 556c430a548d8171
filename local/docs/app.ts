// DocumentApp and Document: open documents work on a copy that saveAndClose (or the run's end) writes back.
import { Blob, convertedName, DOCX_MIME, PDF_MIME } from '../drive';
import { GasException, signatureError } from '../runtime/errors';
import type { Execution } from '../runtime/execution';
import { Body } from './body';
import { ELEMENT_TYPE, GLYPH_TYPE, HORIZONTAL_ALIGNMENT, PARAGRAPH_HEADING } from './enums';
import { convertDocx } from './export';
import { cloneDeep, type DocModel } from './model';
import type { DocRecord, DocsStore } from './store';
import type { DocContext } from './tree';

/**
 * An open Document. Edits go to a working copy, flushed by saveAndClose(), which Apps Script also calls
 * at the end of every execution for each open document; after that the Document can't be edited
 * (apps-script-behaviour.md §4, Document.saveAndClose).
 */
export class Document implements DocContext {
  readonly model: DocModel;
  private closed = false;

  constructor(
    private readonly store: DocsStore,
    private readonly record: DocRecord,
  ) {
    this.model = cloneDeep(record.model);
  }

  /** Wording UNCONFIRMED. */
  assertOpen(): void {
    if (this.closed) throw new GasException('Document is closed, its contents cannot be updated.');
  }

  getId(): string {
    return this.record.id;
  }

  getName(): string {
    return this.store.title(this.record.id);
  }

  setName(name: string): Document {
    if (typeof name !== 'string') throw signatureError([name], 'DocumentApp.Document.setName');
    this.store.setTitle(this.record.id, name);
    return this;
  }

  getUrl(): string {
    return `https://docs.google.com/open?id=${this.record.id}`;
  }

  getBody(): Body {
    return new Body(this, this.model);
  }

  /** Writes pending edits back (once); later edits through this Document throw. */
  saveAndClose(): void {
    if (this.closed) return;
    this.closed = true;
    this.record.model = cloneDeep(this.model);
    this.store.changed(this.record.id);
  }

  getAs(contentType: string): Blob {
    if (contentType !== PDF_MIME && contentType !== DOCX_MIME) {
      throw new GasException(
        `Converting from application/vnd.google-apps.document to ${contentType} is not supported.`,
      );
    }
    const bytes = convertDocx(this.model, this.getName(), contentType);
    return new Blob(bytes, contentType, convertedName(this.getName(), contentType));
  }

  getBlob(): Blob {
    return this.getAs(PDF_MIME);
  }
}

/** Apps Script's DocumentApp for one execution. */
export class DocumentApp {
  readonly ParagraphHeading = PARAGRAPH_HEADING;
  readonly ElementType = ELEMENT_TYPE;
  readonly HorizontalAlignment = HORIZONTAL_ALIGNMENT;
  readonly GlyphType = GLYPH_TYPE;

  constructor(
    private readonly store: DocsStore,
    private readonly execution: Execution,
  ) {}

  private open(record: DocRecord): Document {
    const document = new Document(this.store, record);
    this.execution.onEnd(() => document.saveAndClose());
    return document;
  }

  create(name: string): Document {
    if (typeof name !== 'string') throw signatureError([name], 'DocumentApp.create');
    return this.open(this.store.create(name));
  }

  /** Wording UNCONFIRMED (reported for missing ids: "Document is missing (perhaps it was deleted...)"). */
  openById(id: string): Document {
    if (typeof id !== 'string') throw signatureError([id], 'DocumentApp.openById');
    const record = this.store.find(id);
    if (!record)
      throw new GasException("Document is missing (perhaps it was deleted, or you don't have read access?)");
    return this.open(record);
  }

  openByUrl(url: string): Document {
    if (typeof url !== 'string') throw signatureError([url], 'DocumentApp.openByUrl');
    const id = /\/d\/([\w-]+)/.exec(url)?.[1] ?? /[?&]id=([\w-]+)/.exec(url)?.[1];
    if (!id) throw new GasException('Invalid argument: url');
    return this.openById(id);
  }

  /** The script is bound to a spreadsheet, never to a document, so there is no active document. */
  getActiveDocument(): Document | null {
    return null;
  }
}

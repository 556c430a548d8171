// The ports document use cases work through: Docs and Drive (DocumentPort), the template registry, meeting memory.
import type { DefaultTemplate, TemplateKind } from '../../core/templates/defaults';
import type { DocsDocument, DocsRequest } from '../../core/templates/index';
import type { Database } from '../ports';
import type { Config } from '../receiveIntake';

/** A Drive folder documents are filed in. */
export interface DocumentFolder {
  readonly id: string;
  readonly url: string;
}

/** A Doc (or PDF) Solidarity Desk made. */
export interface GeneratedDocument {
  readonly id: string;
  readonly name: string;
  readonly url: string;
}

/**
 * Docs and Drive as the document use cases need them. Every method is a fixed number of service calls, however
 * many placeholders or rows a document has, so generating a document costs the same for 5 issues or 50.
 */
export interface DocumentPort {
  /** The template as the Docs API returns it (one `Documents.get`). */
  readTemplate(templateId: string): DocsDocument;
  /** A copy of the template named `name` in `folder` (one Drive copy). */
  copyTo(templateId: string, name: string, folder: DocumentFolder): GeneratedDocument;
  /** Applies every request in one `batchUpdate`. */
  write(docId: string, requests: readonly DocsRequest[]): void;
  /** A document as the Docs API returns it (one `Documents.get`). */
  read(docId: string): DocsDocument;
  /** A PDF of the document saved next to it in `folder`. */
  pdf(docId: string, name: string, folder: DocumentFolder): GeneratedDocument;
  /**
   * The branch's folder: `overrideUrl` (the Branches sheet's "Documents folder") when given, else a folder named
   * after the branch inside the Solidarity Desk folder, created on first use.
   */
  folderFor(branch: string, overrideUrl: string): DocumentFolder;
}

/** Where default templates are recorded (by kind) and how they are made. */
export interface TemplateStore {
  /** The template Doc recorded for a kind by setup, or null. */
  recorded(kind: TemplateKind): string | null;
  /** Whether a Doc still exists and is not in the bin. */
  exists(docId: string): boolean;
  /** Creates the default template as a real Doc in the templates folder and records it for its kind. */
  create(template: DefaultTemplate): GeneratedDocument;
}

/** Which issues a meeting's agenda listed, so its write-up covers the same ones. */
export interface MeetingMemory {
  rememberAgenda(meetingId: string, issueIds: readonly string[]): void;
  /** The issue ids in agenda order, or null when no agenda was made here. */
  agendaOf(meetingId: string): readonly string[] | null;
}

/** Everything a document use case needs; the entry point builds it inside the lock. */
export interface DocumentDeps {
  readonly db: Database;
  readonly documents: DocumentPort;
  readonly templates: TemplateStore;
  readonly meetings: MeetingMemory;
  readonly now: Date;
  /** Settings and branches as already loaded (cached); when absent they are read from their sheets. */
  readonly config?: Config;
}

/** Options volunteers can pick for any generated document. */
export interface OutputOptions {
  /** Also save a PDF next to the Doc. */
  readonly pdf?: boolean;
}

/** What generating a document tells the volunteer. */
export interface DocumentResult {
  readonly name: string;
  readonly url: string;
  /** False when the document already existed and was left as it was. */
  readonly created: boolean;
  readonly pdfUrl?: string;
  readonly warnings: readonly string[];
}

// The Docs advanced service (`Docs.Documents.get/create/batchUpdate`) over the shared document model.
import { GasException, signatureError } from '../runtime/errors';
import { InvalidRequest } from './edits';
import { isObject } from './json';
import { apiBody } from './layout';
import { applyBatch } from './requests';
import type { DocRecord, DocsStore } from './store';

/** How advanced services surface an API error: `GoogleJsonResponseException: API call to ... failed with error: ...`. */
export class GoogleJsonResponseException extends GasException {
  constructor(method: string, message: string) {
    super(`API call to docs.documents.${method} failed with error: ${message}`);
    this.name = 'GoogleJsonResponseException';
  }
}

/** `Docs.Documents`: each call is one metered service call and does all its work inside it. */
export class Documents {
  constructor(private readonly store: DocsStore) {}

  private record(method: string, documentId: unknown): DocRecord {
    const record = typeof documentId === 'string' ? this.store.find(documentId) : undefined;
    // Wording UNCONFIRMED for Docs; it is the Google API's standard 404 message.
    if (!record) throw new GoogleJsonResponseException(method, 'Requested entity was not found.');
    return record;
  }

  private json(record: DocRecord): Record<string, unknown> {
    return {
      documentId: record.id,
      title: this.store.title(record.id),
      body: apiBody(record.model),
      lists: Object.fromEntries(
        Object.entries(record.model.lists).map(([id, list]) => [id, listJson(list.preset)]),
      ),
      revisionId: `local-${record.revision}`,
      suggestionsViewMode: 'SUGGESTIONS_INLINE',
    };
  }

  /** The document as the REST API returns it (a fresh object each time). */
  get(documentId: string, _options?: unknown): Record<string, unknown> {
    return this.json(this.record('get', documentId));
  }

  /** Creates a document titled `resource.title` in the root folder; other fields of the resource are ignored. */
  create(resource: unknown): Record<string, unknown> {
    if (!isObject(resource)) throw signatureError([resource], 'Docs.Documents.create');
    const title = typeof resource['title'] === 'string' ? resource['title'] : 'Untitled document';
    return this.json(this.store.create(title));
  }

  /** Resource first, id second; every request is validated and the batch applies atomically or not at all. */
  batchUpdate(resource: unknown, documentId: string): Record<string, unknown> {
    if (!isObject(resource) || typeof documentId !== 'string') {
      throw signatureError([resource, documentId], 'Docs.Documents.batchUpdate');
    }
    const record = this.record('batchUpdate', documentId);
    try {
      const { model, replies } = applyBatch(record.model, resource['requests']);
      record.model = model;
      this.store.changed(record.id);
      return {
        documentId: record.id,
        replies,
        writeControl: { requiredRevisionId: `local-${record.revision}` },
      };
    } catch (e) {
      if (e instanceof InvalidRequest) throw new GoogleJsonResponseException('batchUpdate', e.message);
      throw e;
    }
  }
}

function listJson(preset: string): Record<string, unknown> {
  const numbered = preset.startsWith('NUMBERED');
  const level = (i: number) =>
    numbered
      ? { glyphType: ['DECIMAL', 'ALPHA', 'ROMAN'][i % 3], glyphFormat: `%${i}.`, startNumber: 1 }
      : { glyphSymbol: ['\u25cf', '\u25cb', '\u25a0'][i % 3], glyphFormat: `%${i}` };
  return { listProperties: { nestingLevels: Array.from({ length: 9 }, (_, i) => level(i)) } };
}

/** The `Docs` global. */
export class Docs {
  readonly Documents: Documents;
  constructor(store: DocsStore) {
    this.Documents = new Documents(store);
  }
}

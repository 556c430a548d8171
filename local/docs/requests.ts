// documents.batchUpdate: each request validated and applied in order on a copy; all or nothing.
import {
  bodyEnd,
  deleteContent,
  InvalidRequest,
  insertPageBreak,
  insertTable,
  insertText,
  tableStartingAt,
} from './edits';
import {
  createParagraphBullets,
  deleteParagraphBullets,
  type ParagraphPatch,
  updateParagraphStyle,
  updateTextStyle,
} from './formatting';
import {
  boolField,
  fieldMask,
  intField,
  isObject,
  type JsonObject,
  objectField,
  optionalObject,
  stringField,
} from './json';
import { ALIGNMENTS, cloneDeep, type DocModel, emptyTable, NAMED_STYLES, type TextStyle } from './model';
import { replaceAllText } from './replace';

type Handler = (model: DocModel, request: JsonObject) => JsonObject;

/** Where a location-or-end-of-segment request points: `location.index`, or the body's last newline. */
function insertionIndex(model: DocModel, request: JsonObject): number {
  const location = optionalObject(request, 'location');
  const end = optionalObject(request, 'endOfSegmentLocation');
  if (location && end) throw new InvalidRequest('Only one of location and endOfSegmentLocation may be set.');
  if (location) {
    if (stringField(location, 'segmentId', false))
      throw new InvalidRequest('Only the body segment is modelled.');
    return intField(location, 'index', true);
  }
  if (end) return bodyEnd(model) - 1;
  throw new InvalidRequest('Either location or endOfSegmentLocation must be set.');
}

function range(request: JsonObject): { start: number; end: number } {
  const r = objectField(request, 'range');
  if (stringField(r, 'segmentId', false)) throw new InvalidRequest('Only the body segment is modelled.');
  const start = intField(r, 'startIndex', true);
  const end = intField(r, 'endIndex', true);
  if (end < start)
    throw new InvalidRequest('The end index must be greater than or equal to the start index.');
  return { start, end };
}

function cellLocation(model: DocModel, request: JsonObject) {
  const where = objectField(request, 'tableCellLocation');
  const table = tableStartingAt(model, intField(objectField(where, 'tableStartLocation'), 'index', true));
  const rowIndex = intField(where, 'rowIndex');
  const columnIndex = intField(where, 'columnIndex');
  const row = table.rows[rowIndex];
  if (!row || columnIndex < 0 || columnIndex >= row.cells.length) {
    throw new InvalidRequest(`Invalid table cell location: row ${rowIndex}, column ${columnIndex}.`);
  }
  return { table, rowIndex, columns: row.cells.length };
}

function textStylePatch(style: JsonObject): TextStyle {
  const patch: TextStyle = {};
  for (const key of ['bold', 'italic', 'underline'] as const) if (boolField(style, key)) patch[key] = true;
  const link = optionalObject(style, 'link');
  if (link) patch.link = stringField(link, 'url');
  return patch;
}

function paragraphPatch(style: JsonObject): ParagraphPatch {
  const patch: ParagraphPatch = {};
  const named = stringField(style, 'namedStyleType', false);
  if (named) {
    const found = NAMED_STYLES.find((n) => n === named);
    if (!found) throw new InvalidRequest(`Unknown namedStyleType: ${named}.`);
    patch.namedStyleType = found;
  }
  const alignment = stringField(style, 'alignment', false);
  if (alignment) {
    const found = ALIGNMENTS.find((a) => a === alignment);
    if (!found) throw new InvalidRequest(`Unknown alignment: ${alignment}.`);
    patch.alignment = found;
  }
  return patch;
}

const HANDLERS: Record<string, Handler> = {
  insertText: (model, r) => {
    insertText(model, insertionIndex(model, r), stringField(r, 'text'));
    return {};
  },
  deleteContentRange: (model, r) => {
    const { start, end } = range(r);
    if (start === end) throw new InvalidRequest('The range must not be empty.');
    deleteContent(model.body, 1, start, end);
    return {};
  },
  replaceAllText: (model, r) => {
    const criteria = objectField(r, 'containsText');
    const text = stringField(criteria, 'text');
    if (text === '') throw new InvalidRequest('containsText.text must not be empty.');
    const n = replaceAllText(
      model,
      text,
      stringField(r, 'replaceText', false),
      boolField(criteria, 'matchCase'),
    );
    // occurrencesChanged is omitted when zero, as proto3 JSON omits default values (official sample reads `|| 0`).
    return { replaceAllText: n > 0 ? { occurrencesChanged: n } : {} };
  },
  insertTable: (model, r) => {
    insertTable(model, insertionIndex(model, r), intField(r, 'rows', true), intField(r, 'columns', true));
    return {};
  },
  insertTableRow: (model, r) => {
    const { table, rowIndex, columns } = cellLocation(model, r);
    const row = emptyTable(1, columns).rows[0]!;
    table.rows.splice(boolField(r, 'insertBelow') ? rowIndex + 1 : rowIndex, 0, row);
    return {};
  },
  deleteTableRow: (model, r) => {
    const { table, rowIndex } = cellLocation(model, r);
    if (table.rows.length === 1) {
      throw new InvalidRequest(
        'Deleting the only row of a table is not modelled by the local runtime: delete the table with deleteContentRange.',
      );
    }
    table.rows.splice(rowIndex, 1);
    return {};
  },
  updateParagraphStyle: (model, r) => {
    const { start, end } = range(r);
    const fields = fieldMask(r, ['namedStyleType', 'alignment']) as (keyof ParagraphPatch)[];
    updateParagraphStyle(model, start, end, fields, paragraphPatch(objectField(r, 'paragraphStyle')));
    return {};
  },
  updateTextStyle: (model, r) => {
    const { start, end } = range(r);
    const fields = fieldMask(r, ['bold', 'italic', 'underline', 'link']) as (keyof TextStyle)[];
    updateTextStyle(model, start, end, fields, textStylePatch(objectField(r, 'textStyle')));
    return {};
  },
  createParagraphBullets: (model, r) => {
    const { start, end } = range(r);
    createParagraphBullets(model, start, end, stringField(r, 'bulletPreset'));
    return {};
  },
  deleteParagraphBullets: (model, r) => {
    const { start, end } = range(r);
    deleteParagraphBullets(model, start, end);
    return {};
  },
  insertPageBreak: (model, r) => {
    insertPageBreak(model, insertionIndex(model, r));
    return {};
  },
};

/** Request types the local runtime applies; anything else is refused by name. */
export const SUPPORTED_REQUESTS = Object.keys(HANDLERS);

/** Applies `requests` to a copy of `model`; returns the new model and replies, or throws without changing it. */
export function applyBatch(model: DocModel, requests: unknown): { model: DocModel; replies: JsonObject[] } {
  if (!Array.isArray(requests) || requests.length === 0) {
    throw new InvalidRequest('Must specify at least one request.');
  }
  const draft = cloneDeep(model);
  const replies = requests.map((request, i) => applyOne(draft, request, i));
  return { model: draft, replies };
}

function applyOne(draft: DocModel, request: unknown, i: number): JsonObject {
  if (!isObject(request)) throw new InvalidRequest(`Invalid requests[${i}]: a request must be an object.`);
  const kinds = Object.keys(request).filter((k) => request[k] !== undefined && request[k] !== null);
  if (kinds.length !== 1) {
    throw new InvalidRequest(
      `Invalid requests[${i}]: exactly one request kind must be set (got ${kinds.join(', ')}).`,
    );
  }
  const kind = kinds[0]!;
  const handler = HANDLERS[kind];
  if (!handler) {
    throw new InvalidRequest(
      `Invalid requests[${i}]: ${kind} is not supported by the local runtime (it supports ${SUPPORTED_REQUESTS.join(', ')}).`,
    );
  }
  try {
    return handler(draft, objectField(request, kind));
  } catch (e) {
    if (e instanceof InvalidRequest) throw new InvalidRequest(`Invalid requests[${i}].${kind}: ${e.message}`);
    throw e;
  }
}

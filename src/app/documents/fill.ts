// Fills one template into a new Doc: find the template, check it, copy it, write it in one batch; refuse early.
import { DEFAULT_TEMPLATES, type TemplateKind } from '../../core/templates/defaults';
import { documentBody } from '../../core/templates/docs/types';
import {
  type DocsDocument,
  type DocumentModel,
  describeProblem,
  fromDocsDocument,
  render,
  toBatchUpdateRequests,
} from '../../core/templates/index';
import { documentIdFromUrl, TEMPLATE_SETTINGS } from './context';
import type { DocumentDeps, DocumentFolder, DocumentResult, GeneratedDocument } from './ports';

/** How each kind of document is named in messages. */
export const DOCUMENT_LABELS: Readonly<Record<TemplateKind, string>> = {
  agenda: 'meeting agenda',
  writeUp: 'meeting write-up',
  demandLetter: 'demand letter',
  repairLetter: 'repair request letter',
  impactReport: 'impact report',
};

/** Where a filled document goes. */
export interface Output {
  readonly name: string;
  readonly folder: DocumentFolder;
  readonly pdf?: boolean;
}

/** The new Doc, and its PDF when asked for. */
export interface Filled {
  readonly doc: GeneratedDocument;
  readonly pdf?: GeneratedDocument;
}

/** A template checked and filled, ready to be written into a copy; nothing has been created yet. */
export interface Prepared {
  readonly kind: TemplateKind;
  readonly templateId: string;
  readonly model: DocumentModel;
  readonly endIndex: number;
}

/** The template Doc for a kind: the Settings line if a team set one, else the one setup made. */
export function templateIdFor(
  kind: TemplateKind,
  overrides: Partial<Record<TemplateKind, string>>,
  deps: Pick<DocumentDeps, 'templates'>,
): string {
  const override = overrides[kind];
  if (override) {
    const id = documentIdFromUrl(override);
    if (id) return id;
    throw new Error(
      `The Settings line "${TEMPLATE_SETTINGS[kind]}" holds "${override}", which is not a link to a Google Doc. ` +
        'Paste the link from the template’s address bar, or clear the line to use the default template.',
    );
  }
  const recorded = deps.templates.recorded(kind);
  if (recorded) return recorded;
  throw new Error(
    `There is no ${DOCUMENT_LABELS[kind]} template yet. Choose Solidarity Desk > Create document templates, ` +
      `or put a link to your own template in Settings as "${TEMPLATE_SETTINGS[kind]}".`,
  );
}

/**
 * Reads and fills the template, refusing with every problem (and its place) if a team's edit broke it. Call it
 * before creating or writing anything, so a broken template leaves no trace.
 */
export function prepare(
  deps: DocumentDeps,
  kind: TemplateKind,
  data: Readonly<Record<string, unknown>>,
  overrides: Partial<Record<TemplateKind, string>>,
): Prepared {
  const templateId = templateIdFor(kind, overrides, deps);
  const template = deps.documents.readTemplate(templateId);
  const shape = DEFAULT_TEMPLATES.find((t) => t.kind === kind)!.shape;
  const result = render(fromDocsDocument(template), data, shape, { timeZone: deps.db.timeZone });
  if (!result.ok) {
    const shown = result.problems.slice(0, 10).map((p) => `  ${describeProblem(p)}`);
    const more = result.problems.length > 10 ? [`  …and ${result.problems.length - 10} more.`] : [];
    throw new Error(
      `The ${DOCUMENT_LABELS[kind]} template needs fixing before it can be filled, so nothing was created:\n` +
        `${[...shown, ...more].join('\n')}\nOpen the template, correct these, and try again.`,
    );
  }
  return { kind, templateId, model: result.model, endIndex: bodyEndIndex(template) };
}

/** Copies the template into the folder and writes the filled content in one batch (and a PDF if asked). */
export function create(deps: DocumentDeps, prepared: Prepared, output: Output): Filled {
  const doc = deps.documents.copyTo(prepared.templateId, output.name, output.folder);
  deps.documents.write(doc.id, toBatchUpdateRequests(prepared.model, prepared.endIndex));
  if (!output.pdf) return { doc };
  return { doc, pdf: deps.documents.pdf(doc.id, output.name, output.folder) };
}

/** The end index of a document body's last element (the copy is identical to its template). */
export function bodyEndIndex(doc: DocsDocument): number {
  const content = documentBody(doc).body.content ?? [];
  return content[content.length - 1]?.endIndex ?? 1;
}

/** What the volunteer is told about a new document. */
export function resultOf(filled: Filled, warnings: readonly string[] = []): DocumentResult {
  return {
    name: filled.doc.name,
    url: filled.doc.url,
    created: true,
    ...(filled.pdf ? { pdfUrl: filled.pdf.url } : {}),
    warnings,
  };
}

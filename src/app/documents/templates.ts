// Use case: make the five default templates as real Docs teams can restyle and reword, once, and again if deleted.

import { errorMessage } from '../../core/cells';
import { DEFAULT_TEMPLATES, type DefaultTemplate } from '../../core/templates/defaults';
import { DOCUMENT_LABELS } from './fill';
import type { GeneratedDocument, TemplateStore } from './ports';

/** What making the templates did. */
export interface TemplatesReport {
  readonly created: readonly GeneratedDocument[];
  /** Templates already there, left exactly as the team edited them. */
  readonly kept: number;
  /** One plain sentence per template made, saying why. */
  readonly notes: readonly string[];
}

/**
 * Creates each default template that has no recorded Doc, or whose Doc was deleted (with a note saying so).
 * Templates that exist are never touched, so teams' edits survive running this again.
 */
export function ensureTemplates(store: TemplateStore): TemplatesReport {
  const created: GeneratedDocument[] = [];
  const notes: string[] = [];
  let kept = 0;
  for (const template of DEFAULT_TEMPLATES) {
    const recorded = store.recorded(template.kind);
    if (recorded && store.exists(recorded)) {
      kept += 1;
      continue;
    }
    const label = DOCUMENT_LABELS[template.kind];
    const made = tryCreate(store, template);
    if (typeof made === 'string') {
      notes.push(`The ${label} template could not be made (${made}); the others were. Try again later.`);
      continue;
    }
    const doc = made;
    created.push(doc);
    notes.push(
      recorded
        ? `The ${label} template had been deleted or moved to the bin, so a fresh one was made: ${doc.url}`
        : `Made the ${label} template: ${doc.url}`,
    );
  }
  return { created, kept, notes };
}

/** The new template, or why Docs refused it (one template failing must not stop the others). */
function tryCreate(store: TemplateStore, template: DefaultTemplate): GeneratedDocument | string {
  try {
    return store.create(template);
  } catch (error) {
    return errorMessage(error);
  }
}

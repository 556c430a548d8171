// A tiny bundle that hands the instrumented globals to a test callback inside a real execution.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { docsModule } from '../../../local/docs';
import { Docs } from '../../../local/docs/advanced';
import type { DocumentApp } from '../../../local/docs/app';
import { driveModule } from '../../../local/drive';
import type { DriveApp } from '../../../local/drive/app';
import type { MIME_TYPES } from '../../../local/drive/mime';
import { Clock } from '../../../local/runtime/clock';
import type { ExecutionOptions } from '../../../local/runtime/execution';
import type { ServiceModule } from '../../../local/runtime/module';
import { Workspace } from '../../../local/runtime/workspace';

/** Only Drive and Docs: the suite does not depend on other fakes being finished. */
const MODULES = [driveModule, docsModule] as readonly ServiceModule<unknown>[];

/** The globals a test callback receives, typed as the fakes behind the proxies. */
export interface Services {
  DocumentApp: DocumentApp;
  Docs: Docs;
  DriveApp: DriveApp;
  MimeType: typeof MIME_TYPES;
}

const BUNDLE =
  'function call(f) { return f({ DocumentApp: DocumentApp, Docs: Docs, DriveApp: DriveApp, MimeType: MimeType }); }';

/** A workspace (optionally persisted in `dir`) whose `run(f)` is one Apps Script execution. */
export function harness(dir?: string) {
  const scratch = mkdtempSync(join(tmpdir(), 'sd-docs-test-'));
  const bundlePath = join(scratch, 'Code.js');
  writeFileSync(bundlePath, BUNDLE);
  const workspace = new Workspace({
    modules: MODULES,
    bundlePath,
    clock: new Clock(new Date('2025-03-01T10:00:00Z')),
    ...(dir ? { dir } : {}),
  });
  const run = <T>(f: (s: Services) => T, options: ExecutionOptions = {}): T =>
    workspace.run('call', [f], options) as T;
  return { workspace, run };
}

/** Body content of a documents.get result. */
export interface ApiElement {
  startIndex?: number;
  endIndex: number;
  paragraph?: {
    elements: Array<{
      startIndex: number;
      endIndex: number;
      textRun?: { content: string; textStyle: Record<string, unknown> };
      pageBreak?: object;
    }>;
    paragraphStyle: { namedStyleType: string; alignment?: string };
    bullet?: { listId: string; nestingLevel?: number };
  };
  table?: {
    rows: number;
    columns: number;
    tableRows: Array<{
      startIndex: number;
      endIndex: number;
      tableCells: Array<{ startIndex: number; endIndex: number; content: ApiElement[] }>;
    }>;
  };
  sectionBreak?: object;
}

export function content(doc: unknown): ApiElement[] {
  return (doc as { body: { content: ApiElement[] } }).body.content;
}

/** The text of a paragraph element (runs joined). */
export function textOf(element: ApiElement): string {
  return (element.paragraph?.elements ?? []).map((e) => e.textRun?.content ?? '').join('');
}

export { Docs };

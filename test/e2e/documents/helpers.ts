// Shared set-up for document end-to-end tests: a set-up spreadsheet with templates, members, issues and next steps.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type LocalWorkspace, openWorkspace } from '../../../local';
import { docsStore } from '../../../local/docs';
import { driveStore } from '../../../local/drive';

export const NOW = new Date('2026-11-16T10:00:00Z');
const DAY = 86400000;

/** A spreadsheet set up, with the default templates made. */
export async function readyDocuments(now = NOW): Promise<LocalWorkspace> {
  const local = await openWorkspace(undefined, { now });
  local.boundSpreadsheet();
  local.run('setup');
  local.run('createTemplates');
  return local;
}

/** Appends a record to a sheet in its header order, as a volunteer typing a row would. */
export function appendRecord(
  local: LocalWorkspace,
  sheetName: string,
  record: Record<string, unknown>,
): void {
  const sheet = local.boundSpreadsheet().sheetByName(sheetName)!;
  const header = sheet.values()[0]!.map(String);
  for (const key of Object.keys(record))
    if (!header.includes(key)) throw new Error(`${sheetName} has no column ${key}`);
  sheet.appendRow(header.map((h) => record[h] ?? ''));
}

/** Owners of next steps, one per step in turn, so each owner can be looked for in the document. */
export const OWNERS = ['Amira', 'Bola', 'Ciarán', 'Dev', 'Ewa', 'Femi', 'Gosia'];

/**
 * `issues` Hackney members and issues (ISS-0001…), the first urgent with a court hearing, and `steps` next steps
 * spread over them, each with an owner and a date.
 */
export function seedCasework(local: LocalWorkspace, issues: number, steps: number): void {
  for (let i = 1; i <= issues; i++) {
    const n = String(i).padStart(4, '0');
    appendRecord(local, 'Members', {
      'Member ID': `MEM-${n}`,
      Name: `Member Number${i}`,
      Branch: 'Hackney',
      'Membership standing': i % 3 === 0 ? 'Not yet a member' : 'Member',
      'Private notes': `SECRET-${i}`,
    });
    appendRecord(local, 'Issues', {
      'Issue ID': `ISS-${n}`,
      'Member ID': `MEM-${n}`,
      Branch: 'Hackney',
      Category: i === 1 ? 'Eviction or notice' : 'Disrepair',
      Summary: `Issue summary ${i}`,
      Description: `What member ${i} explained.`,
      'Legal situation': `Legal position ${i}.`,
      Demand: `Demand ${i}.`,
      Stage: '2 Peer support',
      Opened: new Date(NOW.getTime() - (40 + i) * DAY),
      ...(i === 1 ? { 'Court hearing': new Date(NOW.getTime() + 10 * DAY), Urgent: 'Yes' } : {}),
      'Private notes': `SECRET-${i}`,
    });
  }
  for (let s = 1; s <= steps; s++) {
    appendRecord(local, 'Next steps', {
      'Next step ID': `NS-${String(s).padStart(4, '0')}`,
      'Issue ID': `ISS-${String(((s - 1) % issues) + 1).padStart(4, '0')}`,
      What: `Step ${s} to do`,
      Who: OWNERS[(s - 1) % OWNERS.length],
      'By when': new Date(NOW.getTime() + (7 + s) * DAY),
      Status: 'Open',
    });
  }
}

/** The id of a Doc from its link. */
export function docIdOf(url: unknown): string {
  const match = /\/d\/([\w-]+)/.exec(String(url)) ?? /[?&]id=([\w-]+)/.exec(String(url));
  if (!match) throw new Error(`Not a Doc link: ${String(url)}`);
  return match[1]!;
}

/** The text of a Doc of the workspace (through the Docs fake's own API, outside the bundle). */
export function docText(local: LocalWorkspace, url: unknown): string {
  const doc = local.workspace.withServices((g) => {
    const docs = g.Docs as { Documents: { get(id: string): DocJson } };
    return docs.Documents.get(docIdOf(url));
  });
  return textOf(doc.body.content);
}

interface DocJson {
  body: { content: Element[] };
}
interface Element {
  paragraph?: { elements: { textRun?: { content: string } }[] };
  table?: { tableRows: { tableCells: { content: Element[] }[] }[] };
}

function textOf(content: readonly Element[]): string {
  let text = '';
  for (const element of content) {
    for (const part of element.paragraph?.elements ?? []) text += part.textRun?.content ?? '';
    for (const row of element.table?.tableRows ?? [])
      for (const cell of row.tableCells) text += textOf(cell.content);
  }
  return text;
}

/** The Drive item of a Doc (name and parent folders). */
export function driveItem(local: LocalWorkspace, url: unknown) {
  return driveStore(local.workspace).items.get(docIdOf(url))!;
}

/** The Doc's text as LibreOffice prints it to PDF (its saved .docx converted, then pdftotext). */
export function pdfText(local: LocalWorkspace, url: unknown): string {
  const id = docIdOf(url);
  const pdf = local.workspace.withServices((g) => {
    const drive = g.DriveApp as {
      getFileById(id: string): { getAs(type: string): { getBytes(): number[] } };
    };
    return drive.getFileById(id).getAs('application/pdf').getBytes();
  });
  const dir = mkdtempSync(join(tmpdir(), 'sd-pdf-'));
  writeFileSync(join(dir, 'doc.pdf'), Buffer.from(pdf));
  execFileSync('pdftotext', ['-layout', join(dir, 'doc.pdf'), join(dir, 'doc.txt')]);
  return readFileSync(join(dir, 'doc.txt'), 'utf8');
}

/** The Docs store, for editing a document as a volunteer would in the browser. */
export function docs(local: LocalWorkspace) {
  return docsStore(local.workspace);
}

/** What a volunteer does to the write-up's next steps table in the browser: cell edits and new rows. */
export interface TableEdits {
  /** [row (header = 0), column, new text]. */
  readonly cells?: readonly (readonly [number, number, string])[];
  readonly newRows?: readonly (readonly string[])[];
}

interface EditableCell {
  setText(text: string): unknown;
}
interface EditableRow {
  appendTableCell(text: string): unknown;
}
interface EditableTable {
  getNumRows(): number;
  getCell(row: number, column: number): EditableCell;
  appendTableRow(): EditableRow;
}
interface EditableDocument {
  getBody(): { getTables(): EditableTable[] };
  saveAndClose(): void;
}

/** Edits the last table of a Doc through DocumentApp, outside the bundle, as typing in the Doc would. */
export function editTable(local: LocalWorkspace, url: unknown, edits: TableEdits): void {
  local.workspace.withServices((g) => {
    const app = g.DocumentApp as { openById(id: string): EditableDocument };
    const doc = app.openById(docIdOf(url));
    const tables = doc.getBody().getTables();
    const table = tables[tables.length - 1]!;
    for (const [row, column, text] of edits.cells ?? []) table.getCell(row, column).setText(text);
    for (const cells of edits.newRows ?? []) {
      const row = table.appendTableRow();
      for (const text of cells) row.appendTableCell(text);
    }
    doc.saveAndClose();
  });
}

/** The data row (header = 0) of the next steps table showing a next step id. */
export function tableRowOf(local: LocalWorkspace, url: unknown, nextStepId: string): number {
  const rows = local.workspace.withServices((g) => {
    const app = g.DocumentApp as {
      openById(id: string): {
        getBody(): {
          getTables(): { getNumRows(): number; getCell(r: number, c: number): { getText(): string } }[];
        };
      };
    };
    const tables = app.openById(docIdOf(url)).getBody().getTables();
    const table = tables[tables.length - 1]!;
    return Array.from({ length: table.getNumRows() }, (_, r) => table.getCell(r, 0).getText().trim());
  });
  const row = rows.indexOf(nextStepId);
  if (row < 0) throw new Error(`${nextStepId} is not in the table`);
  return row;
}

// Loading and saving every spreadsheet of a workspace: `<dir>/spreadsheets/<name>.xlsx` plus index.json.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Workspace } from '../runtime/workspace';
import {
  applySheetEntry,
  decodeJson,
  encodeJson,
  type IndexFile,
  type SpreadsheetEntry,
  spreadsheetEntry,
} from './sidecar';
import type { SpreadsheetModel } from './spreadsheet-model';
import { type SpreadsheetStore, spreadsheetStore } from './store';
import { readXlsx, writeXlsx } from './xlsx';

const FOLDER = 'spreadsheets';
const INDEX = 'index.json';

/** A file name for a spreadsheet: its name with unsafe characters replaced, unique in the folder. */
export function safeFileName(name: string, taken: Set<string>): string {
  const base =
    name
      .replace(/[^\p{L}\p{N} ._-]+/gu, '_')
      .trim()
      .slice(0, 80) || 'Spreadsheet';
  let candidate = `${base}.xlsx`;
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${base} (${n}).xlsx`;
  taken.add(candidate.toLowerCase());
  return candidate;
}

function readIndex(folder: string): IndexFile {
  const path = join(folder, INDEX);
  return existsSync(path) ? decodeJson<IndexFile>(readFileSync(path, 'utf8')) : { spreadsheets: [] };
}

async function loadEntry(store: SpreadsheetStore, folder: string, entry: SpreadsheetEntry): Promise<void> {
  const path = join(folder, entry.file);
  if (!existsSync(path)) return;
  const model = store.create(entry.name, {
    id: entry.id,
    owner: entry.owner,
    timeZone: entry.timeZone,
    empty: true,
  });
  model.locale = entry.locale;
  model.file = entry.file;
  model.editors.splice(0, model.editors.length, ...entry.editors);
  const { sheets, definedNames } = await readXlsx(path);
  if (definedNames) model.xlsxExtras['definedNames'] = definedNames;
  sheets.forEach((read, i) => {
    const meta = entry.sheets[i];
    const sheet = model.insertSheet(meta?.name ?? read.name, i, meta?.sheetId ?? (i === 0 ? 0 : undefined));
    read.fill(sheet, model.timeZone);
    if (meta) applySheetEntry(sheet, meta);
  });
  model.namedRanges.push(...entry.namedRanges);
  model.selection = entry.selection;
}

/** Reads `<dir>/spreadsheets/`: indexed files first, then any other .xlsx dropped there (imported). */
export async function loadSpreadsheets(store: SpreadsheetStore, dir: string): Promise<void> {
  const folder = join(dir, FOLDER);
  if (!existsSync(folder)) return;
  const index = readIndex(folder);
  for (const entry of index.spreadsheets) await loadEntry(store, folder, entry);
  const known = new Set(index.spreadsheets.map((e) => e.file));
  for (const file of readdirSync(folder).sort()) {
    if (file.toLowerCase().endsWith('.xlsx') && !known.has(file) && !file.startsWith('~$')) {
      const model = await importInto(store, join(folder, file), basename(file, '.xlsx'));
      model.file = file;
    }
  }
}

/** Writes every spreadsheet and the index; removes files this index wrote before and no longer uses. */
export async function saveSpreadsheets(store: SpreadsheetStore, dir: string): Promise<void> {
  const folder = join(dir, FOLDER);
  mkdirSync(folder, { recursive: true });
  const previous = readIndex(folder);
  const taken = new Set<string>();
  const entries: SpreadsheetEntry[] = [];
  for (const model of store.all()) {
    const file = safeFileName(model.name, taken);
    const fileNames = await writeXlsx(model, join(folder, file));
    model.file = file;
    entries.push(spreadsheetEntry(model, file, fileNames));
  }
  writeFileSync(join(folder, INDEX), `${encodeJson({ spreadsheets: entries } satisfies IndexFile)}\n`);
  for (const old of previous.spreadsheets) {
    if (!taken.has(old.file.toLowerCase()) && existsSync(join(folder, old.file)))
      rmSync(join(folder, old.file));
  }
}

async function importInto(
  store: SpreadsheetStore,
  filePath: string,
  name: string,
): Promise<SpreadsheetModel> {
  const { sheets, definedNames } = await readXlsx(filePath);
  const model = store.create(name, { empty: true });
  if (definedNames) model.xlsxExtras['definedNames'] = definedNames;
  sheets.forEach((read, i) => {
    read.fill(model.insertSheet(read.name, i), model.timeZone);
  });
  if (model.sheets.length === 0) model.insertSheet('Sheet1');
  model.selection = null;
  return model;
}

/**
 * Opens an .xlsx file (e.g. downloaded from Google Sheets) as a new spreadsheet of the workspace, keeping
 * every sheet, cell, format and validation so that saving writes them back; returns its id. Dates are read
 * as wall-clock times in Europe/London (the new spreadsheet's zone).
 */
export async function importXlsx(workspace: Workspace, filePath: string, name?: string): Promise<string> {
  const store = spreadsheetStore(workspace);
  const model = await importInto(store, filePath, name ?? basename(filePath).replace(/\.xlsx$/i, ''));
  return model.id;
}

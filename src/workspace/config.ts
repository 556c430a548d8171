// Settings, branches and the Activity log's header, kept in document properties so each form submission stays cheap.
import type { Database } from '../app/ports';
import type { Config } from '../app/receiveIntake';
import { type Branch, parseBranches } from '../core/branches';
import type { CellValue } from '../core/cells';
import { parseSettings, type Settings } from '../core/settings';
import { openDatabase } from './casework';
import { deleteDocumentProperties, documentProperties, setDocumentProperties } from './documentProperties';
import { SheetDatabase } from './sheetDatabase';

/** "<part count> <saved at, ms>"; the snapshot's parts are `<KEY>.0`, `<KEY>.1`, ... */
const KEY = 'solidarity-desk-config-v3';

export type { Config };

/** What is cached: the config, and the Activity log's header row so log lines are appended without a read. */
interface Cached {
  readonly config: Config;
  readonly logHeader: CellValue[] | null;
}

function revive(json: string): Cached | null {
  try {
    const raw = JSON.parse(json) as {
      settings: Settings;
      branches: Array<Branch & { nextMeeting: string | null }>;
      logHeader?: CellValue[] | null;
    };
    const branches = raw.branches.map((b) => ({
      ...b,
      nextMeeting: b.nextMeeting ? new Date(b.nextMeeting) : null,
    }));
    return { config: { settings: raw.settings, branches }, logHeader: raw.logHeader ?? null };
  } catch {
    return null;
  }
}

/** The Activity log's header, read with the config (null when the sheet is missing: setup will say so). */
function logHeaderOf(db: Database, config: Config): CellValue[] | null {
  if (!(db instanceof SheetDatabase)) return null;
  try {
    return db.logHeader(config.settings.sheetNames);
  } catch {
    return null;
  }
}

/** Reads the Settings and Branches sheets (one read each) into config. */
export function readConfig(db: Database): Config {
  const settingsTable = db.table('settings');
  const rows = Array.from(
    { length: settingsTable.size },
    (_, i) => [settingsTable.value(i, 'Setting'), settingsTable.value(i, 'Value')] as [unknown, unknown],
  );
  const branchTable = db.table('branches');
  const branches = parseBranches(Array.from({ length: branchTable.size }, (_, i) => branchTable.record(i)));
  return { settings: parseSettings(rows), branches };
}

/** A snapshot too big for this many parts is not kept (read from the sheets each time instead). */
const MAX_PARTS = 40;
/** Characters per property value: the snapshot is ASCII, so this stays under the 9 KB value limit. */
const PART_CHARS = 8000;

function partKey(i: number): string {
  return `${KEY}.${i}`;
}

/** JSON with every non-ASCII character escaped, so a value's length in characters is its size in bytes. */
function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[\u0080-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** A kept config older than this is read again (the hourly job refreshes it well before). */
const MAX_AGE_MS = 2 * 60 * 60 * 1000;

function readSnapshot(all: Readonly<Record<string, string>>): Cached | null {
  const [parts, savedAt] = (all[KEY] ?? '').split(' ').map(Number);
  if (!Number.isInteger(parts) || parts! < 1 || parts! > MAX_PARTS) return null;
  const age = Date.now() - (savedAt ?? Number.NaN);
  if (!(age >= 0 && age < MAX_AGE_MS)) return null;
  const json = Array.from({ length: parts }, (_, i) => all[partKey(i)] ?? '').join('');
  return revive(json);
}

function saveSnapshot(cached: Cached): void {
  const json = asciiJson({ ...cached.config, logHeader: cached.logHeader });
  const parts = Math.ceil(json.length / PART_CHARS);
  if (parts > MAX_PARTS) return;
  const values: Record<string, string> = { [KEY]: `${parts} ${Date.now()}` };
  for (let i = 0; i < parts; i++) values[partKey(i)] = json.slice(i * PART_CHARS, (i + 1) * PART_CHARS);
  setDocumentProperties(values);
}

/** Reads Settings, Branches and the log header from the sheets and keeps them in document properties. */
export function refreshConfig(db: Database): Config {
  const config = readConfig(db);
  saveSnapshot({ config, logHeader: logHeaderOf(db, config) });
  return config;
}

/**
 * Config from the snapshot in the spreadsheet's document properties (one call, shared with the document ids),
 * else from the sheets (then kept). Hand edits to Settings and Branches refresh it (`onEdit`), so do the hourly
 * and daily jobs (an edit that bypasses onEdit, by another script or the API, is picked up within the hour),
 * and setup forgets it; a snapshot older than two hours is read again whatever happened.
 */
export function loadConfig(db: Database): Config {
  const cached = readSnapshot(documentProperties());
  if (cached) {
    if (cached.logHeader && db instanceof SheetDatabase) db.rememberLogHeader(cached.logHeader);
    return cached.config;
  }
  return refreshConfig(db);
}

/** Forgets the kept config (the next run reads the sheets again), e.g. after code wrote Settings. */
export function forgetConfig(): void {
  const parts = Number((documentProperties()[KEY] ?? '0').split(' ')[0]);
  deleteDocumentProperties([
    KEY,
    ...Array.from({ length: Number.isInteger(parts) ? Math.min(parts, MAX_PARTS) : 0 }, (_, i) => partKey(i)),
  ]);
}

/**
 * After a hand edit of Settings, Branches or the log's header (`onEdit`), or as the hourly and daily jobs'
 * safety net: the kept config is read from the sheets again. If that fails (a sheet renamed half way through
 * an edit), it is forgotten instead, so the next run reads the sheets.
 */
export function keepConfigFresh(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): void {
  try {
    refreshConfig(openDatabase(spreadsheet, {}, () => 'Solidarity Desk'));
  } catch {
    forgetConfig();
  }
}

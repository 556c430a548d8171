// Settings, branches and the Activity log's header, read once and cached for ten minutes so each form submission stays cheap.
import type { Database } from '../app/ports';
import type { Config } from '../app/receiveIntake';
import { type Branch, parseBranches } from '../core/branches';
import type { CellValue } from '../core/cells';
import { parseSettings, type Settings } from '../core/settings';
import { SheetDatabase } from './sheetDatabase';

const KEY = 'solidarity-desk-config-v2';
const SECONDS = 600;

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

/** Config from the document cache when fresh, else from the sheets (then cached). Caches may forget: that is fine. */
export function loadConfig(db: Database): Config {
  const cache = CacheService.getDocumentCache() ?? CacheService.getScriptCache();
  const hit = cache.get(KEY);
  const cached = hit ? revive(hit) : null;
  if (cached) {
    if (cached.logHeader && db instanceof SheetDatabase) db.rememberLogHeader(cached.logHeader);
    return cached.config;
  }
  const config = readConfig(db);
  const logHeader = logHeaderOf(db, config);
  try {
    cache.put(KEY, JSON.stringify({ ...config, logHeader }), SECONDS);
  } catch {
    // Too big to cache (a very large Branches sheet): read it each time instead.
  }
  return config;
}

/** Forgets cached config, e.g. after Settings or Branches were edited. */
export function forgetConfig(): void {
  (CacheService.getDocumentCache() ?? CacheService.getScriptCache()).remove(KEY);
}

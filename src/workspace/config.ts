// Settings and branches, read once and cached for ten minutes so each form submission stays cheap.
import type { Database } from '../app/ports';
import type { Config } from '../app/receiveIntake';
import { type Branch, parseBranches } from '../core/branches';
import { parseSettings, type Settings } from '../core/settings';

const KEY = 'solidarity-desk-config-v1';
const SECONDS = 600;

export type { Config };

function revive(json: string): Config | null {
  try {
    const raw = JSON.parse(json) as {
      settings: Settings;
      branches: Array<Branch & { nextMeeting: string | null }>;
    };
    const branches = raw.branches.map((b) => ({
      ...b,
      nextMeeting: b.nextMeeting ? new Date(b.nextMeeting) : null,
    }));
    return { settings: raw.settings, branches };
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
  if (cached) return cached;
  const config = readConfig(db);
  try {
    cache.put(KEY, JSON.stringify(config), SECONDS);
  } catch {
    // Too big to cache (a very large Branches sheet): read it each time instead.
  }
  return config;
}

/** Forgets cached config, e.g. after Settings or Branches were edited. */
export function forgetConfig(): void {
  (CacheService.getDocumentCache() ?? CacheService.getScriptCache()).remove(KEY);
}

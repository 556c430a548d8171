// Fake PropertiesService: script, user and document stores of strings, with Google's size limits.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GasException, signatureError } from '../runtime/errors';
import type { Execution } from '../runtime/execution';

/** 9 KB per value and 500 KB per store [M:guides/quotas-and-limits.md]. */
export const PROPERTY_VALUE_LIMIT = 9 * 1024;
export const PROPERTY_STORE_LIMIT = 500 * 1024;
/** Per-value wording is UNCONFIRMED; the one public code uses for this limit. */
export const PROPERTY_VALUE_TOO_LARGE = 'Argument too large: value';
/** [GH lucasvtiradentes/gcal-sync#115] */
export const PROPERTY_QUOTA_MESSAGE =
  'You have exceeded the property storage quota. Please remove some properties and try again.';

/** Every property store of a workspace; writes are visible to other executions at once. */
export class PropertyStores {
  readonly script = new Map<string, string>();
  readonly user = new Map<string, Map<string, string>>();
  readonly document = new Map<string, Map<string, string>>();

  userStore(email: string): Map<string, string> {
    return getOrCreate(this.user, email);
  }

  documentStore(id: string): Map<string, string> {
    return getOrCreate(this.document, id);
  }

  /** Reads `<dir>/properties.json` if present. */
  load(dir: string): void {
    const file = join(dir, 'properties.json');
    if (!existsSync(file)) return;
    const saved = JSON.parse(readFileSync(file, 'utf8')) as SavedProperties;
    fill(this.script, saved.script ?? {});
    for (const [email, values] of Object.entries(saved.user ?? {})) fill(this.userStore(email), values);
    for (const [id, values] of Object.entries(saved.document ?? {})) fill(this.documentStore(id), values);
  }

  /** Writes `<dir>/properties.json`. */
  save(dir: string): void {
    mkdirSync(dir, { recursive: true });
    const saved: SavedProperties = {
      script: Object.fromEntries(this.script),
      user: Object.fromEntries([...this.user].map(([k, v]) => [k, Object.fromEntries(v)])),
      document: Object.fromEntries([...this.document].map(([k, v]) => [k, Object.fromEntries(v)])),
    };
    writeFileSync(join(dir, 'properties.json'), `${JSON.stringify(saved, null, 2)}\n`);
  }
}

interface SavedProperties {
  script?: Record<string, string>;
  user?: Record<string, Record<string, string>>;
  document?: Record<string, Record<string, string>>;
}

function getOrCreate(map: Map<string, Map<string, string>>, key: string): Map<string, string> {
  let store = map.get(key);
  if (!store) {
    store = new Map();
    map.set(key, store);
  }
  return store;
}

function fill(store: Map<string, string>, values: Record<string, string>): void {
  for (const [k, v] of Object.entries(values)) store.set(k, String(v));
}

function bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/** Properties: "stores all data as strings"; reads return copies [M:guides/storeandservedata.md]. */
export class Properties {
  constructor(private readonly store: Map<string, string>) {}

  getProperty(key: string): string | null {
    if (key === undefined || key === null)
      throw signatureError([key], 'PropertiesService.Properties.getProperty');
    return this.store.get(String(key)) ?? null;
  }

  getProperties(): Record<string, string> {
    return Object.fromEntries(this.store);
  }

  getKeys(): string[] {
    return [...this.store.keys()];
  }

  setProperty(key: string, value: unknown): Properties {
    if (key === undefined || key === null || value === undefined || value === null) {
      throw signatureError([key, value], 'PropertiesService.Properties.setProperty');
    }
    this.write([[String(key), String(value)]], false);
    return this;
  }

  setProperties(properties: Record<string, unknown>, deleteAllOthers?: boolean): Properties {
    if (properties === null || typeof properties !== 'object') {
      throw signatureError([properties], 'PropertiesService.Properties.setProperties');
    }
    const entries = Object.entries(properties).map(([k, v]): [string, string] => [k, String(v)]);
    this.write(entries, deleteAllOthers === true);
    return this;
  }

  deleteProperty(key: string): Properties {
    this.store.delete(String(key));
    return this;
  }

  deleteAllProperties(): Properties {
    this.store.clear();
    return this;
  }

  /** Checks every limit before changing anything, so a refused call leaves the store as it was. */
  private write(entries: ReadonlyArray<[string, string]>, deleteAllOthers: boolean): void {
    const next = new Map(deleteAllOthers ? [] : this.store);
    for (const [k, v] of entries) {
      if (bytes(v) > PROPERTY_VALUE_LIMIT) throw new GasException(PROPERTY_VALUE_TOO_LARGE);
      next.set(k, v);
    }
    let total = 0;
    for (const [k, v] of next) total += bytes(k) + bytes(v);
    if (total > PROPERTY_STORE_LIMIT) throw new GasException(PROPERTY_QUOTA_MESSAGE);
    this.store.clear();
    for (const [k, v] of next) this.store.set(k, v);
  }
}

/** PropertiesService for one execution. */
export class PropertiesService {
  constructor(
    private readonly stores: PropertyStores,
    private readonly execution: Execution,
  ) {}

  getScriptProperties(): Properties {
    return new Properties(this.stores.script);
  }

  /** The effective user's store (for a trigger: its creator). */
  getUserProperties(): Properties {
    return new Properties(this.stores.userStore(this.execution.user));
  }

  /** Null outside a bound or add-on document [M:reference/properties/PropertiesService.md]. */
  getDocumentProperties(): Properties | null {
    const doc = this.execution.activeSpreadsheetId;
    return doc ? new Properties(this.stores.documentStore(doc)) : null;
  }
}

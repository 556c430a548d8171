// Fake CacheService: script, user and document caches whose entries expire on the workspace clock.
import type { Clock } from '../runtime/clock';
import { GasException, signatureError } from '../runtime/errors';
import type { Execution } from '../runtime/execution';

/** Limits from [M:reference/cache/Cache.md]. */
export const CACHE_KEY_LIMIT = 250;
export const CACHE_VALUE_LIMIT = 100 * 1024;
export const CACHE_DEFAULT_SECONDS = 600;
export const CACHE_MAX_SECONDS = 21600;
export const CACHE_MAX_ITEMS = 1000;

interface Entry {
  readonly value: string;
  readonly expiresAt: number;
}

/** Every cache of a workspace, keyed `script`, `user:<email>`, `document:<id>`. Not persisted: caches are volatile. */
export class CacheStores {
  private readonly caches = new Map<string, Map<string, Entry>>();

  constructor(readonly clock: Clock) {}

  entries(scope: string): Map<string, Entry> {
    let cache = this.caches.get(scope);
    if (!cache) {
      cache = new Map();
      this.caches.set(scope, cache);
    }
    return cache;
  }

  /** Drops everything, as Google may at any time ("be prepared to get back null from all reads"). */
  evictAll(): void {
    this.caches.clear();
  }
}

/** Cache (CacheService.Cache). Expiry "is only a suggestion"; here it is exact, on the workspace clock. */
export class Cache {
  constructor(
    private readonly stores: CacheStores,
    private readonly scope: string,
  ) {}

  get(key: string): string | null {
    if (typeof key !== 'string') throw signatureError([key], 'CacheService.Cache.get');
    const entries = this.stores.entries(this.scope);
    const entry = entries.get(key);
    if (!entry) return null;
    if (entry.expiresAt <= this.stores.clock.now()) {
      entries.delete(key);
      return null;
    }
    return entry.value;
  }

  getAll(keys: string[]): Record<string, string> {
    if (!Array.isArray(keys)) throw signatureError([keys], 'CacheService.Cache.getAll');
    const found: Record<string, string> = {};
    for (const key of keys) {
      const value = this.get(String(key));
      if (value !== null) found[key] = value;
    }
    return found;
  }

  put(key: string, value: string, expirationInSeconds?: number): void {
    if (typeof key !== 'string' || value === undefined || value === null) {
      throw signatureError([key, value], 'CacheService.Cache.put');
    }
    const expiresAt = this.expiry(expirationInSeconds);
    const text = checkEntry(key, value);
    this.store([[key, text]], expiresAt);
  }

  putAll(values: Record<string, unknown>, expirationInSeconds?: number): void {
    if (values === null || typeof values !== 'object') {
      throw signatureError([values], 'CacheService.Cache.putAll');
    }
    const expiresAt = this.expiry(expirationInSeconds);
    // All checked first: a refused putAll stores nothing.
    const checked = Object.entries(values).map(([k, v]): [string, string] => [k, checkEntry(k, v)]);
    this.store(checked, expiresAt);
  }

  remove(key: string): void {
    this.stores.entries(this.scope).delete(String(key));
  }

  removeAll(keys: string[]): void {
    if (!Array.isArray(keys)) throw signatureError([keys], 'CacheService.Cache.removeAll');
    for (const key of keys) this.remove(key);
  }

  private expiry(seconds: number | undefined): number {
    const s = seconds === undefined ? CACHE_DEFAULT_SECONDS : seconds;
    // Out-of-range wording is UNCONFIRMED; the documented range is 1..21600 seconds.
    if (typeof s !== 'number' || Number.isNaN(s))
      throw new GasException('Invalid argument: expirationInSeconds');
    if (s < 1 || s > CACHE_MAX_SECONDS) throw new GasException('Invalid argument: expirationInSeconds');
    return this.stores.clock.now() + Math.floor(s) * 1000;
  }

  /** Adds entries, evicting the oldest beyond the documented 1,000-item cap. */
  private store(entries: ReadonlyArray<[string, string]>, expiresAt: number): void {
    const cache = this.stores.entries(this.scope);
    for (const [k, v] of entries) {
      cache.delete(k);
      cache.set(k, { value: v, expiresAt });
    }
    while (cache.size > CACHE_MAX_ITEMS) cache.delete(cache.keys().next().value as string);
  }
}

/** Key ≤ 250 characters and value ≤ 100 KB, with the texts users report [GH Eloise1988/COINGECKO#13; GH joseballester/muFunds#13]. */
function checkEntry(key: string, value: unknown): string {
  if (key.length > CACHE_KEY_LIMIT) throw new GasException('Argument too large: key');
  const text = String(value);
  if (Buffer.byteLength(text, 'utf8') > CACHE_VALUE_LIMIT)
    throw new GasException('Argument too large: value');
  return text;
}

/** CacheService for one execution. */
export class CacheService {
  constructor(
    private readonly stores: CacheStores,
    private readonly execution: Execution,
  ) {}

  getScriptCache(): Cache {
    return new Cache(this.stores, 'script');
  }

  getUserCache(): Cache {
    return new Cache(this.stores, `user:${this.execution.user}`);
  }

  /** Null outside a containing document [M:reference/cache/CacheService.md]. */
  getDocumentCache(): Cache | null {
    const doc = this.execution.activeSpreadsheetId;
    return doc ? new Cache(this.stores, `document:${doc}`) : null;
  }
}

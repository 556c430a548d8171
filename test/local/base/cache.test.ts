// Contract tests for the CacheService fake: expiry on the workspace clock, limits, eviction.
import { evictAll } from '../../../local/base';
import { newWorkspace, runIn } from './harness';

describe('CacheService', () => {
  it('keeps a value for 600 seconds by default', () => {
    const ws = newWorkspace();
    runIn(ws, (g) => g.CacheService.getScriptCache().put('k', 'v'));
    ws.clock.advance(599_000);
    expect(runIn(ws, (g) => g.CacheService.getScriptCache().get('k'))).toBe('v');
    ws.clock.advance(1_000);
    expect(runIn(ws, (g) => g.CacheService.getScriptCache().get('k'))).toBeNull();
  });

  it('honours an explicit expiry and rejects one outside 1..21600 seconds', () => {
    const ws = newWorkspace();
    runIn(ws, (g) => {
      const cache = g.CacheService.getScriptCache();
      cache.put('short', 'v', 5);
      expect(() => cache.put('k', 'v', 21601)).toThrow('Invalid argument: expirationInSeconds');
      expect(() => cache.put('k', 'v', 0)).toThrow('Invalid argument: expirationInSeconds');
    });
    ws.clock.advance(5_000);
    expect(runIn(ws, (g) => g.CacheService.getScriptCache().get('short'))).toBeNull();
  });

  it('getAll returns only the keys present; removeAll removes', () => {
    const ws = newWorkspace();
    const got = runIn(ws, (g) => {
      const cache = g.CacheService.getScriptCache();
      cache.putAll({ a: '1', b: 2 as unknown as string });
      const before = cache.getAll(['a', 'b', 'c']);
      cache.removeAll(['a']);
      return { before, after: cache.getAll(['a', 'b']) };
    });
    expect(got).toEqual({ before: { a: '1', b: '2' }, after: { b: '2' } });
  });

  it('rejects a key over 250 characters and a value over 100 KB', () => {
    const ws = newWorkspace();
    runIn(ws, (g) => {
      const cache = g.CacheService.getScriptCache();
      expect(() => cache.put('k'.repeat(251), 'v')).toThrow('Argument too large: key');
      expect(() => cache.put('k', 'v'.repeat(100 * 1024 + 1))).toThrow('Argument too large: value');
      expect(() => cache.putAll({ fine: 'x', huge: 'v'.repeat(100 * 1024 + 1) })).toThrow(
        'Argument too large: value',
      );
      expect(cache.get('fine')).toBeNull();
    });
  });

  it('separates user caches and has no document cache outside a document', () => {
    const ws = newWorkspace();
    runIn(ws, (g) => g.CacheService.getUserCache().put('k', 'a'), { user: 'a@x.org' });
    expect(runIn(ws, (g) => g.CacheService.getUserCache().get('k'), { user: 'b@x.org' })).toBeNull();
    expect(runIn(ws, (g) => g.CacheService.getDocumentCache())).toBeNull();
  });

  it('can be emptied at any time by evictAll', () => {
    const ws = newWorkspace();
    runIn(ws, (g) => g.CacheService.getScriptCache().put('k', 'v', 21600));
    evictAll(ws);
    expect(runIn(ws, (g) => g.CacheService.getScriptCache().get('k'))).toBeNull();
  });
});

// Contract tests for the PropertiesService fake: strings, copies, scopes, limits, persistence.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROPERTY_QUOTA_MESSAGE, PROPERTY_VALUE_TOO_LARGE } from '../../../local/base/properties';
import { newWorkspace, runIn } from './harness';

describe('PropertiesService', () => {
  it('stores everything as strings and returns null for a missing key', () => {
    const ws = newWorkspace();
    const got = runIn(ws, (g) => {
      const props = g.PropertiesService.getScriptProperties();
      props.setProperty('count', 42 as unknown as string).setProperty('flag', true as unknown as string);
      return [props.getProperty('count'), props.getProperty('flag'), props.getProperty('missing')];
    });
    expect(got).toEqual(['42', 'true', null]);
  });

  it('returns copies, not live views', () => {
    const ws = newWorkspace();
    const got = runIn(ws, (g) => {
      const props = g.PropertiesService.getScriptProperties();
      props.setProperties({ a: '1', b: '2' });
      const copy = props.getProperties();
      copy.a = 'changed';
      return [props.getProperty('a'), props.getKeys().sort()];
    });
    expect(got).toEqual(['1', ['a', 'b']]);
  });

  it('replaces everything with setProperties(obj, true) and deletes', () => {
    const ws = newWorkspace();
    const got = runIn(ws, (g) => {
      const props = g.PropertiesService.getScriptProperties();
      props.setProperties({ a: '1', b: '2' }).setProperties({ c: '3' }, true);
      const afterReplace = props.getProperties();
      props.deleteProperty('c');
      return { afterReplace, afterDelete: props.getKeys() };
    });
    expect(got).toEqual({ afterReplace: { c: '3' }, afterDelete: [] });
  });

  it('keeps user stores per user and document stores per document, and none outside a document', () => {
    const ws = newWorkspace();
    runIn(ws, (g) => g.PropertiesService.getUserProperties().setProperty('k', 'alice'), { user: 'a@x.org' });
    runIn(ws, (g) => g.PropertiesService.getDocumentProperties()!.setProperty('k', 'doc1'), {
      activeSpreadsheetId: 'doc1',
    });
    expect(
      runIn(ws, (g) => g.PropertiesService.getUserProperties().getProperty('k'), { user: 'b@x.org' }),
    ).toBeNull();
    expect(
      runIn(ws, (g) => g.PropertiesService.getUserProperties().getProperty('k'), { user: 'a@x.org' }),
    ).toBe('alice');
    expect(runIn(ws, (g) => g.PropertiesService.getDocumentProperties())).toBeNull();
  });

  it('makes writes visible at once to a nested execution', () => {
    const ws = newWorkspace();
    const seen = runIn(ws, (g) => {
      g.PropertiesService.getScriptProperties().setProperty('next', '7');
      return runIn(ws, (h) => h.PropertiesService.getScriptProperties().getProperty('next'));
    });
    expect(seen).toBe('7');
  });

  it('refuses a value over 9 KB and a store over 500 KB, changing nothing', () => {
    const ws = newWorkspace();
    runIn(ws, (g) => {
      const props = g.PropertiesService.getScriptProperties();
      expect(() => props.setProperty('big', 'x'.repeat(9 * 1024 + 1))).toThrow(PROPERTY_VALUE_TOO_LARGE);
      props.setProperty('ok', 'x'.repeat(9 * 1024));
      const many: Record<string, string> = {};
      for (let i = 0; i < 60; i++) many[`k${i}`] = 'y'.repeat(9000);
      expect(() => props.setProperties(many)).toThrow(PROPERTY_QUOTA_MESSAGE);
      expect(props.getKeys()).toEqual(['ok']);
    });
  });

  it('persists to properties.json and reads it back', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'props-'));
    const ws = newWorkspace({ dir });
    runIn(ws, (g) => {
      g.PropertiesService.getScriptProperties().setProperty('branch', 'Leeds');
      g.PropertiesService.getUserProperties().setProperty('theme', 'dark');
    });
    await ws.save();
    expect(JSON.parse(readFileSync(join(dir, 'properties.json'), 'utf8')).script).toEqual({
      branch: 'Leeds',
    });
    const again = newWorkspace({ dir });
    await again.load();
    expect(runIn(again, (g) => g.PropertiesService.getScriptProperties().getProperty('branch'))).toBe(
      'Leeds',
    );
    expect(runIn(again, (g) => g.PropertiesService.getUserProperties().getProperty('theme'))).toBe('dark');
  });
});

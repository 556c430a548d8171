// A small bundle of src/workspace/retry.ts and errors.ts, built like build/Code.js, to drive them in the local runtime.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';

/**
 * Entry points exercising withRetry and recordingFailures against the fake services. Kept as text (not
 * a .ts file) because test code type-checks without Apps Script types; esbuild compiles it like src/.
 */
const ENTRY = `
import { withRetry } from './src/workspace/retry';
import { recordFailure, recordingFailures } from './src/workspace/errors';
const settings = () => SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Settings');
export function appendWithRetry(text) {
  return withRetry(() => { settings().appendRow(['Probe', text]); return 'appended'; });
}
export function appendRecordingFailures(text, responseId) {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  return recordingFailures(ss, 'Filing a form response', { 'Response ID': responseId }, () =>
    withRetry(() => { ss.getSheetByName('Settings').appendRow(['Probe', text]); return 'appended'; }));
}
export function recordOnly(message) {
  return recordFailure(SpreadsheetApp.getActiveSpreadsheet(), 'Probing', new Error(message), { at: new Date(0) });
}
`;

const NAMES = ['appendWithRetry', 'appendRecordingFailures', 'recordOnly'];

let built: string | null = null;

/** Builds the probe bundle once per test file; returns its path (for `openWorkspace(.., { bundlePath })`). */
export function probeBundlePath(): string {
  if (built) return built;
  const result = buildSync({
    stdin: { contents: ENTRY, resolveDir: join(__dirname, '..', '..'), loader: 'ts' },
    bundle: true,
    format: 'iife',
    globalName: 'Probe',
    platform: 'neutral',
    target: 'es2020',
    write: false,
    footer: {
      js: NAMES.map((n) => `function ${n}() { return Probe.${n}.apply(this, arguments); }`).join('\n'),
    },
    logLevel: 'silent',
  });
  const path = join(mkdtempSync(join(tmpdir(), 'probe-')), 'Code.js');
  writeFileSync(path, result.outputFiles[0]!.text);
  built = path;
  return path;
}

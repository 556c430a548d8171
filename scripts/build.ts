// Build: bundles src/main.ts into one classic Apps Script file, build/Code.js, and checks it loads like Apps Script loads it.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { build } from 'esbuild';

const root = join(__dirname, '..');
const out = join(root, 'build');
const entry = join(root, 'src/main.ts');
const globalName = 'SolidarityDesk';

/** Learns the entry's export names: an IIFE metafile reports none, so ask an ESM pass. */
async function entryExports(): Promise<string[]> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    write: false,
    metafile: true,
    platform: 'neutral',
    mainFields: ['module', 'main'],
    target: 'es2020',
    loader: { '.html': 'text' },
    logLevel: 'silent',
  });
  const outputs = Object.values(result.metafile.outputs);
  return outputs.flatMap((o) => o.exports).sort();
}

/** One top-level function declaration per export, so triggers, menus and google.script.run find it. */
function stubs(names: string[]): string {
  return names.map((n) => `function ${n}() { return ${globalName}.${n}.apply(this, arguments); }`).join('\n');
}

/** Fails if the bundle is not a classic script or an export is not a global function. */
export function checkBundle(code: string, names: string[]): void {
  if (/\brequire\(|\bimport\(|^\s*(import|export)\s/m.test(code)) {
    throw new Error(
      'build/Code.js contains module syntax (require/import/export); Apps Script cannot load it.',
    );
  }
  const context = vm.createContext({});
  new vm.Script(code, { filename: 'Code.js' }).runInContext(context);
  const missing = names.filter((n) => vm.runInContext(`typeof ${n}`, context) !== 'function');
  if (missing.length > 0)
    throw new Error(`Exports are not global functions in build/Code.js: ${missing.join(', ')}`);
}

function writeAtomically(path: string, text: string): void {
  writeFileSync(`${path}.tmp`, text);
  renameSync(`${path}.tmp`, path);
}

async function main(): Promise<void> {
  const started = Date.now();
  const names = await entryExports();
  mkdirSync(out, { recursive: true });
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    globalName,
    platform: 'neutral',
    mainFields: ['module', 'main'],
    target: 'es2020',
    loader: { '.html': 'text' },
    write: false,
    outfile: join(out, 'Code.js'),
    footer: { js: stubs(names) },
    legalComments: 'none',
    logLevel: 'warning',
  });
  const code = result.outputFiles[0]!.text;
  checkBundle(code, names);
  // Written atomically: tests running in parallel may be reading the previous bundle.
  writeAtomically(join(out, 'Code.js'), code);
  writeAtomically(join(out, 'appsscript.json'), readFileSync(join(root, 'appsscript.json'), 'utf8'));
  console.log(
    `build/Code.js: ${names.length} entry points, ${code.length} bytes, ${Date.now() - started} ms`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

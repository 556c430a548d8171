// Which entry points build/Code.js defines, so operations not built yet are reported rather than failing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const DEFAULT_BUNDLE = join(__dirname, '..', 'build', 'Code.js');

/** The global functions build/Code.js defines (the build adds `function name(` for each entry point). */
export function builtEntryPoints(bundlePath = DEFAULT_BUNDLE): Set<string> {
  const source = readFileSync(bundlePath, 'utf8');
  return new Set([...source.matchAll(/^function (\w+)\(/gm)].map((m) => m[1]!));
}

// What the local `serve` command lets through /run, following Apps Script's rules for google.script.run.

/** A call the browser asked for, checked. */
export interface RunRequest {
  readonly fn: string;
  readonly args: readonly unknown[];
}

/** Checks a /run body: a public function name (Apps Script hides names ending in "_") and an argument list. */
export function parseRunRequest(raw: unknown): RunRequest {
  const body = raw as { fn?: unknown; args?: unknown } | null;
  if (!body || typeof body !== 'object')
    throw new Error('The request must be JSON: { "fn": ..., "args": [...] }.');
  const { fn, args = [] } = body;
  if (typeof fn !== 'string' || !/^[A-Za-z_$][\w$]*$/.test(fn))
    throw new Error(`"${String(fn)}" is not a script function name.`);
  if (fn.endsWith('_'))
    throw new Error(`Script function not found: ${fn} (functions ending in "_" are private to the script).`);
  if (!Array.isArray(args)) throw new Error('"args" must be a list.');
  return { fn, args };
}

/** True when a value crossing back to the browser holds something Apps Script cannot send (a Date, a function). */
export function holdsUnsendable(value: unknown, seen = new Set<unknown>()): boolean {
  if (value === null || typeof value !== 'object') return typeof value === 'function';
  if (seen.has(value)) return false;
  seen.add(value);
  if (Object.prototype.toString.call(value) === '[object Date]') return true;
  return Object.values(value).some((v) => holdsUnsendable(v, seen));
}

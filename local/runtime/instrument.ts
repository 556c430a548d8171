// Wraps fake service objects so every method call the bundle makes is counted and can be intercepted.

/** Hooks around each instrumented call: `before` may throw to crash the execution at that call. */
export interface CallHooks {
  before(service: string, method: string): void;
  /** Called after the fake returned (or threw), with the milliseconds spent inside the fake. */
  after(service: string, method: string, elapsedMs: number): void;
}

const targets = new WeakMap<object, object>();

/** True for objects that are fake service class instances (not plain data, arrays or dates). */
function isServiceObject(value: unknown): value is object {
  if (value === null || typeof value !== 'object') return false;
  if (Array.isArray(value) || value instanceof Date) return false;
  const proto = Object.getPrototypeOf(value);
  return proto !== null && proto !== Object.prototype;
}

/** The fake behind a proxy, so fakes receiving each other (e.g. a rule passed to a range) see the real object. */
export function unwrap<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    const target = targets.get(value as object);
    if (target) return target as T;
  }
  return value;
}

function className(target: object): string {
  const name = (target.constructor as { name?: string } | undefined)?.name ?? 'Object';
  return name.replace(/^Fake/, '');
}

/** Wraps results: service objects and arrays of them come back instrumented, data comes back as is. */
function wrapResult(
  value: unknown,
  service: string,
  hooks: CallHooks,
  cache: WeakMap<object, object>,
): unknown {
  if (Array.isArray(value) && value.length > 0 && isServiceObject(value[0])) {
    return value.map((v) => wrapResult(v, service, hooks, cache));
  }
  if (isServiceObject(value)) return instrument(value, service, hooks, cache);
  return value;
}

/**
 * Returns a proxy of `target` that calls `hooks.before(service, 'Class.method')` ahead of each method call,
 * unwraps proxy arguments, and instruments returned service objects. One proxy per object (stable identity).
 */
export function instrument<T extends object>(
  target: T,
  service: string,
  hooks: CallHooks,
  cache: WeakMap<object, object> = new WeakMap(),
): T {
  const existing = cache.get(target);
  if (existing) return existing as T;
  const methods = new Map<PropertyKey, unknown>();
  const proxy = new Proxy(target, {
    get(obj, key) {
      const value = Reflect.get(obj, key, obj);
      if (typeof value !== 'function' || typeof key === 'symbol' || key === 'constructor') {
        return isServiceObject(value) ? instrument(value, service, hooks, cache) : value;
      }
      let wrapped = methods.get(key);
      if (!wrapped) {
        const method = `${className(obj)}.${key}`;
        wrapped = (...args: unknown[]) => {
          hooks.before(service, method);
          const started = performance.now();
          try {
            const result = (value as (...a: unknown[]) => unknown).apply(obj, args.map(unwrap));
            return wrapResult(result, service, hooks, cache);
          } finally {
            hooks.after(service, method, performance.now() - started);
          }
        };
        methods.set(key, wrapped);
      }
      return wrapped;
    },
  });
  cache.set(target, proxy);
  targets.set(proxy, target);
  return proxy;
}

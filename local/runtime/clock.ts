// The local runtime's clock: tests and the CLI move time forward; the bundle's `new Date()` reads it.

/** A settable clock shared by every fake service and every execution of one workspace. */
export class Clock {
  private offsetMs: number;
  private readonly fixed: boolean;
  private fixedNow: number;

  /** With `start`, time stands still except when advanced; without, it follows the machine's clock. */
  constructor(start?: Date) {
    this.fixed = start !== undefined;
    this.fixedNow = start ? start.getTime() : 0;
    this.offsetMs = 0;
  }

  now(): number {
    return (this.fixed ? this.fixedNow : Date.now()) + this.offsetMs;
  }

  date(): Date {
    return new Date(this.now());
  }

  /** How far the clock has been moved on (persisted by a workspace folder, so `tick` lasts). */
  get advancedMs(): number {
    return this.offsetMs;
  }

  set advancedMs(ms: number) {
    this.offsetMs = Math.max(0, ms);
  }

  advance(ms: number): void {
    if (ms < 0) throw new Error('The clock cannot go backwards.');
    this.offsetMs += ms;
  }

  /** Moves a still clock forward by a little, as real calls take time; a no-op on a live clock. */
  tick(ms: number): void {
    if (this.fixed) this.fixedNow += ms;
  }

  /**
   * A `Date` constructor for the bundle's global scope: same realm as the fakes (so `instanceof Date`
   * holds for dates they return), but `new Date()` and `Date.now()` read this clock.
   */
  dateConstructor(): DateConstructor {
    const clock = this;
    return new Proxy(Date, {
      construct(target, args: unknown[]) {
        if (args.length === 0) return new target(clock.now());
        return Reflect.construct(target, args);
      },
      apply() {
        return new Date(clock.now()).toString();
      },
      get(target, key, receiver) {
        if (key === 'now') return () => clock.now();
        return Reflect.get(target, key, receiver);
      },
    });
  }
}

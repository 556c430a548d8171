// A small seeded random source, so every benchmark run generates exactly the same casework.

const DAY_MS = 86_400_000;

/** Deterministic pseudo-random numbers (mulberry32): same seed, same data, run after run. */
export class Seeded {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** True with probability `p`. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** An element chosen by weight: `[['Open', 3], ['Done', 1]]` gives 'Open' three times in four. */
  weighted<T>(choices: ReadonlyArray<readonly [T, number]>): T {
    const total = choices.reduce((sum, [, w]) => sum + w, 0);
    let at = this.next() * total;
    for (const [value, weight] of choices) {
      at -= weight;
      if (at < 0) return value;
    }
    return choices[choices.length - 1]![0];
  }

  /** A moment `0..days` days before `end`, at a plausible daytime hour. */
  daysBefore(end: Date, days: number): Date {
    const day = Math.floor(this.next() * days);
    const start = new Date(end.getTime() - day * DAY_MS);
    start.setUTCHours(this.int(8, 21), this.int(0, 59), this.int(0, 59), 0);
    return start.getTime() > end.getTime() ? new Date(end.getTime() - DAY_MS) : start;
  }

  /** A date `min..max` days after `from` (midnight UTC), for due dates and hearings. */
  daysAfter(from: Date, min: number, max: number): Date {
    const d = new Date(from.getTime() + this.int(min, max) * DAY_MS);
    d.setUTCHours(0, 0, 0, 0);
    return d;
  }
}

/** Milliseconds in a day, for date arithmetic in the generator. */
export const DAY = DAY_MS;

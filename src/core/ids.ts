// Record ids like ISS-0042: readable on a phone, stable, never reused.

/** Formats the nth id of a table: padded to 4 digits, growing past 9999 without breaking order. */
export function formatId(prefix: string, n: number): string {
  return `${prefix}-${String(n).padStart(4, '0')}`;
}

/** The number inside an id of this prefix, or null for anything else. */
export function idNumber(prefix: string, id: unknown): number | null {
  if (typeof id !== 'string') return null;
  const match = new RegExp(`^${prefix}-(\\d+)$`).exec(id.trim());
  return match ? Number(match[1]) : null;
}

/** Allocates ids after the highest one seen, so concurrent writers under one lock never collide. */
export class IdAllocator {
  private highest: number;

  constructor(
    private readonly prefix: string,
    existing: Iterable<unknown>,
    floor = 0,
  ) {
    let highest = floor;
    for (const id of existing) {
      const n = idNumber(prefix, id);
      if (n !== null && n > highest) highest = n;
    }
    this.highest = highest;
  }

  next(): string {
    this.highest += 1;
    return formatId(this.prefix, this.highest);
  }

  /** The highest number allocated or seen so far. */
  get high(): number {
    return this.highest;
  }
}

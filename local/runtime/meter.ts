// Counts every call the bundle makes to a Google service, per method and per execution.

/** One service call as the product made it, e.g. service 'SpreadsheetApp', method 'Range.getValues'. */
export interface ServiceCall {
  readonly service: string;
  readonly method: string;
  /** 1-based position of this call within its execution. */
  readonly index: number;
  readonly executionId: number;
}

/** Tallies calls as `Service Class.method` keys; the benchmark and the cost model read these. */
export class CallMeter {
  private readonly counts = new Map<string, number>();

  record(call: ServiceCall): void {
    const key = `${call.service} ${call.method}`;
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }

  /** Calls so far keyed by `Service Class.method`, sorted by key. */
  snapshot(): Record<string, number> {
    return Object.fromEntries([...this.counts.entries()].sort(([a], [b]) => a.localeCompare(b)));
  }

  total(): number {
    let sum = 0;
    for (const n of this.counts.values()) sum += n;
    return sum;
  }

  reset(): void {
    this.counts.clear();
  }
}

/** Difference between two snapshots: what happened in between. */
export function callsBetween(
  before: Record<string, number>,
  after: Record<string, number>,
): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [key, n] of Object.entries(after)) {
    const d = n - (before[key] ?? 0);
    if (d > 0) out[key] = d;
  }
  return out;
}

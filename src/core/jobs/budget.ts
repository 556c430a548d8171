// How much of one Apps Script execution long jobs may use: no new chunk near the six-minute limit.

/** Apps Script stops an execution after six minutes; no chunk starts after 4.5 minutes of it. */
export const SOFT_LIMIT_MS = 270_000;
/** Nor one that, taking as long as the longest chunk so far, would end past 5.5 minutes. */
export const HARD_LIMIT_MS = 330_000;

/** Limits for one execution's chunks. */
export interface BudgetLimits {
  /** At most this many chunks in the execution (every job together); no limit when absent. */
  readonly maxChunks?: number;
  readonly softMs?: number;
  readonly hardMs?: number;
}

/**
 * The chunks one execution may still take, measured on `clock` (milliseconds, `Date.now` in the bundle)
 * from `startedAt`, the start of the execution, so jobs run one after another share it.
 */
export class RunBudget {
  private chunks = 0;
  private longest = 0;

  constructor(
    private readonly startedAt: number,
    private readonly clock: () => number,
    private readonly limits: BudgetLimits = {},
  ) {}

  /** Milliseconds since the execution started. */
  get elapsed(): number {
    return this.clock() - this.startedAt;
  }

  /** Chunks taken so far. */
  get taken(): number {
    return this.chunks;
  }

  /** Whether another chunk may start now. */
  allowsChunk(): boolean {
    if (this.limits.maxChunks !== undefined && this.chunks >= this.limits.maxChunks) return false;
    const elapsed = this.elapsed;
    if (elapsed >= (this.limits.softMs ?? SOFT_LIMIT_MS)) return false;
    return elapsed + this.longest <= (this.limits.hardMs ?? HARD_LIMIT_MS);
  }

  /** Runs one chunk, counting it and remembering how long it took. */
  spend<T>(chunk: () => T): T {
    const started = this.clock();
    try {
      return chunk();
    } finally {
      this.chunks++;
      this.longest = Math.max(this.longest, this.clock() - started);
    }
  }
}

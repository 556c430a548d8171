// Retries work that failed because Google was briefly busy; anything else fails at once.

/**
 * Wordings of errors that go away if you wait, as Apps Script prints them (V8 names them 'Exception').
 * - "Service invoked too many times in a short time: <service>. Try Utilities.sleep(1000) between calls."
 *   is the short-term rate limit (developers.google.com/apps-script/guides/services/quotas). Its daily
 *   sibling "Service invoked too many times for one day" is NOT here: waiting seconds cannot help.
 * - "Service Spreadsheets timed out while accessing document with id ..." and "Service Spreadsheets failed
 *   while accessing document with id ..." appear in execution logs under load (UNCONFIRMED in Google's docs).
 * - "We're sorry, a server error occurred. Please wait a bit and try again." (quoted as retryable by
 *   github.com/RomainVialard/ErrorHandler, a widely used backoff library for Apps Script).
 * - "Service error: Spreadsheets" and "Too many simultaneous invocations: Spreadsheets" (the limit of
 *   concurrent executions) are the other short-lived failures reported for Sheets (UNCONFIRMED wording).
 */
export const TRANSIENT_ERRORS: readonly RegExp[] = [
  /Service invoked too many times in a short time/i,
  /Service \w+ timed out/i,
  /Service \w+ failed while accessing/i,
  /server error occurred/i,
  /^(Exception: )?Service error/i,
  /Too many simultaneous invocations/i,
];

/** The message of anything thrown; errors from other realms (the local runtime's fakes) included. */
export function messageOf(error: unknown): string {
  const message = (error as { message?: unknown } | null | undefined)?.message;
  return typeof message === 'string' ? message : String(error);
}

/** True when waiting and trying again may succeed. */
export function isTransient(error: unknown): boolean {
  const message = messageOf(error);
  return TRANSIENT_ERRORS.some((pattern) => pattern.test(message));
}

export interface RetryOptions {
  /** Tries in all, the first included (default 4). */
  readonly attempts?: number;
  /** Wait before the second try; doubles each time (default 500 ms). */
  readonly baseMs?: number;
  /** How to wait (default `Utilities.sleep`, which counts against the 6-minute run limit). */
  readonly sleep?: (ms: number) => void;
  /** Called before each wait, e.g. to note the retry in the log. */
  readonly onRetry?: (error: unknown, attempt: number, waitMs: number) => void;
}

/**
 * The wait before try `attempt + 1`: exponential, plus up to half as much again of jitter. The jitter
 * comes from a fixed low-discrepancy sequence rather than Math.random, so runs (and tests) repeat exactly
 * while two executions retrying together still spread out if their attempt counts differ.
 */
export function backoffMs(attempt: number, baseMs: number): number {
  const exponential = baseMs * 2 ** (attempt - 1);
  const jitter = ((attempt * 0.6180339887) % 1) * (exponential / 2);
  return Math.round(exponential + jitter);
}

/**
 * Runs `work`, retrying it with backoff when it fails with a transient Google error, at most
 * `attempts` tries in all; a permanent error, or the last transient one, is thrown unchanged.
 * `work` must be safe to repeat (re-read what it needs; filing checks the Response ID).
 */
export function withRetry<T>(work: () => T, options: RetryOptions = {}): T {
  const attempts = Math.max(1, options.attempts ?? 4);
  const baseMs = options.baseMs ?? 500;
  const sleep = options.sleep ?? ((ms: number) => Utilities.sleep(ms));
  for (let attempt = 1; ; attempt++) {
    try {
      return work();
    } catch (error) {
      if (attempt >= attempts || !isTransient(error)) throw error;
      const waitMs = backoffMs(attempt, baseMs);
      options.onRetry?.(error, attempt, waitMs);
      sleep(waitMs);
    }
  }
}

// Budget checks: which operations are within budget, which are over (and why), and whether calls stay flat.
import { writeCount } from './costModel';
import type { Budget, Operation } from './operations';
import type { SizeResult } from './runner';

/** The outcome for one operation over all sizes. */
export type Verdict = 'within budget' | 'OVER' | 'failed' | 'not built yet';

/** An operation's verdict with the reasons it is over budget. */
export interface OperationVerdict {
  readonly verdict: Verdict;
  /** `true`/`false` for measured operations whose budget asks for flatness; `null` otherwise. */
  readonly flat: boolean | null;
  readonly reasons: readonly string[];
}

const n = (x: number): string => x.toLocaleString('en-GB');

/**
 * Flat means the round trips at the largest size equal those at the smallest (no allowance: a user action
 * reads each table once whatever its length). Sizes that did not measure are ignored.
 */
export function isFlat(results: readonly SizeResult[]): boolean {
  const measured = results.filter((r) => r.status === 'measured' && r.projection);
  if (measured.length < 2) return true;
  const trips = measured.map((r) => r.projection!.roundTrips);
  return trips.every((t) => t === trips[0]);
}

/** Why one size breaks the budget: an empty list when it does not. */
export function sizeViolations(budget: Budget, r: SizeResult): string[] {
  const p = r.projection;
  if (!p) return [];
  const out: string[] = [];
  const at = `at ${n(r.size)}`;
  if (p.projectedMs > budget.maxProjectedMs) {
    out.push(`projected ${(p.projectedMs / 1000).toFixed(1)} s > ${budget.maxProjectedMs / 1000} s ${at}`);
  }
  if (budget.maxRoundTrips !== undefined && p.roundTrips > budget.maxRoundTrips) {
    out.push(`${p.roundTrips} round trips > ${budget.maxRoundTrips} ${at}`);
  }
  const writes = writeCount(p.byClass);
  if (budget.maxWrites !== undefined && writes > budget.maxWrites) {
    out.push(`${writes} writes > ${budget.maxWrites} ${at}`);
  }
  if (budget.oneReadPerTable) {
    for (const [sheet, reads] of Object.entries(r.readsBySheet ?? {})) {
      if (reads > 1) out.push(`${reads} reads of ${sheet} ${at}`);
    }
    // An update's id check is one single-column read after writing (more only when a sort moved rows).
    for (const [sheet, checks] of Object.entries(r.checksBySheet ?? {})) {
      if (checks > 1) out.push(`${checks} id checks of ${sheet} ${at}`);
    }
  }
  return out;
}

/** Judges one operation over all sizes. */
export function judge(op: Operation, results: readonly SizeResult[]): OperationVerdict {
  if (results.length > 0 && results.every((r) => r.status === 'not built')) {
    return { verdict: 'not built yet', flat: null, reasons: [`${op.entryPoint} is not in build/Code.js`] };
  }
  const failed = results.filter((r) => r.status === 'failed');
  if (failed.length > 0) {
    const reasons = failed.map((r) => `failed at ${n(r.size)}: ${r.error ?? 'unknown error'}`);
    return { verdict: 'failed', flat: null, reasons };
  }
  const reasons = results.flatMap((r) => sizeViolations(op.budget, r));
  for (const r of results.filter((x) => x.status === 'skipped')) reasons.push(`at ${n(r.size)}: ${r.error}`);
  const flat = op.budget.flat ? isFlat(results) : null;
  if (flat === false) {
    const measured = results.filter((r) => r.projection);
    const first = measured[0]!;
    const last = measured[measured.length - 1]!;
    reasons.push(
      `round trips grow with rows: ${first.projection!.roundTrips} at ${n(first.size)} -> ` +
        `${last.projection!.roundTrips} at ${n(last.size)}`,
    );
  }
  return { verdict: reasons.length > 0 ? 'OVER' : 'within budget', flat, reasons };
}

/** Counts for the summary line. */
export interface Summary {
  readonly within: number;
  readonly over: number;
  readonly notBuilt: number;
  readonly failed: number;
}

/** Tallies verdicts. */
export function summarise(verdicts: readonly OperationVerdict[]): Summary {
  const count = (v: Verdict): number => verdicts.filter((x) => x.verdict === v).length;
  return {
    within: count('within budget'),
    over: count('OVER'),
    notBuilt: count('not built yet'),
    failed: count('failed'),
  };
}

/** The summary line: `N operations within budget, M over, K not built yet` (and failures, if any). */
export function summaryLine(s: Summary): string {
  const failed = s.failed > 0 ? `, ${s.failed} failed` : '';
  return `${s.within} operations within budget, ${s.over} over, ${s.notBuilt} not built yet${failed}`;
}

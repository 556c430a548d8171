// Turns measurements into the printed tables and the JSON document compared run to run.
import { COSTS, classify, ROUND_TRIP_FLOOR_MS, writeCount } from './costModel';
import type { Budget, Operation } from './operations';
import type { RunResult, SizeData, SizeResult } from './runner';
import { judge, type OperationVerdict, type Summary, summarise } from './verdict';

/** One operation in bench.json. */
export interface OperationReport {
  readonly name: string;
  readonly kind: Operation['kind'];
  readonly entryPoint: string;
  readonly budget: Budget;
  readonly verdict: OperationVerdict['verdict'];
  readonly flat: boolean | null;
  readonly reasons: readonly string[];
  readonly sizes: readonly SizeResult[];
}

/** bench-results/bench.json. */
export interface BenchReport {
  readonly generatedAt: string;
  readonly node: string;
  readonly costModel: { readonly floorMs: number; readonly classes: typeof COSTS };
  readonly data: readonly SizeData[];
  readonly operations: readonly OperationReport[];
  readonly summary: Summary;
  readonly unclassified: readonly string[];
}

/** Builds the JSON document from a run. */
export function buildReport(run: RunResult, generatedAt = new Date()): BenchReport {
  const operations: OperationReport[] = [...run.results.entries()].map(([op, sizes]) => {
    const v = judge(op, sizes);
    return {
      name: op.name,
      kind: op.kind,
      entryPoint: op.entryPoint,
      budget: op.budget,
      verdict: v.verdict,
      flat: v.flat,
      reasons: v.reasons,
      sizes,
    };
  });
  const unclassified = new Set<string>();
  for (const op of operations)
    for (const s of op.sizes) for (const k of s.projection?.unclassified ?? []) unclassified.add(k);
  return {
    generatedAt: generatedAt.toISOString(),
    node: process.version,
    costModel: { floorMs: ROUND_TRIP_FLOOR_MS, classes: COSTS },
    data: run.sizes,
    operations,
    summary: summarise(operations),
    unclassified: [...unclassified].sort(),
  };
}

const fmt = (x: number): string => x.toLocaleString('en-GB');

function budgetText(op: OperationReport): string {
  const b = op.budget;
  const parts = [`< ${b.maxProjectedMs / 1000} s`];
  if (b.maxRoundTrips !== undefined) parts.unshift(`<= ${b.maxRoundTrips} round trips`);
  if (b.maxWrites !== undefined) parts.push(`<= ${b.maxWrites} writes`);
  if (b.oneReadPerTable) parts.push('one read per table');
  if (b.flat) parts.push('flat');
  return parts.join(', ');
}

type Row = readonly [string, (s: SizeResult) => string];

const ROWS: readonly Row[] = [
  ['round trips', (s) => fmt(s.projection!.roundTrips)],
  ['all calls', (s) => fmt(s.projection!.allCalls)],
  ['writes', (s) => fmt(writeCount(s.projection!.byClass))],
  ['id checks', (s) => fmt(Object.values(s.checksBySheet ?? {}).reduce((a, b) => a + b, 0))],
  ['cells read', (s) => fmt(s.cellsRead ?? 0)],
  ['cells written', (s) => fmt(s.cellsWritten ?? 0)],
  ['JS ms', (s) => s.projection!.jsMs.toFixed(0)],
  ['projected s', (s) => (s.projection!.projectedMs / 1000).toFixed(2)],
];

/** Calls by service and method (the local runtime's counters): round trips by cost class, then local proxy calls. */
function methodKeys(measured: readonly SizeResult[]): string[] {
  const keys = [...new Set(measured.flatMap((s) => Object.keys(s.callCounts ?? {})))];
  const rank = (key: string) => (classify(key) === 'handle' ? 1 : 0);
  return keys.sort(
    (a, b) => rank(a) - rank(b) || classify(a).localeCompare(classify(b)) || a.localeCompare(b),
  );
}

/** One operation as a small table, sizes as columns: the summary, then every call by service and method. */
export function operationTable(op: OperationReport): string {
  const head = `${op.name} (${op.kind}, ${op.entryPoint}) | budget: ${budgetText(op)}`;
  if (op.verdict === 'not built yet') return `${head}\n  not built yet\n`;
  const measured = op.sizes.filter((s) => s.projection);
  const methods = methodKeys(measured).map((key) => [`  ${key} (${classify(key)})`, key] as const);
  const width = Math.max(14, ...methods.map(([label]) => label.length + 1));
  const row = (label: string, cells: readonly string[]) =>
    `  ${label.padEnd(width)}${cells.map((c) => c.padStart(10)).join('')}`;
  const lines = [
    head,
    row(
      '',
      measured.map((s) => fmt(s.size)),
    ),
  ];
  for (const [label, cell] of ROWS) lines.push(row(label, measured.map(cell)));
  if (methods.length > 0) lines.push('  calls by service and method (cost class):');
  for (const [label, key] of methods)
    lines.push(
      row(
        label,
        measured.map((s) => fmt(s.callCounts?.[key] ?? 0)),
      ),
    );
  const flat = op.flat === null ? '' : op.flat ? ' (flat)' : ' (grows)';
  const verdict = op.verdict === 'within budget' ? `within budget${flat}` : `${op.verdict}${flat}`;
  lines.push(`  verdict: ${verdict}`);
  for (const reason of op.reasons.slice(0, 6)) lines.push(`    - ${reason}`);
  if (op.reasons.length > 6) lines.push(`    - ...and ${op.reasons.length - 6} more (see bench.json)`);
  return `${lines.join('\n')}\n`;
}

/** The generated data per size, as one table. */
export function dataTable(data: readonly SizeData[]): string {
  const tables = Object.keys(data[0]?.rows ?? {});
  const lines = [`  ${'rows'.padEnd(14)}${data.map((d) => fmt(d.size).padStart(10)).join('')}`];
  for (const t of tables)
    lines.push(`  ${t.padEnd(14)}${data.map((d) => fmt(d.rows[t] ?? 0).padStart(10)).join('')}`);
  lines.push(
    `  ${'generated in'.padEnd(14)}${data.map((d) => `${(d.generateMs / 1000).toFixed(1)} s`.padStart(10)).join('')}`,
  );
  return `${lines.join('\n')}\n`;
}

// Runs every operation at every size through build/Code.js and measures calls, cells and time.
import type { ExecutionRecord, LocalWorkspace } from '../local';
import { casesSheetWorkspace } from './cases';
import { CellMeter } from './cellMeter';
import { type Projection, project } from './costModel';
import { builtEntryPoints } from './entryPoints';
import { type BenchFixtures, casebookWorkspace } from './generate';
import type { BenchContext, Operation } from './operations';

/** One operation measured at one size. */
export interface SizeResult {
  readonly size: number;
  readonly status: 'measured' | 'failed' | 'not built' | 'skipped';
  readonly error?: string;
  readonly projection?: Projection;
  readonly cellsRead?: number;
  readonly cellsWritten?: number;
  readonly readsBySheet?: Readonly<Record<string, number>>;
  /** Single-column id checks after writing, per sheet (see CellCounts.checksBySheet). */
  readonly checksBySheet?: Readonly<Record<string, number>>;
  readonly callCounts?: Readonly<Record<string, number>>;
  /** Wall time of the run in the local runtime (fakes included), for the curious. */
  readonly localMs?: number;
}

/** What the runner needs. */
export interface RunOptions {
  readonly sizes: readonly number[];
  readonly operations: readonly Operation[];
  readonly now: Date;
  readonly bundlePath?: string;
  /** Rows of the team's Cases sheet at a size (the issue: a 5,000-row sheet). */
  readonly casesRows?: (size: number) => number;
  /**
   * An operation expected (growing at least linearly from its previous size) to take longer than this
   * locally is not run at the larger sizes: it is far over budget already, and a quadratic one would stop
   * the bench finishing in minutes. Default 60 s.
   */
  readonly skipAfterMs?: number;
  /** Called as each size finishes generating and each operation finishes, for progress lines. */
  readonly progress?: (message: string) => void;
}

/** Generated rows per size, for the report. */
export interface SizeData {
  readonly size: number;
  readonly rows: Readonly<Record<string, number>>;
  readonly generateMs: number;
}

/** Everything measured. */
export interface RunResult {
  readonly sizes: readonly SizeData[];
  readonly results: ReadonlyMap<Operation, SizeResult[]>;
}

function measure(op: Operation, ctx: BenchContext, meter: CellMeter): SizeResult {
  const started = performance.now();
  let record: ExecutionRecord;
  try {
    record = op.run(ctx);
  } catch (e) {
    return { size: ctx.size, status: 'failed', error: e instanceof Error ? e.message : String(e) };
  }
  const localMs = performance.now() - started;
  const cells = meter.counts(record.id);
  const jsMs = Math.max(0, record.totalMs - record.fakeMs);
  return {
    size: ctx.size,
    status: record.status === 'completed' ? 'measured' : 'failed',
    ...(record.error === undefined ? {} : { error: record.error }),
    projection: project(record.callCounts, cells, jsMs),
    cellsRead: cells.cellsRead,
    cellsWritten: cells.cellsWritten,
    readsBySheet: cells.readsBySheet,
    checksBySheet: cells.checksBySheet,
    callCounts: record.callCounts,
    localMs,
  };
}

/** Local wall time of each operation's latest run, to skip it at larger sizes once it is too slow. */
type SlowLog = Map<Operation, { readonly ms: number; readonly size: number }>;

function runOn(
  local: LocalWorkspace,
  ops: readonly Operation[],
  base: Omit<BenchContext, 'local'>,
  guard: { readonly built: ReadonlySet<string>; readonly slow: SlowLog; readonly skipAfterMs: number },
  record: (op: Operation, r: SizeResult) => void,
): void {
  const meter = new CellMeter(local.workspace).start();
  try {
    const ctx: BenchContext = { ...base, local };
    for (const op of ops) {
      const last = guard.slow.get(op);
      // Linear growth is the optimistic guess; anything worse only makes skipping more right.
      const expected = last ? (last.ms * base.size) / last.size : 0;
      if (!guard.built.has(op.entryPoint)) record(op, { size: base.size, status: 'not built' });
      else if (expected > guard.skipAfterMs) {
        const error = `not run: took ${(last!.ms / 1000).toFixed(1)} s locally at ${last!.size.toLocaleString('en-GB')}`;
        record(op, { size: base.size, status: 'skipped', error });
      } else {
        const r = measure(op, ctx, meter);
        guard.slow.set(op, { ms: r.localMs ?? 0, size: base.size });
        record(op, r);
      }
    }
  } finally {
    meter.stop();
  }
}

const NO_FIXTURES: BenchFixtures = {
  openIssueId: '',
  urgentIssueId: '',
  memberId: '',
  returningEmail: '',
  openNextStepId: '',
  branch: '',
  meetingId: '',
  agendaIssueIds: [],
};

/** Per size: the adoption operations on a team's Cases sheet, then the casebook, generated once, in order. */
export async function runBench(options: RunOptions): Promise<RunResult> {
  const guard = {
    built: builtEntryPoints(options.bundlePath),
    slow: new Map() as SlowLog,
    skipAfterMs: options.skipAfterMs ?? 60_000,
  };
  const results = new Map<Operation, SizeResult[]>(options.operations.map((op) => [op, []]));
  const record = (op: Operation, r: SizeResult): void => {
    results.get(op)!.push(r);
    const took = r.localMs === undefined ? '' : ` in ${(r.localMs / 1000).toFixed(1)} s`;
    options.progress?.(`  ${op.name} @ ${r.size}: ${r.status}${took}`);
  };
  const sizes: SizeData[] = [];
  const casesRows = options.casesRows ?? ((size: number) => Math.min(size, 5000));
  for (const size of options.sizes) {
    // The adoption runs first, before this size's casebook fills the heap, so GC pauses don't skew its JS time.
    const base = { size, fixtures: NO_FIXTURES, now: options.now, shared: new Map<string, unknown>() };
    for (const op of options.operations.filter((o) => o.workspace === 'cases-sheet')) {
      runOn(await casesSheetWorkspace(casesRows(size), options.now), [op], base, guard, record);
    }
    const started = performance.now();
    const { local, data } = await casebookWorkspace(size, options.now);
    const generateMs = performance.now() - started;
    sizes.push({ size, rows: data.rows, generateMs });
    options.progress?.(`${size} issues generated in ${(generateMs / 1000).toFixed(1)} s`);
    const casebookOps = options.operations.filter((op) => op.workspace === 'casebook');
    runOn(local, casebookOps, { ...base, fixtures: data.fixtures }, guard, record);
  }
  return { sizes, results };
}

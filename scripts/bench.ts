// `npm run bench`: runs build/Code.js in the local runtime on generated casework and checks the budgets.
//
// Usage: tsx scripts/bench.ts [--sizes 100,1000,10000,50000] [--only "Form submission,Daily digest"]
//                             [--out bench-results/bench.json] [--quiet]
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { capacityTable } from '../bench/capacity';
import { OPERATIONS } from '../bench/operations';
import { buildReport, dataTable, operationTable } from '../bench/report';
import { runBench } from '../bench/runner';
import { summaryLine } from '../bench/verdict';

/** The instant the generated casework is "now": fixed, so every run generates the same data. */
const NOW = new Date('2026-11-20T10:00:00Z');

function option(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

async function main(): Promise<void> {
  const sizes = (option('sizes') ?? '100,1000,10000,50000').split(',').map(Number);
  const only = option('only')
    ?.split(',')
    .map((s) => s.trim().toLowerCase());
  const out = option('out') ?? join(__dirname, '..', 'bench-results', 'bench.json');
  const quiet = process.argv.includes('--quiet');
  const operations = only ? OPERATIONS.filter((op) => only.includes(op.name.toLowerCase())) : OPERATIONS;
  const started = performance.now();
  const run = await runBench({
    sizes,
    operations,
    now: NOW,
    progress: (m) => {
      if (!quiet) console.log(m);
    },
  });
  const report = buildReport(run);
  console.log(`\nGenerated casework\n${dataTable(report.data)}`);
  for (const op of report.operations) console.log(operationTable(op));
  console.log(`Past one spreadsheet (cells from src/core/schema)\n${capacityTable()}`);
  if (report.unclassified.length > 0) {
    console.log(`Calls not in the cost model (charged as reads): ${report.unclassified.join(', ')}\n`);
  }
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`Wrote ${out} in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
  console.log(summaryLine(report.summary));
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? (e.stack ?? e.message) : String(e));
  process.exit(1);
});

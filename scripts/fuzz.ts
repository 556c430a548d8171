// Longer property runs than CI: the reliability properties at a random (printed) seed with many more runs.
import { spawnSync } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { join } from 'node:path';

/** Seed from `--seed N` (to replay a failure) or a fresh random one; runs from `--runs N` (bundle runs). */
function options(argv: readonly string[]): { seed: number; bundleRuns: number; pureRuns: number } {
  const value = (flag: string): number | undefined => {
    const at = argv.indexOf(flag);
    return at >= 0 ? Number(argv[at + 1]) : undefined;
  };
  const bundleRuns = value('--runs') ?? 500;
  return { seed: value('--seed') ?? randomInt(2 ** 31 - 1), bundleRuns, pureRuns: bundleRuns * 100 };
}

function main(): void {
  const { seed, bundleRuns, pureRuns } = options(process.argv.slice(2));
  console.log(`fuzz: seed ${seed}, ${pureRuns} runs per pure property, ${bundleRuns} bundle submissions`);
  console.log(`replay with: npm run fuzz -- --seed ${seed} --runs ${bundleRuns}`);
  const root = join(__dirname, '..');
  const result = spawnSync(
    process.execPath,
    [
      join(root, 'node_modules', 'jest', 'bin', 'jest.js'),
      '--testTimeout=3600000',
      'test/reliability/.*property',
    ],
    {
      cwd: root,
      stdio: 'inherit',
      env: {
        ...process.env,
        FUZZ_SEED: String(seed),
        FUZZ_PURE_RUNS: String(pureRuns),
        FUZZ_BUNDLE_RUNS: String(bundleRuns),
      },
    },
  );
  if (result.status !== 0) console.log(`fuzz failed at seed ${seed}: replay with the command above.`);
  process.exit(result.status ?? 1);
}

main();

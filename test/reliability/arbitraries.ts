// Hostile and messy input for property tests: unicode, formula prefixes, markup, number-like text, the corpus.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';

/** Fixed seed and run counts so CI is deterministic; `npm run fuzz` overrides both (see scripts/fuzz.ts). */
export const PROPERTY_SEED = Number(process.env.FUZZ_SEED ?? 20261120);
/** Runs per pure property (fast: microseconds each). */
export const PURE_RUNS = Number(process.env.FUZZ_PURE_RUNS ?? 1500);
/** Runs per property through the bundle (each one is a form submission in the local runtime). */
export const BUNDLE_RUNS = Number(process.env.FUZZ_BUNDLE_RUNS ?? 40);

/** fast-check parameters shared by every property. */
export function settings(numRuns: number): fc.Parameters<unknown> {
  return { seed: PROPERTY_SEED, numRuns, endOnFailure: true };
}

/** One entry of test/fixtures/bad-inputs.json, expanded. */
export interface BadInput {
  readonly name: string;
  readonly text: string;
}

interface CorpusFile {
  readonly entries: ReadonlyArray<{ name: string; text?: string; repeat?: string; times?: number }>;
}

/** The known-bad corpus, with repeated entries built out. */
export function badInputs(): BadInput[] {
  const file = JSON.parse(
    readFileSync(join(__dirname, '..', 'fixtures', 'bad-inputs.json'), 'utf8'),
  ) as CorpusFile;
  return file.entries.map((e) => ({
    name: e.name,
    text: e.text ?? (e.repeat ?? '').repeat(e.times ?? 1),
  }));
}

const SHORT_CORPUS = badInputs()
  .filter((b) => b.text.length < 1000)
  .map((b) => b.text);

/** Any UTF-16 code unit, lone surrogates included (what a broken client or a paste can send). */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n));

/** Text that Sheets might read as a number, date, time, boolean or currency. */
export const numberLike: fc.Arbitrary<string> = fc.oneof(
  fc.integer().map(String),
  fc.nat(99999).map((n) => `00${n}`),
  fc.double({ noNaN: true }).map(String),
  fc
    .tuple(
      fc.integer({ min: 1, max: 31 }),
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 0, max: 2099 }),
    )
    .map(([d, m, y]) => `${d}/${m}/${y}`),
  fc.tuple(fc.nat(23), fc.nat(59)).map(([h, m]) => `${h}:${String(m).padStart(2, '0')}`),
  fc.constantFrom('TRUE', 'false', ' true ', '1,234', '£5', '50%', '(12)', '.5', '1.', '12:30 pm', '-0'),
);

/** A prefix that makes Sheets (or a CSV opened in Excel) treat text as a formula. */
const formulaPrefix = fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', "'", ' =');

/** Markup that must never be rendered from data. */
const markup = fc.constantFrom(
  '<img src=x onerror=alert(1)>',
  '</script><script>alert(1)</script>',
  'javascript:alert(1)',
  '<?!= x ?>',
  '<b>bold</b>',
  '&lt;',
);

/** Messy, hostile text of every kind this suite knows about. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: codeUnit, maxLength: 30 }),
  fc.tuple(formulaPrefix, fc.string({ maxLength: 30 })).map(([p, s]) => p + s),
  fc.tuple(fc.string({ maxLength: 10 }), markup, fc.string({ maxLength: 10 })).map((p) => p.join('')),
  numberLike,
  fc.constantFrom(...SHORT_CORPUS),
);

/** Values a sidebar payload or a hand-edited cell can carry: JSON values plus dates and odd numbers. */
export const anyCellInput: fc.Arbitrary<unknown> = fc.oneof(
  hostileText,
  fc.jsonValue({ maxDepth: 2 }),
  fc.date(),
  fc.constantFrom(
    Number.NaN,
    Number.POSITIVE_INFINITY,
    -0,
    null,
    undefined,
    true,
    false,
    new Date(Number.NaN),
  ),
);

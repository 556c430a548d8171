// The known-bad corpus (test/fixtures/bad-inputs.json), through neutralisation and through intake in the bundle.
import type { LocalWorkspace } from '../../local';
import { enter } from '../../local/spreadsheet/typed-input';
import { neutraliseText } from '../../src/core/cells';
import { CELL_TEXT_LIMIT } from '../../src/core/longText';
import { cleanLine, cleanParagraph } from '../../src/core/normalise/text';
import { type BadInput, badInputs } from './arbitraries';
import { formulaCells, person, readyWorkspace } from './harness';

const TYPED_INPUT = { timeZone: 'Europe/London', now: new Date('2026-11-20T10:00:00Z'), plainText: false };

/** Entries `neutraliseText` does not yet protect (see the KNOWN GAP in cells.property.test.ts). */
const NEUTRALISE_GAP = new Set([
  'ISO date-time',
  'month-name date',
  'US month-name date',
  'exponent',
  'exponent with spaces',
  'currency then minus',
]);

/**
 * Entries intake does not keep exactly today: the spreadsheet form-submit event carries the answers as
 * the "Form responses" sheet displays them, and that sheet types them ("00123" -> 123, "1/2/2024" ->
 * 01/02/2024, "false" -> FALSE, a leading apostrophe vanishes), plus the NEUTRALISE_GAP entries. KNOWN GAP,
 * see the report; the it.failing test below turns green when they are kept or flagged.
 */
const TYPED_BY_RESPONSE_SHEET = new Set([
  ...NEUTRALISE_GAP,
  'apostrophe first',
  'two apostrophes',
  'leading zeros',
  'UK date',
  'boolean false',
  'time',
]);

const CORPUS = badInputs();
const LONG = CORPUS.filter((b) => b.text.length > 49000);
const SHORT = CORPUS.filter((b) => b.text.length <= 49000 && !TYPED_BY_RESPONSE_SHEET.has(b.name));
const TYPED = CORPUS.filter((b) => TYPED_BY_RESPONSE_SHEET.has(b.name));

/** Cells holding more than Sheets allows (the fake's appendRow does not refuse them yet). */
function overlongCells(local: LocalWorkspace): string[] {
  const out: string[] = [];
  for (const sheet of local.boundSpreadsheet().sheets) {
    if (/^Form responses/.test(sheet.name)) continue;
    sheet.values().forEach((row, r) => {
      row.forEach((v, c) => {
        if (typeof v === 'string' && v.length > CELL_TEXT_LIMIT) out.push(`${sheet.name}!${r + 1},${c + 1}`);
      });
    });
  }
  return out;
}

/** Submits `text` as the name, landlord and description of one response; what intake made of it. */
function submitBad(local: LocalWorkspace, bad: BadInput, i: number) {
  local.workspace.clock.advance(1000);
  const answers = {
    ...person(i),
    'Your name': bad.text,
    'Landlord’s name': bad.text,
    'Tell us what is happening': bad.text,
  };
  const run = local.submitForm(answers);
  const issues = local.records('Issues');
  const issue = issues.at(-1);
  const member = local.records('Members').find((m) => m['Member ID'] === issue?.['Member ID']);
  return {
    status: run.executions[0]?.execution.status,
    error: run.executions[0]?.execution.error,
    issue,
    member,
  };
}

/** Files each entry in one workspace; every way one was not kept exactly (after cleaning), in words. */
async function fileAll(entries: readonly BadInput[]): Promise<{ local: LocalWorkspace; problems: string[] }> {
  const local = await readyWorkspace();
  const problems: string[] = [];
  entries.forEach((bad, i) => {
    const got = submitBad(local, bad, i + 1);
    if (got.status !== 'completed') problems.push(`${bad.name}: ${got.status} ${got.error}`);
    const description = cleanParagraph(bad.text);
    if (description !== '' && !String(got.issue?.Description).startsWith(description))
      problems.push(`${bad.name}: description stored as ${JSON.stringify(got.issue?.Description)}`);
    if (cleanLine(bad.text) !== '' && got.issue?.Landlord !== cleanLine(bad.text))
      problems.push(`${bad.name}: landlord stored as ${JSON.stringify(got.issue?.Landlord)}`);
  });
  return { local, problems };
}

describe('the known-bad corpus', () => {
  it.each(CORPUS.filter((b) => !NEUTRALISE_GAP.has(b.name)).map((b) => [b.name, b] as const))(
    'neutralised "%s" reads back exactly, never as a formula',
    (_name, bad) => {
      const entry = enter(neutraliseText(bad.text), TYPED_INPUT);
      expect(entry.formula).toBeUndefined();
      expect(entry.value).toBe(bad.text);
    },
  );

  it(`files all ${SHORT.length} short entries through the form, kept exactly after cleaning, no formulas`, async () => {
    const { local, problems } = await fileAll(SHORT);
    expect(problems).toEqual([]);
    expect(formulaCells(local)).toEqual([]);
    expect(overlongCells(local)).toEqual([]);
  });

  it.failing(`KNOWN GAP: keeps the ${TYPED.length} number-, date- and apostrophe-like entries as typed, or flags them`, async () => {
    const { problems } = await fileAll(TYPED);
    expect(problems).toEqual([]);
  });
  // KNOWN GAP: fileIntake writes a 60,000-character description into one cell, which real Sheets refuses
  // (so the response is never filed). Fix: fitRecord from src/core/longText.ts (see report); then flip to it().
  it.each(LONG.map((b) => [b.name, b] as const))(
    'keeps every character of the %s, no cell over the limit',
    async (_name, bad) => {
      const local = await readyWorkspace();
      const got = submitBad(local, bad, 1);
      expect(got.status).toBe('completed');
      expect(overlongCells(local)).toEqual([]);
      const review = local.records('Intake review').filter((r) => r['Filed as'] === got.issue?.['Issue ID']);
      const stored = [String(got.issue?.Description), ...review.map((r) => String(r.Answers))].join('');
      expect(stored).toContain(cleanParagraph(bad.text).slice(0, 1000));
      expect(stored.length).toBeGreaterThanOrEqual(cleanParagraph(bad.text).length);
    },
  );

  it.todo(
    'no sidebar renders markup from data: each entry shown in the issue side panel stays text (needs the panel)',
  );
});

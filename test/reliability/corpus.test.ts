// The known-bad corpus (test/fixtures/bad-inputs.json), through neutralisation and through intake in the bundle.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LocalWorkspace } from '../../local';
import { formsState } from '../../local/forms';
import { enter } from '../../local/spreadsheet/typed-input';
import { neutraliseText } from '../../src/core/cells';
import { responseKey } from '../../src/core/intake/responseKey';
import { CELL_TEXT_LIMIT } from '../../src/core/longText';
import { cleanLine, cleanParagraph } from '../../src/core/normalise/text';
import { renderAttention } from '../../src/ui/sidebar/client/attention';
import { renderIssue } from '../../src/ui/sidebar/client/issue';
import type { Attention, IssueCard } from '../../src/ui/sidebar/client/types';
import { surfacePage } from '../../src/ui/sidebar/page';
import { type BadInput, badInputs } from './arbitraries';
import { installFakeDocument } from './fakeDom';
import { formulaCells, person, readyWorkspace } from './harness';

const CLIENT_DIR = join(__dirname, '..', '..', 'src', 'ui', 'sidebar', 'client');
const TYPED_INPUT = { timeZone: 'Europe/London', now: new Date('2026-11-20T10:00:00Z'), plainText: false };

/** Entries the "Form responses" sheet types into dates or numbers (neutralisation protects them in our own writes). */
const SHEET_PARSES = new Set([
  'ISO date-time',
  'month-name date',
  'US month-name date',
  'exponent',
  'exponent with spaces',
  'currency then minus',
]);

/**
 * Entries intake cannot keep exactly on submit: the spreadsheet form-submit event carries the answers as
 * the "Form responses" sheet displays them, and that sheet types them ("00123" -> 123, "1/2/2024" ->
 * 01/02/2024, "false" -> FALSE, a leading apostrophe vanishes), plus the SHEET_PARSES entries. They are
 * flagged on submit where that can be seen, and put back as typed by the hourly job (tests below).
 */
const TYPED_BY_RESPONSE_SHEET = new Set([
  ...SHEET_PARSES,
  'apostrophe first',
  'two apostrophes',
  'leading zeros',
  'UK date',
  'boolean false',
  'time',
]);

/** Every tag written as a literal in the client's `el('…')` calls: a tag from anywhere else came from data. */
const CLIENT_TAGS = new Set([
  'body',
  ...readdirSync(CLIENT_DIR).flatMap((f) =>
    [...readFileSync(join(CLIENT_DIR, f), 'utf8').matchAll(/\bel\(\s*'([a-z0-9]+)'/g)].map((m) => m[1]!),
  ),
]);

const CORPUS = badInputs();
const LONG = CORPUS.filter((b) => b.text.length > 49000);
const SHORT = CORPUS.filter((b) => b.text.length <= 49000 && !TYPED_BY_RESPONSE_SHEET.has(b.name));
const APOSTROPHES = CORPUS.filter((b) => b.name === 'apostrophe first' || b.name === 'two apostrophes');
const RETYPED = CORPUS.filter((b) => TYPED_BY_RESPONSE_SHEET.has(b.name) && !APOSTROPHES.includes(b));

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

/** Submits `text` as the name, landlord and description of one response; how its execution went. */
function submitBad(local: LocalWorkspace, bad: BadInput, i: number) {
  local.workspace.clock.advance(1000);
  const answers = {
    ...person(i),
    'Your name': bad.text,
    'Landlord’s name': bad.text,
    'Tell us what is happening': bad.text,
  };
  const run = local.submitForm(answers);
  return { status: run.executions[0]?.execution.status, error: run.executions[0]?.execution.error };
}

/** The issue the `i`th submission made (issues are filed in order), and its member. */
function filedAs(local: LocalWorkspace, i: number) {
  const issue = local.records('Issues')[i];
  const member = local.records('Members').find((m) => m['Member ID'] === issue?.['Member ID']);
  return { issue, member };
}

/** The response key of each of the form's own responses, as `fromFormResponse` computes it. */
function formKeys(local: LocalWorkspace): string[] {
  const form = formsState(local.workspace).forms.get(local.documentProperty('intakeFormId')!)!;
  const shown = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    ...{
      day: 'numeric',
      month: 'numeric',
      year: 'numeric',
      hour: 'numeric',
      minute: '2-digit',
      second: '2-digit',
    },
    hourCycle: 'h23',
  });
  return form.responses.map((r) => {
    const answers = Object.fromEntries(
      r.answers.map((a) => [form.items.find((i) => i.id === a.itemId)!.title, a.answer]),
    );
    const p = Object.fromEntries(shown.formatToParts(new Date(r.timestamp)).map((x) => [x.type, x.value]));
    return responseKey(`${p.day}/${p.month}/${p.year} ${Number(p.hour)}:${p.minute}:${p.second}`, answers);
  });
}

/** Files each entry in one workspace; every way one was not kept exactly (after cleaning), in words. */
let shortRun: ReturnType<typeof fileAll> | undefined;
/** The short entries filed once, shared by the tests that need them. */
const filedShort = () => (shortRun ??= fileAll(SHORT));

/**
 * Files every entry, then (with `hourlyJob`) runs the hourly reconcileIntake, as a volunteer would see the
 * casework after the next hour; returns every entry whose name, landlord or description is not as typed.
 */
async function fileAll(
  entries: readonly BadInput[],
  hourlyJob = false,
): Promise<{ local: LocalWorkspace; problems: string[] }> {
  const local = await readyWorkspace();
  const problems: string[] = [];
  entries.forEach((bad, i) => {
    const got = submitBad(local, bad, i + 1);
    if (got.status !== 'completed') problems.push(`${bad.name}: ${got.status} ${got.error}`);
  });
  if (hourlyJob) local.run('reconcileIntake');
  entries.forEach((bad, i) => {
    const { issue, member } = filedAs(local, i);
    const description = cleanParagraph(bad.text);
    if (description !== '' && !String(issue?.Description).startsWith(description))
      problems.push(`${bad.name}: description stored as ${JSON.stringify(issue?.Description)}`);
    if (cleanLine(bad.text) !== '' && issue?.Landlord !== cleanLine(bad.text))
      problems.push(`${bad.name}: landlord stored as ${JSON.stringify(issue?.Landlord)}`);
    if (hourlyJob && cleanLine(bad.text) !== '' && member?.Name !== cleanLine(bad.text))
      problems.push(`${bad.name}: name stored as ${JSON.stringify(member?.Name)}`);
  });
  return { local, problems };
}

describe('the known-bad corpus', () => {
  it.each(CORPUS.map((b) => [b.name, b] as const))(
    'neutralised "%s" reads back exactly, never as a formula',
    (_name, bad) => {
      const entry = enter(neutraliseText(bad.text), TYPED_INPUT);
      expect(entry.formula).toBeUndefined();
      expect(entry.value).toBe(bad.text);
    },
  );

  it(`files all ${SHORT.length} short entries through the form, kept exactly after cleaning, no formulas`, async () => {
    const { local, problems } = await filedShort();
    expect(problems).toEqual([]);
    expect(formulaCells(local)).toEqual([]);
    expect(overlongCells(local)).toEqual([]);
  });

  it(`keeps the ${RETYPED.length} number-, date- and time-like entries as typed, or flags them for review`, async () => {
    const local = await readyWorkspace();
    const unflagged: string[] = [];
    RETYPED.forEach((bad, i) => {
      expect(submitBad(local, bad, i + 1).status).toBe('completed');
      const { issue } = filedAs(local, i);
      const reasons = local
        .records('Intake review')
        .filter((r) => r['Filed as'] === issue?.['Issue ID'])
        .map((r) => String(r.Reason))
        .join('\n');
      const landlord = String(issue?.Landlord);
      const keptOrFlagged = landlord === cleanLine(bad.text) || reasons.includes(`shows "${landlord}"`);
      if (!keptOrFlagged)
        unflagged.push(`${bad.name}: landlord stored as ${JSON.stringify(landlord)}, not flagged`);
    });
    expect(unflagged).toEqual([]);
  });

  // The responses sheet consumes a leading apostrophe, so the event cannot show it; the hourly job reads the
  // form's own responses and puts back what was typed.
  it(`keeps the ${APOSTROPHES.length} apostrophe-first entries as typed, after the hourly job`, async () => {
    const { problems } = await fileAll(APOSTROPHES, true);
    expect(problems).toEqual([]);
  });

  // The key is what links the form's own response to the issue filed from its sheet row. Where the sheet
  // retypes a name or story beyond its leading zeros, the hourly job links them by second and answers.
  it('gives the form’s own response and its sheet row the same response key, but for retyped names', async () => {
    const entries = [...SHORT.slice(0, 12), ...APOSTROPHES, ...RETYPED];
    const { local } = await fileAll(entries);
    const filed = local.records('Issues').map((i) => i['Response ID']);
    const differ = formKeys(local).flatMap((key, i) => (key === filed[i] ? [] : [entries[i]!.name]));
    expect(differ).toEqual([
      'ISO date-time',
      'US month-name date',
      'exponent',
      'exponent with spaces',
      'time',
      'currency then minus',
    ]);
  });

  it(`keeps the ${RETYPED.length} retyped entries as typed after the hourly job, their flags resolved`, async () => {
    const { local, problems } = await fileAll(RETYPED, true);
    expect(problems).toEqual([]);
    expect(local.records('Intake review').filter((r) => r.Status === 'To review')).toEqual([]);
    expect(formulaCells(local)).toEqual([]);
  });

  // A cell holds 50,000 characters: a longer description keeps its first part in the cell and continues in
  // Intake review rows, so every character is kept and no cell is over the limit.
  it.each(LONG.map((b) => [b.name, b] as const))(
    'keeps every character of the %s, no cell over the limit',
    async (_name, bad) => {
      const local = await readyWorkspace();
      expect(submitBad(local, bad, 1).status).toBe('completed');
      expect(overlongCells(local)).toEqual([]);
      const { issue } = filedAs(local, 0);
      const review = local.records('Intake review').filter((r) => r['Filed as'] === issue?.['Issue ID']);
      const stored = [String(issue?.Description), ...review.map((r) => String(r.Answers))].join('');
      expect(stored).toContain(cleanParagraph(bad.text).slice(0, 1000));
      expect(stored.length).toBeGreaterThanOrEqual(cleanParagraph(bad.text).length);
    },
  );

  // The side panel pages are static (surfacePage puts no data in them); the client renders the server's JSON
  // with createElement/textContent only. Driven here through the real client functions in a recording DOM.
  it(`no side panel view renders markup from data: all ${SHORT.length} short entries stay text`, async () => {
    const { local } = await filedShort();
    const attention = local.run('needsAttention') as Attention;
    const cards = local.records('Issues').map((i) => local.run('openIssueCard', i['Issue ID']) as IssueCard);
    const { page, restore } = installFakeDocument();
    try {
      renderAttention(attention);
      for (const card of cards) renderIssue(card);
    } finally {
      restore();
    }
    expect(page.markupWrites).toEqual([]);
    expect([...page.tags].filter((t) => !CLIENT_TAGS.has(t))).toEqual([]);
    const risky = page.attributes.filter(
      ([name, value]) => /^on/i.test(name) || (/^(href|src)$/i.test(name) && !value.startsWith('https://')),
    );
    expect(risky).toEqual([]);
    const shown = page.texts.join('\n');
    const hidden = SHORT.filter((b) => cleanLine(b.text) !== '' && !shown.includes(cleanLine(b.text)));
    expect(hidden.map((b) => b.name)).toEqual([]);
    const html = ['attention', 'issue', 'decision'].map((s) => surfacePage(s as 'issue')).join('');
    expect(SHORT.filter((b) => cleanLine(b.text).length > 3 && html.includes(cleanLine(b.text)))).toEqual([]);
  });
});

// Properties of pure intake: any answers, under any titles, are parsed without throwing and without losing text.
import fc from 'fast-check';
import { answerText, matchAnswers, type NamedAnswers } from '../../src/core/intake/answers';
import { parseIntake } from '../../src/core/intake/parse';
import { type IntakeField, QUESTIONS } from '../../src/core/intake/questions';
import { cleanLine, cleanParagraph } from '../../src/core/normalise/text';
import { CATEGORIES } from '../../src/core/schema/enums';
import { hostileText, PURE_RUNS, settings } from './arbitraries';

/** Choice answers intake turns into Yes/No on purpose (the form offers only these choices). */
const YES_NO_FIELDS: ReadonlySet<IntakeField> = new Set([
  'alreadyMember',
  'wantsToResist',
  'consentContact',
  'consentPublicity',
]);

const KNOWN_TITLES = QUESTIONS.flatMap((q) => (q.field ? [q.title, ...(q.aliases ?? [])] : []));

/** Titles as the intake form, teams' own forms, or a hostile client could send them. */
const title = fc.oneof(
  fc.constantFrom(...KNOWN_TITLES),
  fc.constantFrom(...KNOWN_TITLES).map((t) => `  ${t.toUpperCase()}: `),
  fc.constantFrom('Timestamp', '__proto__', 'constructor', 'toString', ''),
  hostileText,
);

/** An answer: text, or checkbox lists. */
const answer = fc.oneof(hostileText, fc.array(hostileText, { maxLength: 3 }));

const answersArb: fc.Arbitrary<NamedAnswers> = fc
  .array(fc.tuple(title, answer), { maxLength: 8 })
  .map((pairs) => {
    const out: Record<string, string | string[]> = {};
    for (const [t, a] of pairs) Object.defineProperty(out, t, { value: a, enumerable: true, writable: true });
    return out;
  });

/** Every string a parsed intake keeps (member, issue and the problems flagged for review). */
function keptTexts(answers: NamedAnswers): string[] {
  const parsed = parseIntake(matchAnswers(answers), 'Europe/London');
  const values = [...Object.values(parsed.member), ...Object.values(parsed.issue), ...parsed.problems];
  return values.filter((v): v is string => typeof v === 'string');
}

/** True when the answer's text survives parsing (after the documented cleaning) or is flagged. */
function isKept(field: IntakeField | undefined, text: string, kept: readonly string[]): boolean {
  if (field && YES_NO_FIELDS.has(field)) return true;
  const forms = [cleanParagraph(text), cleanLine(text), cleanLine(text).toLowerCase()];
  if (forms.some((f) => kept.some((k) => k.includes(f)))) return true;
  // Normalised contact details and parsed dates are kept in their normal form (tested in test/core).
  return (
    field === 'phone' ||
    field === 'postcode' ||
    ['noticeServed', 'courtHearing', 'bailiffDate'].includes(field ?? '')
  );
}

describe('parsing any form answers', () => {
  it('never throws, and keeps every answer that is not a Yes/No choice', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const matched = matchAnswers(answers);
        const kept = keptTexts(answers);
        const placed = new Map(Object.entries(matched.fields).map(([f, a]) => [a, f as IntakeField]));
        for (const [t, raw] of Object.entries(answers)) {
          const text = answerText(raw);
          if (text.trim() === '' || cleanLine(t).toLowerCase() === 'timestamp') continue;
          const field = placed.get(text);
          if (field === 'category') continue; // mapped to a category; the words are checked below
          expect({ title: t, text, kept: isKept(field, text, kept) }).toEqual({ title: t, text, kept: true });
        }
      }),
      settings(PURE_RUNS),
    );
  });

  it('keeps the category when it is one of the form choices, whatever its case and spacing', () => {
    fc.assert(
      fc.property(fc.constantFrom(...CATEGORIES), (category) => {
        const parsed = parseIntake(matchAnswers({ 'Issue type': ` ${category.toUpperCase()} ` }), 'UTC');
        expect(parsed.issue.Category).toBe(category);
      }),
      settings(100),
    );
  });

  // A team's own form with a free-text "Issue type": "Mould, and the boiler" becomes Category "Disrepair" and
  // the words are kept in the description too.
  it('keeps a free-text category answer that is not one of the choices', () => {
    const kept = keptTexts({ 'Issue type': 'Mould, and the boiler is broken' });
    expect(kept.some((k) => k.includes('Mould, and the boiler is broken'))).toBe(true);
  });
});

// Matches a response's answers to intake fields by question title, keeping every answer it cannot place.
import { headerKey } from '../headerKey';
import { type IntakeField, QUESTIONS } from './questions';

/** A response's answers keyed by question title, as both form-submit events can give them. */
export type NamedAnswers = Readonly<Record<string, string | readonly string[]>>;

export interface MatchedAnswers {
  readonly fields: Partial<Record<IntakeField, string>>;
  /** Answers to questions intake does not know: kept in the description, never dropped. */
  readonly unmapped: ReadonlyArray<{ readonly title: string; readonly answer: string }>;
}

const FIELD_BY_KEY = (() => {
  const map = new Map<string, IntakeField>();
  for (const q of QUESTIONS) {
    if (!q.field) continue;
    for (const title of [q.title, ...(q.aliases ?? [])]) map.set(headerKey(title), q.field);
  }
  return map;
})();

const FIELD_NAMES = new Set<string>(QUESTIONS.flatMap((q) => (q.field ? [q.field] : [])));

/** Joins multi-valued answers (checkboxes) the way a sheet shows them. */
export function answerText(answer: string | readonly string[] | undefined): string {
  if (answer === undefined) return '';
  return typeof answer === 'string' ? answer : answer.join(', ');
}

/**
 * Places each answer by its question's title (case, spacing and punctuation ignored, aliases known),
 * then by the team's Settings mapping ("Question: <title>" = field name or its usual title).
 */
export function matchAnswers(
  answers: NamedAnswers,
  questionMap: Readonly<Record<string, string>> = {},
): MatchedAnswers {
  const extra = new Map<string, IntakeField>();
  for (const [title, target] of Object.entries(questionMap)) {
    const field = FIELD_NAMES.has(target) ? (target as IntakeField) : FIELD_BY_KEY.get(headerKey(target));
    if (field) extra.set(headerKey(title), field);
  }
  const fields: Partial<Record<IntakeField, string>> = {};
  const unmapped: Array<{ title: string; answer: string }> = [];
  for (const [title, raw] of Object.entries(answers)) {
    if (headerKey(title) === 'timestamp') continue;
    const answer = answerText(raw);
    const field = extra.get(headerKey(title)) ?? FIELD_BY_KEY.get(headerKey(title));
    if (field && fields[field] === undefined) fields[field] = answer;
    else if (answer.trim() !== '') unmapped.push({ title, answer });
  }
  return { fields, unmapped };
}

/** A ghost submission (a known Sheets quirk): every answer empty. */
export function isGhost(answers: NamedAnswers): boolean {
  return Object.entries(answers).every(
    ([title, a]) => headerKey(title) === 'timestamp' || answerText(a).trim() === '',
  );
}

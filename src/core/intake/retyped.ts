// Answers the "Form responses" sheet may have changed: it types what people wrote, as if into a cell.

import { headerKey } from '../headerKey';
import { normalisePhone } from '../normalise/contact';
import { answerText, matchAnswers, type NamedAnswers } from './answers';

/** The words every retyped-answer reason carries, so the hourly check can find them again. */
const RETYPED_MARK = 'which the Form responses sheet may have changed';
const RETYPED_LINE = new RegExp(`^"(.*)" shows ".*", ${RETYPED_MARK}`);

/** What a sheet shows after typing: a plain number, a date or time, or TRUE/FALSE. */
const SHOWN_AS_TYPED = [
  /^[-+]?\d[\d,]*(\.\d+)?(e[-+]?\d+)?$/i,
  /^\d{1,2}\/\d{1,2}\/\d{2,4}( \d{1,2}:\d{2}(:\d{2})?)?$/,
  /^\d{1,2}:\d{2}(:\d{2})?( \d{1,2}:\d{2}(:\d{2})?)?$/,
  /^(true|false)$/i,
  /^\d{4}-\d{2}-\d{2}( \d{1,2}:\d{2}(:\d{2})?)?$/,
  /^\d{1,2} [a-z]+ \d{4}$/i,
  /^-?[£$€]-?[\d,]+(\.\d+)?$/,
  /^-?[\d.,]+%$/,
];

/**
 * Review reasons for answers that look like the sheet's typing of them ("00123" shows as 123, "1/2/24" as
 * 01/02/2024): they are kept as shown and flagged, so a volunteer can check the form's own response.
 */
export function retypedAnswers(answers: NamedAnswers): string[] {
  const out: string[] = [];
  // A phone the sheet turned into a number is recovered by the phone rules (the lost 0 or + put back).
  const phone = matchAnswers(answers).fields.phone ?? '';
  for (const [title, raw] of Object.entries(answers)) {
    if (/^timestamp$/i.test(title.trim())) continue;
    const text = answerText(raw).trim();
    if (answerText(raw) === phone && normalisePhone(text).ok) continue;
    if (text !== '' && SHOWN_AS_TYPED.some((pattern) => pattern.test(text))) {
      out.push(
        `"${title}" shows "${text}", ${RETYPED_MARK} from what was typed (a lost leading 0, a reformatted date): check the form's own response.`,
      );
    }
  }
  return out;
}

/** What resolving an Intake review row's retyped-answer reasons gives. */
export interface ResolvedReasons {
  /** The Reason text with each retyped-answer line replaced by a note that it was checked. */
  readonly reason: string;
  /** How many lines were resolved (0: nothing to change). */
  readonly resolved: number;
  /** Whether any other reason is still waiting for a volunteer. */
  readonly stillToReview: boolean;
}

const CHECKED = "Checked against the form's own response:";

/** The note left in place of a retyped-answer reason once the form's own response has been compared. */
export function checkedNote(title: string): string {
  return `${CHECKED} "${title}" is stored as it was answered.`;
}

/**
 * Replaces each retyped-answer line of an Intake review Reason by a note that it was checked; other
 * reasons (no branch, no contact details...) stay, so the row stays "To review" while any remain.
 */
export function resolveRetypedReasons(reason: string): ResolvedReasons {
  let resolved = 0;
  const lines = reason.split('\n').map((line) => {
    const title = RETYPED_LINE.exec(line)?.[1];
    if (title === undefined) return line;
    resolved++;
    return checkedNote(title);
  });
  const stillToReview = lines.some((line) => line.trim() !== '' && !line.startsWith(CHECKED));
  return { reason: lines.join('\n'), resolved, stillToReview };
}

/** Whether a sheet could show `typed` as `shown`: the same, its leading apostrophe consumed, or retyped. */
function couldShowAs(typed: string, shown: string): boolean {
  if (typed === shown || (typed.startsWith("'") && typed.slice(1) === shown)) return true;
  // Typing keeps the words: only the numbers' form and the letters' case may change ("false" -> FALSE).
  const words = (text: string) => headerKey(text.replace(/(\d)T(\d)/g, '$1 $2')).replace(/\p{N}+/gu, '');
  const trimmed = shown.trim();
  return (
    SHOWN_AS_TYPED.some((pattern) => pattern.test(trimmed)) &&
    words(typed) === words(shown) &&
    sameNumbers(typed, trimmed)
  );
}

/** A plain number however written ("00123", "1e5", "£-5", "1,200"), or null. */
function numberIn(text: string): number | null {
  const bare = text.replace(/[£$€,\s%]/g, '');
  return /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(bare) ? Number(bare) : null;
}

/** Whether typing kept the numbers: the same value, or for dates and times the same non-zero parts. */
function sameNumbers(typed: string, shown: string): boolean {
  const a = numberIn(typed);
  const b = numberIn(shown);
  if (a !== null && b !== null) return a === b;
  const parts = (text: string) =>
    [...new Set((text.match(/\d+/g) ?? []).map(Number).filter((n) => n !== 0))].sort((x, y) => x - y).join();
  return parts(typed) === parts(shown);
}

/**
 * Whether every answer of a form's own response could be what the "Form responses" sheet shows: the
 * check that links the two readings of one submission, so no answer is ever taken from another's.
 * Columns the team added to that sheet (not questions of the form) are not answers and are ignored.
 */
export function couldBeShownAs(typed: NamedAnswers, shown: NamedAnswers): boolean {
  const shownByKey = new Map(Object.entries(shown).map(([title, a]) => [headerKey(title), answerText(a)]));
  return Object.entries(typed).every(([title, answer]) =>
    couldShowAs(answerText(answer), shownByKey.get(headerKey(title)) ?? ''),
  );
}

// What the form's own response says, set against what the "Form responses" sheet showed and what was stored.
import { type CellValue, cellText, isDate } from '../cells';
import { headerKey } from '../headerKey';
import { CELL_TEXT_LIMIT } from '../longText';
import { answerText, type NamedAnswers } from './answers';

/** Issue columns intake fills with text from the answers (dates and choices are read, not copied). */
export const ISSUE_TEXT_COLUMNS = [
  'Summary',
  'Description',
  'Landlord',
  'Letting agent',
  'Property address',
] as const;

/** Member columns intake fills with text when the response creates the member. */
export const MEMBER_TEXT_COLUMNS = [
  'Name',
  'Email',
  'Phone',
  'Preferred contact',
  'Safe times to contact',
  'Postcode',
  'Address',
  'Language',
  'Access needs',
] as const;

/**
 * The details intake fills in on a returning member's row, and only when they were empty: a later
 * response never rewrites a member's name or anything a volunteer or an earlier response put there.
 */
export const RETURNING_MEMBER_FILLS = [
  'Email',
  'Phone',
  'Postcode',
  'Address',
  'Preferred contact',
  'Safe times to contact',
  'Language',
] as const;

/** A date question's answer as Forms gives it ("2026-11-29"); the sheet shows the same day its own way. */
const FORMS_DATE = /^\d{4}-\d{2}-\d{2}( \d{2}:\d{2})?$/;

/**
 * The answers as typed, for re-filing: the form's own text, except date questions, where the sheet's
 * display of the same day is kept so a Description holding "Notice date: 29/11/2026" is not churned.
 */
export function typedForFiling(typed: NamedAnswers, shown: NamedAnswers): NamedAnswers {
  const shownByKey = new Map(Object.entries(shown).map(([title, a]) => [headerKey(title), answerText(a)]));
  const out: Record<string, string | readonly string[]> = {};
  for (const [title, answer] of Object.entries(typed)) {
    const sheetText = shownByKey.get(headerKey(title));
    out[title] =
      typeof answer === 'string' && FORMS_DATE.test(answer) && sheetText !== undefined ? sheetText : answer;
  }
  return out;
}

/**
 * The sheet's answers as intake saw them on filing: only the form's questions, since columns a team adds
 * to the responses sheet were empty then and hold their own notes now.
 */
export function shownAtFiling(typed: NamedAnswers, shown: NamedAnswers): NamedAnswers {
  const questions = new Set(Object.keys(typed).map(headerKey));
  return Object.fromEntries(Object.entries(shown).filter(([title]) => questions.has(headerKey(title))));
}

/** What comparing one stored record with the typed and shown readings of its response found. */
export interface StoredComparison {
  /** Column -> the typed text, where the stored value is the sheet's retyping of it. */
  readonly corrections: Readonly<Record<string, string>>;
  /** Columns that differ from both readings: a volunteer changed them, so they are left alone. */
  readonly edited: readonly string[];
}

/** A draft's column as text; dates are read from answers, never retyped as text, so they compare as ''. */
function textOf(draft: object, column: string): string {
  const value = (draft as Readonly<Record<string, unknown>>)[column];
  if (value === undefined || value === null || isDate(value)) return '';
  return cellText(value);
}

/**
 * Compares a stored record's columns with what intake makes of the typed and of the shown answers. A
 * column is corrected only when it still holds exactly what the shown answers gave (so nobody has edited
 * it since) and the typed answers give something else.
 */
export function compareStored(
  typed: object,
  shown: object,
  stored: Readonly<Record<string, CellValue>>,
  columns: readonly string[],
): StoredComparison {
  const corrections: Record<string, string> = {};
  const edited: string[] = [];
  for (const column of columns) {
    if (!(column in stored)) continue;
    const asTyped = textOf(typed, column);
    const asShown = textOf(shown, column);
    const now = cellText(stored[column]);
    if (asTyped === asShown || now === asTyped || asTyped.length > CELL_TEXT_LIMIT) continue;
    if (now === asShown) corrections[column] = asTyped;
    else edited.push(column);
  }
  return { corrections, edited };
}

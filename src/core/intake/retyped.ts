// Answers the "Form responses" sheet may have changed: it types what people wrote, as if into a cell.
import { normalisePhone } from '../normalise/contact';
import { answerText, matchAnswers, type NamedAnswers } from './answers';

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
        `"${title}" shows "${text}", which the Form responses sheet may have changed from what was typed (a lost leading 0, a reformatted date): check the form's own response.`,
      );
    }
  }
  return out;
}

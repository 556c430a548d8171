// A response's identity, computed the same way from either form-submit event shape, so a replay files once.
import { headerKey } from '../headerKey';
import type { NamedAnswers } from './answers';
import { answerText, matchAnswers } from './answers';

/** 64-bit FNV-1a over UTF-16 code units, as 16 hex digits (no service call, same everywhere). */
export function fnv64(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0xcbf29ce4;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ (c + i), 0x01000193) >>> 0;
  }
  return h1.toString(16).padStart(8, '0') + h2.toString(16).padStart(8, '0');
}

/** Text reduced for identity: case, spacing, punctuation and leading zeros of numbers ignored. */
function identityText(text: string): string {
  return headerKey(text.replace(/(^|\D)0+(?=\d)/g, '$1'));
}

/**
 * A timestamp's numbers, without leading zeros, in ascending order: "02/03/2026 09:05:03" (one locale),
 * "2/3/2026 9:05:03" (another) and "3/2/2026 9:05:03" (month first) give the same text.
 */
export function timestampIdentity(text: string): string {
  return (text.match(/\d+/g) ?? [])
    .map(Number)
    .sort((a, b) => a - b)
    .join(',');
}

/**
 * `F-` + a hash of the submission's timestamp and the free-text answers (name, email, description). The
 * spreadsheet form-submit event, the linked responses sheet and the form's own response report these the
 * same way, whatever the spreadsheet's date format; phone numbers, dates and choices are left out because
 * the sheet may reformat them.
 */
export function responseKey(timestampText: string, answers: NamedAnswers): string {
  const { fields } = matchAnswers(answers);
  const parts = [
    timestampIdentity(timestampText),
    ...[fields.name, fields.email, fields.description].map((t) => identityText(answerText(t ?? ''))),
  ];
  return `F-${fnv64(parts.join('|'))}`;
}

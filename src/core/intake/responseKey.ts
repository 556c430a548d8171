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
  return headerKey(text).replace(/(^|[^\d])0+(\d)/g, '$1$2');
}

/**
 * `F-` + a hash of the submission's timestamp as the sheet shows it and the free-text answers (name,
 * email, description). The spreadsheet form-submit event and the linked responses sheet report these
 * identically; phone numbers, dates and choices are left out because the sheet may reformat them.
 */
export function responseKey(timestampText: string, answers: NamedAnswers): string {
  const { fields } = matchAnswers(answers);
  const parts = [timestampText, fields.name, fields.email, fields.description].map((t) =>
    identityText(answerText(t ?? '')),
  );
  return `F-${fnv64(parts.join('|'))}`;
}

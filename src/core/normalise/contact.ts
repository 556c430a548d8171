// Emails, UK phone numbers and postcodes, normalised so the same person is recognised twice.
import { cleanLine } from './text';

/** A normalised value, or the original text kept as entered with a reason it looks wrong. */
export type Normalised =
  | { readonly ok: true; readonly value: string }
  | { readonly ok: false; readonly value: string; readonly problem: string };

const EMAIL = /^[^\s@<>()[\],;:"]+@[^\s@<>()[\],;:"]+\.[^\s@<>()[\],;:"]{2,}$/;

/** Email: trimmed and lower-cased (mailbox names are case-insensitive in practice). */
export function normaliseEmail(text: string): Normalised {
  const value = cleanLine(text).replace(/^mailto:/i, '');
  if (value === '') return { ok: true, value: '' };
  if (!EMAIL.test(value))
    return {
      ok: false,
      value: cleanLine(text),
      problem: `"${cleanLine(text)}" does not look like an email address`,
    };
  return { ok: true, value: value.toLowerCase() };
}

/**
 * UK phone numbers in +44 form, spaced as people read them: "07700 900123", "(07700) 900-123" and
 * "+44 (0)7700 900123" all become "+44 7700 900123". Numbers from other countries stay as given.
 */
export function normalisePhone(text: string): Normalised {
  const given = cleanLine(text);
  if (given === '') return { ok: true, value: '' };
  const digits = given.replace(/\(0\)/g, '').replace(/[\s().\-/]/g, '');
  let national: string | null = null;
  // A sheet may have turned "+447700900123" into 447700900123 and "07700900123" into 7700900123.
  if (/^44[1-37-9]\d{8,9}$/.test(digits)) national = digits.slice(2);
  else if (/^[1-37-9]\d{9}$/.test(digits)) national = digits;
  else if (/^\+44\d{9,10}$/.test(digits)) national = digits.slice(3);
  else if (/^0044\d{9,10}$/.test(digits)) national = digits.slice(4);
  else if (/^0\d{9,10}$/.test(digits)) national = digits.slice(1);
  else if (/^\+\d{6,15}$/.test(digits) || /^00\d{6,15}$/.test(digits)) return { ok: true, value: given };
  if (national === null)
    return { ok: false, value: given, problem: `"${given}" does not look like a phone number` };
  if (national.startsWith('0'))
    return { ok: false, value: given, problem: `"${given}" has an extra 0 after +44` };
  return { ok: true, value: `+44 ${spaceNational(national)}` };
}

function spaceNational(n: string): string {
  if (/^7/.test(n)) return `${n.slice(0, 4)} ${n.slice(4)}`;
  if (/^(20|23|24|28|29)/.test(n)) return `${n.slice(0, 2)} ${n.slice(2, 6)} ${n.slice(6)}`;
  if (/^1\d1|^11/.test(n)) return `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`;
  return `${n.slice(0, 4)} ${n.slice(4)}`;
}

/** The key two contact details are compared by: email lower-cased, phone digits in +44 form. */
export function contactKey(kind: 'email' | 'phone', text: string): string {
  if (text === '') return '';
  if (kind === 'email') return normaliseEmail(text).value.toLowerCase();
  const phone = normalisePhone(text);
  return phone.value.replace(/[^\d+]/g, '');
}

const POSTCODE = /^([A-Z]{1,2}\d[A-Z\d]?) ?(\d[A-Z]{2})$/;

/** UK postcode: upper case with one space ("n16 7ab" -> "N16 7AB"), validated against the UK pattern. */
export function normalisePostcode(text: string): Normalised {
  const given = cleanLine(text);
  if (given === '') return { ok: true, value: '' };
  const compact = given.toUpperCase().replace(/\s+/g, '');
  const match = POSTCODE.exec(compact) ?? (compact === 'GIR0AA' ? ['GIR0AA', 'GIR', '0AA'] : null);
  if (!match) return { ok: false, value: given, problem: `"${given}" is not a UK postcode` };
  return { ok: true, value: `${match[1]} ${match[2]}` };
}

/** The outward code ("N16") and area ("N") of a normalised postcode, for matching branches. */
export function postcodeParts(postcode: string): { district: string; area: string } | null {
  const match = /^([A-Z]{1,2})(\d[A-Z\d]?) \d[A-Z]{2}$/.exec(postcode);
  if (!match) return null;
  return { district: `${match[1]}${match[2]}`, area: match[1]! };
}

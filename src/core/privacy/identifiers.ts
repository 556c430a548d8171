// What identifies a member in free text (full name, email, phone, addresses), found and scrubbed in any cell.
import { cellText, type RecordValues } from '../cells';

/** The words put where a member's details were. */
export const ERASED = '[erased]';

/** Names left on anonymised Members rows: never themselves treated as someone's name. */
export const ANONYMOUS_NAMES: readonly string[] = ['Erased member', 'Anonymised member'];

/** How a member can be recognised in text. Empty strings are ignored. */
export interface MemberIdentifiers {
  readonly name: string;
  readonly email: string;
  /** Digits only, UK "0" form ("07700900123"). */
  readonly phoneDigits: string;
  /** Their home address and the property addresses of their issues. */
  readonly addresses: readonly string[];
  readonly postcode: string;
}

/** Phone digits in UK national form, so "+44 7700 900123" and "(07700) 900-123" compare equal. */
export function phoneDigits(text: string): string {
  const digits = text.replace(/\D/g, '');
  if (digits.startsWith('44') && digits.length >= 11) return `0${digits.slice(2)}`;
  return digits;
}

/** Flat numbers alone ("Flat 9") are shared by many buildings: never scrubbed on their own. */
const FLAT_ONLY = /^(flat|apartment|apt|unit|room|studio)\b/i;

/**
 * Lines of an address that identify a building on their own, like "12 Acacia Road": a number and at
 * least two words. Free text often has the first line without the rest.
 */
function streetLines(address: string): string[] {
  return address
    .split(/[\n,]+/)
    .map((part) => part.replace(/\s+/g, ' ').trim())
    .filter(
      (part) => /\d/.test(part) && part.split(' ').length >= 2 && part.length >= 8 && !FLAT_ONLY.test(part),
    );
}

function clean(text: unknown): string {
  return cellText(text).replace(/\s+/g, ' ').trim();
}

/** The identifiers of a Members record plus the property addresses of the member's issues. */
export function identifiersOf(
  member: RecordValues,
  propertyAddresses: readonly string[] = [],
): MemberIdentifiers {
  const name = clean(member.Name);
  const whole = [cellText(member.Address), ...propertyAddresses].filter((a) => a.trim() !== '');
  const addresses = [...whole.map(clean), ...whole.flatMap(streetLines)].filter((a) => a.length >= 6);
  return {
    // A single word ("Jo") is too common to scrub everywhere without damaging other people's records.
    name: name.includes(' ') && !ANONYMOUS_NAMES.includes(name) ? name : '',
    email: clean(member.Email).toLowerCase(),
    phoneDigits: phoneDigits(cellText(member.Phone)).length >= 7 ? phoneDigits(cellText(member.Phone)) : '',
    addresses: [...new Set(addresses)],
    postcode: clean(member.Postcode).toUpperCase(),
  };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A pattern for text allowing any spacing, line breaks or commas between its words, and not inside a
 * longer word ("Jo Bloggs" is not found in "Jo Bloggsworth").
 */
function loosePattern(text: string): RegExp {
  // Compiled once per identifier: erasure tries each one on every text cell of every sheet.
  let pattern = patterns.get(text);
  if (!pattern) {
    if (patterns.size > 1000) patterns.clear();
    pattern = compileLoose(text);
    patterns.set(text, pattern);
  }
  // Global patterns carry lastIndex between uses; replace() resets it, test() would not.
  pattern.lastIndex = 0;
  return pattern;
}

const patterns = new Map<string, RegExp>();

function compileLoose(text: string): RegExp {
  const words = text
    .split(/[\s,]+/)
    .filter(Boolean)
    .map(escapeRegExp);
  return new RegExp(`(?<![\\p{L}\\d])${words.join('[\\s,]+')}(?![\\p{L}\\d])`, 'giu');
}

/** Runs of digits and phone punctuation long enough to be a phone number. */
const PHONE_LIKE = /\+?[\d(][\d\s().-]{5,}\d/g;

function scrubPhone(text: string, digits: string): string {
  if (digits === '') return text;
  return text.replace(PHONE_LIKE, (run) => (phoneDigits(run) === digits ? ERASED : run));
}

/** The text with every identifier replaced by "[erased]"; unchanged when none occurs. */
export function scrubText(text: string, ids: MemberIdentifiers): string {
  let out = text;
  const exact = [ids.email, ids.name, ...[...ids.addresses].sort((a, b) => b.length - a.length)];
  for (const item of exact) if (item !== '') out = out.replace(loosePattern(item), ERASED);
  return scrubPhone(out, ids.phoneDigits);
}

/** The text scrubbed, and the postcode too: only for the member's own records (neighbours share postcodes). */
export function scrubOwnText(text: string, ids: MemberIdentifiers): string {
  const out = scrubText(text, ids);
  return ids.postcode === '' ? out : out.replace(loosePattern(ids.postcode), ERASED);
}

/** Whether any identifier occurs in the text. */
export function mentions(text: string, ids: MemberIdentifiers): boolean {
  return text !== '' && scrubText(text, ids) !== text;
}

/** Whether the text holds the member's email or phone: details only they have, unlike a name or an address. */
export function mentionsContact(text: string, ids: MemberIdentifiers): boolean {
  if (text === '') return false;
  const withoutEmail = ids.email === '' ? text : text.replace(loosePattern(ids.email), ERASED);
  return withoutEmail !== text || scrubPhone(text, ids.phoneDigits) !== text;
}

/** Whether one cell is their phone, typed by hand so the sheet made it a number (its leading 0 gone). */
function phoneNumberCell(cell: unknown, ids: MemberIdentifiers): boolean {
  return (
    ids.phoneDigits !== '' &&
    typeof cell === 'number' &&
    phoneDigits(cellText(cell)) === ids.phoneDigits.replace(/^0/, '')
  );
}

/** Whether a row holds the member's email or phone in any cell. */
export function rowHasContact(row: readonly unknown[], ids: MemberIdentifiers): boolean {
  return row.some((cell) => phoneNumberCell(cell, ids) || mentionsContact(cellText(cell), ids));
}

/**
 * Whether a form response row is theirs: it holds their email or phone, or their full name together with
 * their postcode or one of their addresses (a name alone may be a namesake's response).
 */
export function responseIsTheirs(row: readonly unknown[], ids: MemberIdentifiers): boolean {
  if (rowHasContact(row, ids)) return true;
  const text = row.map((cell) => cellText(cell)).join('\n');
  if (ids.name === '' || !loosePattern(ids.name).test(text)) return false;
  const place = [ids.postcode, ...ids.addresses].filter((p) => p !== '');
  return place.some((p) => loosePattern(p).test(text));
}

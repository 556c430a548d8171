// Turns matched answers into a member and an issue: normalised at the edge, odd values kept and flagged.
import { headerKey } from '../headerKey';
import { normaliseEmail, normalisePhone, normalisePostcode } from '../normalise/contact';
import { parseUkDate, startOfDay } from '../normalise/dates';
import { cleanLine, cleanParagraph } from '../normalise/text';
import { CATEGORIES, type Category, CONTACT_WAYS } from '../schema/enums';
import type { MatchedAnswers } from './answers';

/** The person, as the Members sheet will hold them. */
export interface MemberDraft {
  readonly Name: string;
  readonly Email: string;
  readonly Phone: string;
  readonly 'Preferred contact': string;
  readonly 'Safe times to contact': string;
  readonly Postcode: string;
  readonly Address: string;
  readonly Language: string;
  readonly 'Access needs': string;
  readonly 'Consent to contact': boolean;
  readonly 'Consent to publicity': boolean;
  readonly alreadyMember: boolean;
}

/** The issue, as the Issues sheet will hold it (branch, urgency and ids are added later). */
export interface IssueDraft {
  readonly Category: Category;
  readonly Summary: string;
  readonly Description: string;
  readonly Landlord: string;
  readonly 'Letting agent': string;
  readonly 'Property address': string;
  readonly 'Notice served': Date | string;
  readonly 'Court hearing': Date | string;
  readonly 'Bailiff date': Date | string;
  readonly wantsToResist: boolean;
}

export interface ParsedIntake {
  readonly member: MemberDraft;
  readonly issue: IssueDraft;
  /** Values kept as entered that look wrong, each a sentence for the Intake review sheet. */
  readonly problems: readonly string[];
}

const yes = (text: string | undefined): boolean =>
  /^(yes|y|true|ok|sure|happy to)/i.test((text ?? '').trim());

function parseDate(
  label: string,
  text: string | undefined,
  timeZone: string,
  problems: string[],
): Date | string {
  const given = cleanLine(text ?? '');
  if (given === '') return '';
  const day = parseUkDate(given);
  if (day) return startOfDay(day, timeZone);
  problems.push(`${label} "${given}" is not a date we could read; it is kept as written.`);
  return given;
}

function category(text: string | undefined): Category {
  const key = headerKey(text ?? '');
  const exact = CATEGORIES.find((c) => headerKey(c) === key);
  if (exact) return exact;
  if (/evict|notice|section21|section8|bailiff|possession/.test(key)) return 'Eviction or notice';
  if (/repair|damp|mould|leak|heating/.test(key)) return 'Disrepair';
  return 'Other';
}

function summaryOf(description: string, cat: Category): string {
  const first = description.split(/(?<=[.!?])\s|\n/)[0] ?? '';
  const short = first.length > 80 ? `${first.slice(0, 77).trimEnd()}...` : first;
  return short || cat;
}

/** Parses matched answers; never throws on messy input, and never loses an answer. */
export function parseIntake(matched: MatchedAnswers, timeZone: string): ParsedIntake {
  const f = matched.fields;
  const problems: string[] = [];
  const email = normaliseEmail(f.email ?? '');
  const phone = normalisePhone(f.phone ?? '');
  const postcode = normalisePostcode(f.postcode ?? '');
  for (const n of [email, phone, postcode]) if (!n.ok) problems.push(`${n.problem}; it is kept as written.`);
  const way =
    CONTACT_WAYS.find((w) => headerKey(w) === headerKey(f.preferredContact ?? '')) ??
    cleanLine(f.preferredContact ?? '');
  const cat = category(f.category);
  const told = cleanParagraph(f.description ?? '');
  const extras = matched.unmapped.map((u) => `${cleanLine(u.title)}: ${cleanParagraph(u.answer)}`);
  // A team's free-text "issue type" is mapped to a category; the words themselves are kept too.
  const givenCategory = cleanLine(f.category ?? '');
  if (givenCategory && !CATEGORIES.some((c) => headerKey(c) === headerKey(givenCategory))) {
    extras.push(`Issue type (as written): ${givenCategory}`);
  }
  const description = [told, ...extras].filter((t) => t !== '').join('\n\n');
  const address = cleanParagraph(f.address ?? '');
  const member: MemberDraft = {
    Name: cleanLine(f.name ?? ''),
    Email: email.value,
    Phone: phone.value,
    'Preferred contact': way,
    'Safe times to contact': cleanLine(f.safeTimes ?? ''),
    Postcode: postcode.value,
    Address: address,
    Language: cleanLine(f.language ?? ''),
    'Access needs': cleanParagraph(f.accessNeeds ?? ''),
    'Consent to contact': yes(f.consentContact),
    'Consent to publicity': yes(f.consentPublicity),
    alreadyMember: yes(f.alreadyMember),
  };
  if (!member.Name) problems.push('No name was given.');
  if (!member.Email && !member.Phone)
    problems.push('No email or phone number was given, so we cannot call back.');
  const issue: IssueDraft = {
    Category: cat,
    Summary: summaryOf(told, cat),
    Description: description,
    Landlord: cleanLine(f.landlord ?? ''),
    'Letting agent': cleanLine(f.lettingAgent ?? ''),
    'Property address': address,
    'Notice served': parseDate('Notice date', f.noticeServed, timeZone, problems),
    'Court hearing': parseDate('Court hearing date', f.courtHearing, timeZone, problems),
    'Bailiff date': parseDate('Bailiff date', f.bailiffDate, timeZone, problems),
    wantsToResist: yes(f.wantsToResist),
  };
  return { member, issue, problems };
}

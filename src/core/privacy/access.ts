// Who may see and change the casework: warnings about link sharing, and the team editors named in Settings.
import { contactKey } from '../normalise/contact';

/** The Settings row listing who may change the database sheets. */
export const TEAM_EDITORS_SETTING = 'Team editors';

/** Plain warnings for a Drive sharing access value (ANYONE, ANYONE_WITH_LINK, ...); none for private or named people. */
export function sharingWarnings(access: string, fileName: string): string[] {
  if (access === 'ANYONE')
    return [
      `"${fileName}" is public on the web: anyone can find and open members' details. ` +
        'In Share, set General access to Restricted, then add the team by email.',
    ];
  if (access === 'ANYONE_WITH_LINK')
    return [
      `"${fileName}" can be opened by anyone with the link, so a forwarded link exposes members' details. ` +
        'In Share, set General access to Restricted, then add the team by email.',
    ];
  if (access === 'DOMAIN' || access === 'DOMAIN_WITH_LINK')
    return [
      `Everyone in your organisation's Google Workspace can open "${fileName}". ` +
        'If that is more than the member solidarity team, set General access to Restricted.',
    ];
  return [];
}

/** The team's editors from the Settings value: emails separated by commas, semicolons or new lines. */
export function parseTeamEditors(value: string): { emails: string[]; invalid: string[] } {
  const parts = value
    .split(/[,;\n]+/)
    .map((p) => p.trim())
    .filter(Boolean);
  const emails: string[] = [];
  const invalid: string[] = [];
  for (const part of parts) {
    const email = contactKey('email', part);
    if (/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) {
      if (!emails.includes(email)) emails.push(email);
    } else invalid.push(part);
  }
  return { emails, invalid };
}

// The emails intake sends, in plain words; sensitive fields never appear in them.
import type { Branch } from '../branches';

/** An email to send (or queue when the daily allowance is used up). */
export interface Message {
  readonly to: string;
  readonly subject: string;
  readonly body: string;
}

const MEETING_FORMAT: Intl.DateTimeFormatOptions = {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  hour: 'numeric',
  minute: '2-digit',
};

function nextMeeting(branch: Branch | null | undefined, timeZone: string): string {
  if (!branch) return 'We will tell you where your nearest branch meets.';
  const when = branch.nextMeeting
    ? branch.nextMeeting.toLocaleString('en-GB', { ...MEETING_FORMAT, timeZone })
    : branch.meetingPattern || 'soon';
  const where = branch.meetingPlace ? ` at ${branch.meetingPlace}` : '';
  return `The next ${branch.name} branch meeting is ${when}${where}. You are very welcome to come.`;
}

/** Thanks the person and tells them what happens next. */
export function acknowledgement(
  to: string,
  name: string,
  branch: Branch | null | undefined,
  withinDays: number,
  timeZone: string,
): Message {
  const first = name.split(' ')[0] || 'there';
  return {
    to,
    subject: 'We got your message about your housing issue',
    body: [
      `Hi ${first},`,
      '',
      'Thank you for getting in touch with the union. You are not on your own with this.',
      '',
      `Someone from the union will contact you within ${withinDays} days, in the way you asked, with first information.`,
      nextMeeting(branch, timeZone),
      '',
      'If things get worse, for example you are given a court or bailiff date, reply to this email and tell us the date.',
      '',
      'In solidarity,',
      branch ? `${branch.name} branch` : 'The online response team',
    ].join('\n'),
  };
}

/** A short notice to the people who call back: no contact details or story in the email itself. */
export function teamNotice(
  to: string,
  issueId: string,
  category: string,
  branch: Branch | null | undefined,
  urgentReason: string,
  link: string,
): Message {
  return {
    to,
    subject: `${urgentReason ? 'URGENT: ' : ''}New contact ${issueId}: ${category}${branch ? ` (${branch.name})` : ' (no branch)'}`,
    body: [
      `A new issue came in through the form: ${issueId}, ${category}.`,
      branch ? `Branch: ${branch.name}.` : 'No branch covers their postcode: please signpost or pass it on.',
      urgentReason ? `Urgent: ${urgentReason}.` : '',
      '',
      `Open Solidarity Desk to see their details and call back: ${link}`,
    ]
      .filter((line, i, all) => line !== '' || all[i - 1] !== '')
      .join('\n'),
  };
}

/** What the working group needs to act on an urgent eviction at once. */
export function urgentAlert(
  to: string,
  issueId: string,
  who: { name: string; phone: string; email: string; preferred: string; safeTimes: string },
  reason: string,
  branch: Branch | null | undefined,
  link: string,
): Message {
  return {
    to,
    subject: `URGENT eviction ${issueId}: ${reason}`,
    body: [
      `${who.name || 'Someone'} needs help with an eviction they want to resist (${reason}).`,
      `Branch: ${branch?.name ?? 'none'}.`,
      `Contact: ${[who.phone, who.email].filter((x) => x).join(', ') || 'no contact details given'}${who.preferred ? ` (prefers ${who.preferred.toLowerCase()})` : ''}.`,
      who.safeTimes ? `Safe times to contact: ${who.safeTimes}.` : '',
      '',
      `Full details in Solidarity Desk: ${link}`,
    ].join('\n'),
  };
}

/** Tells the online response team a response needs a human look. */
export function reviewNotice(to: string, issueId: string, reasons: readonly string[], link: string): Message {
  return {
    to,
    subject: `Please check new contact ${issueId}`,
    body: [
      `The form response filed as ${issueId} needs a look:`,
      ...reasons.map((r) => `- ${r}`),
      '',
      `See the Intake review sheet: ${link}`,
    ].join('\n'),
  };
}

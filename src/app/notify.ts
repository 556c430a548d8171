// Who hears about a newly filed issue, and what they are told.
import {
  acknowledgement,
  type Message,
  reviewNotice,
  teamNotice,
  urgentAlert,
} from '../core/intake/messages';
import { normaliseEmail } from '../core/normalise/contact';
import type { Settings } from '../core/settings';
import type { FilingResult } from './intake';
import type { Database } from './ports';

/** Sends an email, or queues it for later when today's allowance is used up; never throws for quota. */
export interface Mailer {
  /** 'refused' when Google rejects the message itself (e.g. an address it calls invalid). */
  send(message: Message): 'sent' | 'queued' | 'refused';
  /** Why the last refused message was refused. */
  readonly lastRefusal: string;
  /** Messages queued by `send`, not yet written to the Mail queue sheet. */
  readonly queued: readonly Message[];
  /** Writes queued messages to the Mail queue sheet (inside the lock; commit after). */
  flushQueue(db: Database): void;
}

function recipients(...lists: string[]): string {
  const seen = new Set<string>();
  for (const list of lists) for (const a of list.split(',')) if (a.trim()) seen.add(a.trim().toLowerCase());
  return [...seen].join(',');
}

/** The emails a filing calls for: acknowledgement, team notice (with review reasons), urgent alert. */
export function intakeMessages(
  result: FilingResult,
  settings: Settings,
  link: string,
  timeZone: string,
): Message[] {
  if (result.status !== 'filed' || !result.issueId || !result.member) return [];
  const out: Message[] = [];
  const m = result.member;
  if (m.email && normaliseEmail(m.email).ok && m.consent && settings.acknowledge) {
    out.push(acknowledgement(m.email, m.name, result.branch, settings.callBackWithinDays, timeZone));
  }
  const team = recipients(settings.onlineTeamEmail, result.branch?.teamEmail ?? '');
  if (team) {
    const notice = teamNotice(
      team,
      result.issueId,
      result.category ?? '',
      result.branch,
      result.urgentReason ?? '',
      link,
    );
    const reasons = result.reviewReasons ?? [];
    out.push(
      reasons.length === 0
        ? notice
        : { ...notice, body: `${notice.body}\n\n${reviewNotice(team, result.issueId, reasons, link).body}` },
    );
  }
  if (result.toWorkingGroup && settings.workingGroupEmail) {
    out.push(
      urgentAlert(
        settings.workingGroupEmail,
        result.issueId,
        m,
        result.urgentReason || 'eviction',
        result.branch,
        link,
      ),
    );
  }
  return out;
}

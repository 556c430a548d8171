// Who comes first, for the queue and for meeting agendas: urgency, then existing members, then waiting time.
import type { Standing } from '../schema';
import { daysUntil, wholeDaysSince } from './days';
import type { Issue, Member } from './model';

/** What ordering needs besides the issues. */
export interface PriorityContext {
  readonly now: Date;
  readonly timeZone: string;
  /** Settings "Urgent window (days)": a court or bailiff date this close makes an issue urgent. */
  readonly urgentWindowDays: number;
}

/** The nearest court hearing or bailiff date still to come. */
export interface LegalDate {
  readonly kind: 'Court hearing' | 'Bailiff date';
  readonly date: Date;
  /** Calendar days from today (0 = today). */
  readonly days: number;
}

/** An issue with what decides its place in the queue. */
export interface IssuePriority {
  readonly issue: Issue;
  readonly member: Member | null;
  readonly urgent: boolean;
  readonly legalDate: LegalDate | null;
  readonly standing: Standing | null;
  /** Whole days since the issue was opened. */
  readonly waitingDays: number;
  /** Compared element by element, smaller first. */
  readonly key: readonly number[];
}

/** Existing members first, then new members, lapsed members, and people not (yet) members. */
const STANDING_RANK: Readonly<Record<Standing, number>> = {
  Member: 0,
  'New member': 1,
  Lapsed: 2,
  'Not yet a member': 3,
};
const NO_DATE = 1e6;

/** The nearest court hearing or bailiff date from today on, or null. */
export function nearestLegalDate(issue: Issue, now: Date, timeZone: string): LegalDate | null {
  const dates: LegalDate[] = [];
  if (issue.courtHearing)
    dates.push({
      kind: 'Court hearing',
      date: issue.courtHearing,
      days: daysUntil(issue.courtHearing, now, timeZone),
    });
  if (issue.bailiffDate)
    dates.push({
      kind: 'Bailiff date',
      date: issue.bailiffDate,
      days: daysUntil(issue.bailiffDate, now, timeZone),
    });
  return dates.filter((d) => d.days >= 0).sort((a, b) => a.days - b.days)[0] ?? null;
}

/**
 * An issue's priority. Urgent means ticked Urgent or a legal date within the window; urgent issues go by
 * nearest date, those without one (e.g. no heating) after the dated ones.
 */
export function issuePriority(issue: Issue, member: Member | null, context: PriorityContext): IssuePriority {
  const legalDate = nearestLegalDate(issue, context.now, context.timeZone);
  const urgent = issue.urgent || (legalDate !== null && legalDate.days <= context.urgentWindowDays);
  const standing = member?.standing ?? null;
  const since = issue.opened ?? issue.created;
  const waitingDays = since ? Math.max(0, wholeDaysSince(since, context.now, context.timeZone)) : 0;
  const key = [
    urgent ? 0 : 1,
    urgent ? (legalDate?.days ?? NO_DATE) : 0,
    standing ? STANDING_RANK[standing] : 3,
    -waitingDays,
  ];
  return { issue, member, urgent, legalDate, standing, waitingDays, key };
}

/** Compares two priority keys element by element, smaller first. */
export function compareKeys(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** The comparator for queues and agendas; ties fall back to the issue id so the order is stable. */
export function compareByPriority(a: IssuePriority, b: IssuePriority): number {
  return compareKeys(a.key, b.key) || a.issue.id.localeCompare(b.issue.id);
}

/** Issues in priority order, each with its member found by Member ID. */
export function prioritise(
  issues: readonly Issue[],
  members: readonly Member[],
  context: PriorityContext,
): IssuePriority[] {
  const byId = new Map(members.map((m) => [m.id, m]));
  return issues.map((i) => issuePriority(i, byId.get(i.memberId) ?? null, context)).sort(compareByPriority);
}

/** One discussion group of a meeting's member solidarity section. */
export interface AgendaGroup<T> {
  readonly number: number;
  readonly issues: readonly T[];
}

/** Groups, equal minutes for every issue, and anything the facilitators should know. */
export interface AgendaPlan<T> {
  readonly groups: readonly AgendaGroup<T>[];
  readonly minutesPerIssue: number;
  readonly warnings: readonly string[];
}

/**
 * Splits issues already in priority order into 2-3 groups of near-equal size (dealt like cards, so each
 * group starts with one of the most pressing) with equal minutes per issue, as the guide asks: groups
 * run side by side for at least 30 minutes.
 */
export function agendaGroups<T>(
  prioritised: readonly T[],
  groupCount: number,
  minutesTotal: number,
): AgendaPlan<T> {
  const warnings: string[] = [];
  const wanted = Math.min(3, Math.max(2, Math.round(groupCount) || 2));
  const count = Math.max(1, Math.min(wanted, prioritised.length));
  if (minutesTotal < 30)
    warnings.push(`The guide asks for at least 30 minutes of member solidarity; ${minutesTotal} planned`);
  const groups = Array.from({ length: count }, (_, i) => ({ number: i + 1, issues: [] as T[] }));
  prioritised.forEach((item, i) => {
    groups[i % count]!.issues.push(item);
  });
  const largest = Math.max(0, ...groups.map((g) => g.issues.length));
  const minutesPerIssue = largest === 0 ? 0 : Math.floor(minutesTotal / largest);
  if (largest > 0 && minutesPerIssue < 5)
    warnings.push(
      `Only ${minutesPerIssue} minutes per issue: add time, or carry some issues to the next meeting`,
    );
  return { groups: prioritised.length === 0 ? [] : groups, minutesPerIssue, warnings };
}

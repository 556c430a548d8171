// The retention rule: closed issues older than the Settings years, and members with nothing since, are anonymised.
import { cellDate, cellText, type RecordValues } from '../cells';
import { calendarDay, startOfDay } from '../normalise/dates';
import { ANONYMOUS_NAMES, ERASED } from './identifiers';

/** What a retention run is due to anonymise. */
export interface RetentionDue {
  /** Closed issues older than the limit that still hold personal details. */
  readonly issueIds: readonly string[];
  /** Members with no open issue and no activity since the limit, not yet anonymised. */
  readonly memberIds: readonly string[];
  /** The first day kept: anything closed before it is due. */
  readonly keepFrom: Date;
}

/** Put in place of a description when an issue is anonymised by the retention rule. */
export const RETAINED_TEXT = '[anonymised after the retention period]';

/** Midnight on the same calendar date `years` ago. */
export function retentionCutoff(now: Date, years: number, timeZone: string): Date {
  const today = calendarDay(now, timeZone);
  return startOfDay({ year: today.year - years, month: today.month, day: today.day }, timeZone);
}

function text(record: RecordValues, header: string): string {
  return cellText(record[header] ?? '').trim();
}

function stillPersonal(issue: RecordValues): boolean {
  const description = text(issue, 'Description');
  return (
    text(issue, 'Property address') !== '' ||
    text(issue, 'Private notes') !== '' ||
    (description !== '' && description !== RETAINED_TEXT && description !== ERASED)
  );
}

function closedBefore(issue: RecordValues, cutoff: Date): boolean {
  const closed = cellDate(issue['Closed on']);
  return text(issue, 'Stage') === 'Closed' && closed !== null && closed < cutoff;
}

function latest(dates: ReadonlyArray<unknown>): Date | null {
  return dates.map(cellDate).reduce<Date | null>((a, d) => (d && (!a || d > a) ? d : a), null);
}

/** The member's last sign of life: their row's Updated, and their issues' activity, updates and closing. */
function lastActivity(member: RecordValues, issues: readonly RecordValues[]): Date | null {
  return latest([
    member.Updated,
    member.Created,
    // Not issues' Updated: anonymising an old issue stamps it, and must not make its member look active.
    ...issues.flatMap((i) => [i['Last activity'], i['Closed on']]),
  ]);
}

/**
 * What the retention rule asks for now: issues closed before `years` ago, and members whose every issue
 * is closed and who have shown no activity since then. Already anonymised rows are not due again.
 */
export function retentionDue(
  issues: readonly RecordValues[],
  members: readonly RecordValues[],
  now: Date,
  years: number,
  timeZone: string,
): RetentionDue {
  const keepFrom = retentionCutoff(now, years, timeZone);
  const issueIds = issues
    .filter((i) => text(i, 'Issue ID') !== '' && closedBefore(i, keepFrom) && stillPersonal(i))
    .map((i) => text(i, 'Issue ID'));
  // Each member's issues, gathered in one pass: filtering every issue for every member was quadratic.
  const issuesOf = new Map<string, RecordValues[]>();
  for (const i of issues) {
    const id = text(i, 'Member ID');
    const list = issuesOf.get(id);
    if (list) list.push(i);
    else issuesOf.set(id, [i]);
  }
  const memberIds = members
    .filter((m) => text(m, 'Member ID') !== '' && !ANONYMOUS_NAMES.includes(text(m, 'Name')))
    .filter((m) => {
      const own = issuesOf.get(text(m, 'Member ID')) ?? [];
      if (own.some((i) => text(i, 'Stage') !== 'Closed')) return false;
      const last = lastActivity(m, own);
      return last !== null && last < keepFrom;
    })
    .map((m) => text(m, 'Member ID'));
  return { issueIds, memberIds, keepFrom };
}

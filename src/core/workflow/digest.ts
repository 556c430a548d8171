// The weekly digest for one branch's member solidarity team: what needs attention, dates coming, capacity.
import type { Branch } from '../branches';
import type { Settings } from '../settings';
import { type AttentionItem, type NeedsAttention, needsAttention, needsAttentionByBranch } from './attention';
import { type BranchCapacity, capacityFor } from './capacity';
import { clockTime, daysUntil, longDay, shortDay } from './days';
import type { LandlordGroup } from './landlords';
import { type Issue, isOpen, type Member, type NextStep } from './model';

/** What a digest is built from: parsed sheets, settings and the moment it is sent. */
export interface DigestInput {
  readonly branch: string;
  readonly issues: readonly Issue[];
  readonly members: readonly Member[];
  readonly nextSteps: readonly NextStep[];
  readonly branches: readonly Branch[];
  readonly settings: Pick<
    Settings,
    'urgentWindowDays' | 'staleAfterDays' | 'callBackWithinDays' | 'defaultDisputeLimit'
  >;
  readonly now: Date;
  readonly timeZone: string;
  /** How far ahead to list court and bailiff dates (default 14 days). */
  readonly legalWindowDays?: number;
}

/** The email: plain text, issue ids and first names only, never a sensitive column. */
export interface Digest {
  readonly subject: string;
  readonly body: string;
  readonly attentionCount: number;
}

const MAX_ITEMS = 40;
const KIND_HEADINGS: Readonly<Record<AttentionItem['kind'], string>> = {
  urgent: 'Urgent',
  overdue: 'Overdue next steps',
  noNextStep: 'No next step',
  silent: 'Gone quiet',
  notCalledBack: 'Not yet called back',
  followUpDue: 'Signposting follow-ups due',
};

function who(issueId: string, firstName: string | undefined): string {
  return firstName ? `${issueId} (${firstName})` : issueId;
}

function attentionLines(items: readonly AttentionItem[]): string[] {
  if (items.length === 0) return ['Nothing needs attention. Every open issue has a next step in hand.'];
  const lines: string[] = [];
  let kind: AttentionItem['kind'] | null = null;
  for (const item of items.slice(0, MAX_ITEMS)) {
    if (item.kind !== kind) lines.push(`${KIND_HEADINGS[item.kind]}:`);
    kind = item.kind;
    lines.push(`- ${who(item.issueId, item.memberName)}: ${item.detail}`);
  }
  if (items.length > MAX_ITEMS)
    lines.push(`...and ${items.length - MAX_ITEMS} more in the Needs attention view.`);
  return lines;
}

function legalDateLines(input: DigestInput, firstNames: ReadonlyMap<string, string>): string[] {
  const window = input.legalWindowDays ?? 14;
  const dates = input.issues
    .filter((i) => isOpen(i) && i.branch.toLowerCase() === input.branch.toLowerCase())
    .flatMap((i) => [
      { issue: i, kind: 'court hearing', date: i.courtHearing },
      { issue: i, kind: 'bailiff date', date: i.bailiffDate },
    ])
    .flatMap((d) =>
      d.date ? [{ ...d, date: d.date, days: daysUntil(d.date, input.now, input.timeZone) }] : [],
    )
    .filter((d) => d.days >= 0 && d.days <= window)
    .sort((a, b) => a.date.getTime() - b.date.getTime());
  if (dates.length === 0) return [`No court or bailiff dates in the next ${window} days.`];
  return dates.map(
    (d) =>
      `- ${shortDay(d.date, input.timeZone)}: ${d.kind}, ${who(d.issue.id, firstNames.get(d.issue.memberId))}`,
  );
}

function groupLine(group: LandlordGroup): string {
  const ids = group.issueIds.join(', ');
  // A building is members' homes: name only its postcode district, never the street.
  if (group.kind === 'building') {
    const district = /\b([A-Z]{1,2}\d[A-Z\d]?) \d[A-Z]{2}$/.exec(group.name)?.[1];
    return `- Same building${district ? ` in ${district}` : ''}: ${ids}`;
  }
  return `- Same ${group.kind}, ${group.name}: ${ids}`;
}

function capacityLine(capacity: BranchCapacity): string {
  const note = capacity.over ? ' Taking on more needs a recorded override.' : '';
  return `${capacity.text}.${note}`;
}

function openingLines(input: DigestInput): string[] {
  const meeting = input.branches.find(
    (b) => b.name.toLowerCase() === input.branch.toLowerCase(),
  )?.nextMeeting;
  return [
    `Member solidarity digest for ${input.branch}, ${longDay(input.now, input.timeZone)}.`,
    ...(meeting && meeting >= input.now
      ? [`Next meeting: ${shortDay(meeting, input.timeZone)}, ${clockTime(meeting, input.timeZone)}.`]
      : []),
  ];
}

/** Builds the digest for one branch (sent by the time-driven job before the team meets, or weekly). */
export function branchDigest(input: DigestInput): Digest {
  const firstNames = new Map(input.members.map((m) => [m.id, m.firstName]));
  return composeDigest(input, needsAttention({ ...input, branch: input.branch }), firstNames);
}

/**
 * Builds the digest of each named branch, the same as `branchDigest` for each, but with the Needs
 * attention list worked out once for the whole casebook and split by branch: at 50,000 issues and 16
 * branches, recomputing it per branch was most of the daily job's time.
 */
export function branchDigests(input: Omit<DigestInput, 'branch'>, branches: readonly string[]): Digest[] {
  const firstNames = new Map(input.members.map((m) => [m.id, m.firstName]));
  const lists = needsAttentionByBranch(input, branches);
  return branches.map((branch, i) => composeDigest({ ...input, branch }, lists[i]!, firstNames));
}

function composeDigest(
  input: DigestInput,
  attention: NeedsAttention,
  firstNames: ReadonlyMap<string, string>,
): Digest {
  const { items, landlordGroups } = attention;
  const capacity = capacityFor(
    input.branch,
    input.issues,
    input.branches,
    input.settings.defaultDisputeLimit,
  );
  const urgent = items.filter((i) => i.kind === 'urgent').length;
  const count = `${items.length} thing${items.length === 1 ? '' : 's'} to look at${urgent ? `, ${urgent} urgent` : ''}`;
  const body = [
    ...openingLines(input),
    '',
    `NEEDS ATTENTION (${items.length})`,
    ...attentionLines(items),
    '',
    `COURT AND BAILIFF DATES, NEXT ${input.legalWindowDays ?? 14} DAYS`,
    ...legalDateLines(input, firstNames),
    '',
    'CAPACITY',
    capacityLine(capacity),
    ...(landlordGroups.length > 0
      ? [
          '',
          'SAME LANDLORD, AGENT OR BUILDING (the seed of a collective dispute?)',
          ...landlordGroups.map(groupLine),
        ]
      : []),
    '',
    'Open the casework spreadsheet for details. Contact details and private notes are left out of this email on purpose.',
  ].join('\n');
  return { subject: `Solidarity Desk: ${input.branch}, ${count}`, body, attentionCount: items.length };
}

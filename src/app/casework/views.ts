// What the side panel and add-on card show: plain JSON built from the casework, no sensitive fields.
import type { Branch } from '../../core/branches';
import { cellText, isDate } from '../../core/cells';
import { headerKey } from '../../core/headerKey';
import { calendarDay } from '../../core/normalise/dates';
import { DISPUTE_CRITERIA, ROUTES, STAGES } from '../../core/schema';
import type { Settings } from '../../core/settings';
import { capacityFor, capacityView, type Issue, needsAttention, organisationsFor } from '../../core/workflow';
import type { Casework } from './read';
import { recordsOf } from './read';

/** A date as YYYY-MM-DD in the spreadsheet's time zone ('' when empty). */
export function isoDay(date: Date | null, timeZone: string): string {
  if (!date) return '';
  const d = calendarDay(date, timeZone);
  return `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

export function attentionView(c: Casework, settings: Settings, branch?: string) {
  const list = needsAttention({
    issues: c.issues,
    members: c.members,
    nextSteps: c.nextSteps,
    settings,
    now: c.now,
    timeZone: c.db.timeZone,
    ...(branch ? { branch } : {}),
  });
  return {
    items: list.items.map((i) => ({
      kind: i.kind,
      issueId: i.issueId,
      memberName: i.memberName ?? '',
      branch: i.branch,
      detail: i.detail,
    })),
    groups: list.landlordGroups.map((g) => ({ sharedBy: g.kind, name: g.name, issueIds: [...g.issueIds] })),
  };
}

function legalDates(issue: Issue, timeZone: string) {
  const dates: Array<{ label: string; date: string }> = [];
  const add = (label: string, d: Date | null) => {
    if (d) dates.push({ label, date: isoDay(d, timeZone) });
  };
  add('Notice served', issue.noticeServed);
  add('Court hearing', issue.courtHearing);
  add('Bailiff date', issue.bailiffDate);
  add('Action date', issue.actionDate);
  return dates;
}

/**
 * Recent Activity log lines about this issue, newest first (the log is read only here, on demand), ending
 * with the issue's opening: the Issues row is the record of that, so filing a response logs nothing more.
 */
function activityOf(c: Casework, issueId: string, opened: Date | null, timeZone: string) {
  const log = c.db.table('activityLog');
  const lines = recordsOf(log)
    .filter((r) => cellText(r.Record) === issueId)
    .slice(-15)
    .reverse()
    .map((r) => ({
      when: isDate(r.When) ? `${isoDay(r.When, timeZone)}` : cellText(r.When),
      who: cellText(r.Who),
      action: cellText(r.Action),
      details: cellText(r.Details),
    }));
  if (lines.length < 15 && opened)
    lines.push({ when: isoDay(opened, timeZone), who: '', action: 'Issue opened', details: '' });
  return lines;
}

export function issueCardView(c: Casework, issueId: string) {
  const tz = c.db.timeZone;
  const issue = c.issue(issueId);
  const member = c.memberOf(issue);
  return {
    issue: {
      issueId: issue.id,
      summary: issue.summary,
      category: issue.category,
      stage: issue.stageText,
      route: issue.routeText,
      branch: issue.branch,
      urgent: issue.urgent,
      urgentReason: issue.urgentReason,
      opened: isoDay(issue.opened, tz),
      landlord: issue.landlord,
      lettingAgent: issue.lettingAgent,
      legalDates: legalDates(issue, tz),
    },
    member: {
      memberId: issue.memberId,
      name: member ? memberName(c, member.index) : '',
      standing: member?.standingText ?? '',
    },
    nextSteps: c.nextSteps
      .filter((s) => s.issueId === issue.id)
      .map((s) => ({
        nextStepId: s.id,
        what: s.what,
        who: s.who,
        byWhen: isoDay(s.byWhen, tz),
        where: s.where,
        status: s.statusText,
      })),
    activity: activityOf(c, issue.id, issue.opened, tz),
    stages: [...STAGES],
  };
}

function memberName(c: Casework, index: number): string {
  return cellText(c.db.table('members').value(index, 'Name'));
}

/** Contact details, shown only when a volunteer asks (the asking is logged by the caller). */
export function contactView(c: Casework, issueId: string) {
  const issue = c.issue(issueId);
  const member = c.memberOf(issue);
  if (!member) throw new Error(`${issueId} has no member linked: fill in its Member ID.`);
  const r = c.db.table('members').record(member.index);
  return {
    email: cellText(r.Email),
    phone: cellText(r.Phone),
    address: cellText(r.Address),
    preferred: cellText(r['Preferred contact']),
    safeTimes: cellText(r['Safe times to contact']),
  };
}

export function findIssuesView(c: Casework, query: string) {
  const q = headerKey(query);
  if (q.length < 2) return [];
  const names = c.db.table('members');
  const nameOf = new Map(c.members.map((m) => [m.id, cellText(names.value(m.index, 'Name'))]));
  return c.issues
    .filter((i) =>
      [i.id, i.summary, nameOf.get(i.memberId) ?? '', i.landlord].some((t) => headerKey(t).includes(q)),
    )
    .slice(0, 20)
    .map((i) => ({
      issueId: i.id,
      memberName: (nameOf.get(i.memberId) ?? '').split(' ')[0] ?? '',
      summary: i.summary,
      stage: i.stageText,
    }));
}

export function capacityRows(c: Casework, branches: readonly Branch[], settings: Settings) {
  return capacityView(c.issues, branches, settings.defaultDisputeLimit).map((b) => ({
    branch: b.branch,
    live: b.live,
    limit: b.limit,
    over: b.over,
    text: b.text,
  }));
}

export function decisionFormView(
  c: Casework,
  issueId: string,
  branches: readonly Branch[],
  settings: Settings,
) {
  const issue = c.issue(issueId);
  const capacity = capacityFor(issue.branch, c.issues, branches, settings.defaultDisputeLimit);
  return {
    issueId: issue.id,
    summary: issue.summary,
    branch: issue.branch,
    capacity: {
      live: capacity.live,
      limit: capacity.limit,
      over: capacity.live + 1 > capacity.limit,
      text: capacity.text,
    },
    routes: [...ROUTES],
    criteria: [...DISPUTE_CRITERIA],
  };
}

export function organisationsView(c: Casework, issueId: string) {
  const issue = c.issue(issueId);
  const member = c.memberOf(issue);
  const postcode = member ? cellText(c.db.table('members').value(member.index, 'Postcode')) : '';
  return organisationsFor(c.organisations, issue.category, postcode).map((o) => ({
    organisationId: o.id,
    name: o.name,
    helpsWith: o.helpsWith.join(', '),
    website: o.website,
  }));
}

import { agendaGroups, issuePriority, prioritise } from '../../../src/core/workflow';
import { at, day, issueRecord, issues, members, TZ } from './fixtures';

const now = at('2026-04-06T09:00:00Z');
const context = { now, timeZone: TZ, urgentWindowDays: 28 };
const people = members(
  ['MEM-M', 'Maya Member', 'Member'],
  ['MEM-N', 'Nia New', 'New member'],
  ['MEM-X', 'Xavi Notyet', 'Not yet a member'],
);

describe('priority order', () => {
  it('urgent first by nearest legal date, then existing members, then waiting time', () => {
    const list = issues(
      issueRecord('ISS-A', { 'Member ID': 'MEM-M', Opened: at('2026-01-01T10:00:00Z') }),
      issueRecord('ISS-B', { 'Member ID': 'MEM-X', 'Bailiff date': day('2026-04-15') }),
      issueRecord('ISS-C', { 'Member ID': 'MEM-X', 'Court hearing': day('2026-04-08') }),
      issueRecord('ISS-D', { 'Member ID': 'MEM-N', Opened: at('2025-12-01T10:00:00Z') }),
      issueRecord('ISS-E', { 'Member ID': 'MEM-M', Opened: at('2026-03-30T10:00:00Z') }),
      issueRecord('ISS-F', { 'Member ID': 'MEM-X', Urgent: 'Yes', 'Urgent reason': 'no heating' }),
      issueRecord('ISS-G', { 'Member ID': 'MEM-M', 'Court hearing': day('2026-07-01') }),
    );
    expect(prioritise(list, people, context).map((p) => p.issue.id)).toEqual([
      'ISS-C', // court hearing in 2 days
      'ISS-B', // bailiff in 9 days
      'ISS-F', // urgent, no date
      'ISS-A', // member, waiting since January
      'ISS-G', // member, waiting since 1 March (court date beyond the window is not urgent)
      'ISS-E', // member, waiting a week
      'ISS-D', // new member, even though waiting longest
    ]);
  });

  it('ignores legal dates that have passed', () => {
    const [i] = issues(issueRecord('ISS-A', { 'Bailiff date': day('2026-04-01') }));
    expect(issuePriority(i!, null, context)).toMatchObject({ urgent: false, legalDate: null });
  });

  it('counts waiting days on the London clock across the spring clock change', () => {
    // Opened Saturday 28 March 10:00 GMT; clocks go forward on the 29th; now Tuesday 31 March 10:00 BST.
    const [i] = issues(issueRecord('ISS-A', { Opened: at('2026-03-28T10:00:00Z') }));
    const p = issuePriority(i!, null, { ...context, now: at('2026-03-31T09:00:00Z') });
    expect(p.waitingDays).toBe(3);
  });
});

describe('agendaGroups', () => {
  const seven = ['1', '2', '3', '4', '5', '6', '7'];

  it('deals issues into groups of near-equal size with equal minutes', () => {
    const plan = agendaGroups(seven, 3, 45);
    expect(plan.groups.map((g) => g.issues)).toEqual([
      ['1', '4', '7'],
      ['2', '5'],
      ['3', '6'],
    ]);
    expect(plan.minutesPerIssue).toBe(15);
    expect(plan.warnings).toEqual([]);
  });

  it('keeps to 2-3 groups, never more groups than issues, and warns under 30 minutes', () => {
    expect(agendaGroups(seven, 5, 30).groups).toHaveLength(3);
    expect(agendaGroups(seven, 1, 30).groups).toHaveLength(2);
    expect(agendaGroups(['1'], 3, 30).groups).toHaveLength(1);
    expect(agendaGroups([], 2, 30)).toEqual({ groups: [], minutesPerIssue: 0, warnings: [] });
    expect(agendaGroups(seven, 2, 16).warnings).toEqual([
      'The guide asks for at least 30 minutes of member solidarity; 16 planned',
      'Only 4 minutes per issue: add time, or carry some issues to the next meeting',
    ]);
  });
});

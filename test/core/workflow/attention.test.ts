import { needsAttention } from '../../../src/core/workflow';
import { at, day, issueRecord, issues, members, SETTINGS, steps, TZ } from './fixtures';

// Monday 6 April 2026, 09:00 in London (BST).
const now = at('2026-04-06T08:00:00Z');
const people = members(
  ['MEM-1', 'Amina Yusuf', 'Member'],
  ['MEM-2', 'Ben Okafor', 'New member'],
  ['MEM-3', 'Cleo Martin', 'Not yet a member'],
);
const casework = issues(
  issueRecord('ISS-1', { 'Member ID': 'MEM-1', Urgent: 'Yes', 'Bailiff date': day('2026-04-15') }),
  issueRecord('ISS-2', { 'Member ID': 'MEM-2', 'Letting agent': 'Foxtons Ltd' }),
  issueRecord('ISS-3', {
    'Member ID': 'MEM-3',
    Stage: '4 Action',
    Route: 'Collective casework',
    'Last activity': at('2026-03-10T12:00:00Z'),
    'Letting agent': 'FOXTONS',
  }),
  issueRecord('ISS-4', {
    'Member ID': 'MEM-3',
    Stage: '1 Initial contact',
    Opened: at('2026-04-05T22:40:00Z'),
  }),
  issueRecord('ISS-5', {
    'Member ID': 'MEM-1',
    Stage: '1 Initial contact',
    Opened: at('2026-04-01T09:00:00Z'),
  }),
  issueRecord('ISS-6', {
    'Member ID': 'MEM-2',
    Stage: '4 Action',
    Route: 'Signposted',
    'Signposted to': 'Women’s refuge',
    'Follow-up date': day('2026-04-03'),
  }),
  issueRecord('ISS-7', { 'Member ID': 'MEM-1', Stage: 'Closed', Outcome: 'Won' }),
  issueRecord('ISS-8', { 'Member ID': 'MEM-1', Branch: 'Islington' }),
  issueRecord('ISS-9', { 'Member ID': 'MEM-3', Urgent: true, 'Urgent reason': 'no heating' }),
);
const todo = steps(
  { 'Issue ID': 'ISS-1', 'By when': day('2026-04-10') },
  { 'Issue ID': 'ISS-2', 'By when': day('2026-04-01'), Who: 'Jo' },
  { 'Issue ID': 'ISS-2', 'By when': day('2026-04-04') },
  { 'Issue ID': 'ISS-2', 'By when': day('2026-03-01'), Status: 'Done' },
  { 'Issue ID': 'ISS-7', 'By when': day('2026-03-01') },
  { 'Issue ID': 'ISS-8', Status: 'Dropped' },
);
const input = { issues: casework, members: people, nextSteps: todo, settings: SETTINGS, now, timeZone: TZ };

describe('needsAttention', () => {
  it('lists each kind in order, most pressing first within a kind', () => {
    const { items } = needsAttention(input);
    expect(items.map((i) => [i.kind, i.issueId, i.memberName, i.detail])).toEqual([
      ['urgent', 'ISS-1', 'Amina', 'Bailiff date in 9 days'],
      ['urgent', 'ISS-9', 'Cleo', 'Marked urgent, no next step yet'],
      ['overdue', 'ISS-2', 'Ben', 'Next step overdue by 5 days (Jo) and 1 more'],
      ['noNextStep', 'ISS-9', 'Cleo', 'No open next step: agree who does what by when'],
      ['noNextStep', 'ISS-8', 'Amina', 'No open next step: agree who does what by when'],
      ['noNextStep', 'ISS-3', 'Cleo', 'No open next step: agree who does what by when'],
      ['silent', 'ISS-3', 'Cleo', 'No activity for 26 days'],
      ['notCalledBack', 'ISS-5', 'Amina', 'Not yet called back (4 days, over the 3-day aim)'],
      ['notCalledBack', 'ISS-4', 'Cleo', 'Not yet called back (0 days)'],
      [
        'followUpDue',
        'ISS-6',
        'Ben',
        'Follow-up 3 days overdue: check the member got the help they were signposted to',
      ],
    ]);
    expect(items[0]!.priorityKey).toEqual([0, 0, 9, 0, -35]);
  });

  it('filters by branch, and shows shared landlords touching that branch', () => {
    const result = needsAttention({ ...input, branch: 'islington' });
    expect(result.items.map((i) => i.issueId)).toEqual(['ISS-8']);
    expect(result.landlordGroups).toEqual([]);
    const hackney = needsAttention({ ...input, branch: 'Hackney' });
    expect(hackney.landlordGroups.map((g) => [g.name, g.issueIds])).toEqual([
      ['FOXTONS', ['ISS-2', 'ISS-3']],
    ]);
  });

  it('does not repeat an issue within a kind, and leaves closed issues out', () => {
    const { items } = needsAttention(input);
    const keys = items.map((i) => `${i.kind}/${i.issueId}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(items.some((i) => i.issueId === 'ISS-7')).toBe(false);
  });

  it('counts silence in London days across the clock change', () => {
    // Last touched Monday 9 March 10:00 GMT; now Monday 30 March 10:30 BST: 21 days on the wall clock,
    // though only 20 days and 23.5 hours have passed.
    const quiet = issues(
      issueRecord('ISS-1', {
        'Last activity': at('2026-03-09T10:00:00Z'),
        Opened: at('2026-03-01T10:00:00Z'),
      }),
    );
    const { items } = needsAttention({
      ...input,
      issues: quiet,
      nextSteps: steps({ 'Issue ID': 'ISS-1', 'By when': day('2026-04-30') }),
      now: at('2026-03-30T09:30:00Z'),
    });
    expect(items.map((i) => i.detail)).toEqual(['No activity for 21 days']);
  });

  it('shows a court hearing today as urgent', () => {
    const { items } = needsAttention({
      ...input,
      issues: issues(issueRecord('ISS-1', { 'Court hearing': day('2026-04-06') })),
      nextSteps: steps({ 'Issue ID': 'ISS-1' }),
    });
    expect(items.map((i) => i.detail)).toEqual(['Court hearing today']);
  });
});

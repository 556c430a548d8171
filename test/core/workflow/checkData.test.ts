import { checkData, describeProblem } from '../../../src/core/workflow';
import { branches, day, decisions, issueRecord, issues, members, steps } from './fixtures';

const base = {
  members: members(['MEM-0001', 'Amina Yusuf', 'Member']),
  branches: branches({ Name: 'Hackney', 'Dispute limit': 1 }),
  nextSteps: [],
  decisions: [],
};
const run = (data: Partial<Parameters<typeof checkData>[0]>) =>
  checkData({ ...base, issues: [], ...data }, { defaultDisputeLimit: 4 }).map(
    (p) => `${p.sheet} ${p.row}${p.issueId ? ` ${p.issueId}` : ''}: ${p.problem} | ${p.fix}`,
  );

describe('checkData', () => {
  it('finds nothing wrong in tidy data', () => {
    expect(run({ issues: issues(issueRecord('ISS-1')) })).toEqual([]);
  });

  it('reports unknown dropdown values and an empty stage', () => {
    const found = run({
      issues: issues(
        issueRecord('ISS-1', { Stage: 'Dispute', Route: 'Campaign', Category: 'Mould', Outcome: 'Great' }),
        issueRecord('ISS-2', { Stage: '' }),
      ),
    });
    expect(found).toEqual([
      'Issues 2 ISS-1: has Stage "Dispute", which Solidarity Desk does not know | In "Stage", choose one of: 1 Initial contact, 2 Peer support, 3 Team decision, 4 Action, 5 Evaluation, Closed',
      expect.stringMatching(/^Issues 2 ISS-1: has Route "Campaign".*choose one of: Peer support only/),
      expect.stringMatching(/^Issues 2 ISS-1: has Category "Mould"/),
      expect.stringMatching(/^Issues 2 ISS-1: has Outcome "Great"/),
      expect.stringMatching(/^Issues 3 ISS-2: has no stage \| In "Stage", choose one of/),
    ]);
  });

  it('reports a public dispute without a decision, action without a route, closed without outcome', () => {
    const found = run({
      issues: issues(
        issueRecord('ISS-1', { Stage: '4 Action', Route: 'Public dispute' }),
        issueRecord('ISS-2', { Stage: '5 Evaluation' }),
        issueRecord('ISS-3', { Stage: 'Closed' }),
        issueRecord('ISS-4', { Stage: '4 Action', Route: 'Signposted' }),
      ),
    });
    expect(found).toEqual([
      "Issues 2 ISS-1: is on the Public dispute route but no decision is recorded | Record the team's decision with the four criteria (Decide a route), or change the route",
      'Issues 3 ISS-2: has stage "5 Evaluation" but no route | Record the team\'s decision, or move the issue back to 3 Team decision',
      'Issues 4 ISS-3: is Closed but has no outcome | In "Outcome", choose one of: Won, Partly won, Lost, Withdrawn, Signposted, Moved on',
      'Issues 4 ISS-3: is Closed but has no "Closed on" date | Fill in the day it closed',
      'Issues 5 ISS-4: is signposted without an organisation and a follow-up date | Fill in "Signposted to" and "Follow-up date" so someone checks the member got help',
    ]);
  });

  it('reports dates typed as text, bad money, missing members and branches, duplicate ids', () => {
    const found = run({
      issues: issues(
        issueRecord('ISS-1', {
          'Bailiff date': 'next Tuesday',
          'Money recovered': 'lots',
          'Member ID': 'MEM-9',
        }),
        issueRecord('ISS-1', { Branch: 'Hakney' }),
      ),
    });
    expect(found).toEqual([
      'Issues 2 ISS-1: has text in "Bailiff date" where a date should be | Retype it as a date, e.g. 03/04/2026, so it sorts and counts',
      'Issues 2 ISS-1: points to member "MEM-9", who is not in Members | Correct the Member ID, or add the member',
      'Issues 2 ISS-1: has "lots" in "Money recovered" | Write the amount in pounds, e.g. 2400 or £2,400.50',
      'Issues 3 ISS-1: has the same Issue ID as row 2 ("ISS-1") | Give one of them a new Issue ID (the next free number), and fix anything pointing to it',
      'Issues 3 ISS-1: has branch "Hakney", which is not in Branches | Use a branch name from the Branches sheet (Hackney)',
    ]);
  });

  it('reports next steps pointing nowhere, open on closed issues, or with unknown status', () => {
    const found = run({
      issues: issues(
        issueRecord('ISS-1', { Stage: 'Closed', Outcome: 'Won', 'Closed on': day('2026-03-01') }),
      ),
      nextSteps: steps(
        { 'Issue ID': 'ISS-9' },
        { 'Issue ID': 'ISS-1' },
        { 'Issue ID': 'ISS-1', Status: 'Waiting' },
      ),
    });
    expect(found).toEqual([
      'Next steps 2 ISS-9: points to issue "ISS-9", which is not in Issues | Correct the Issue ID',
      'Next steps 3 ISS-1: is still Open but ISS-1 is Closed | Mark it Done or Dropped',
      'Next steps 4 ISS-1: has Status "Waiting", which Solidarity Desk does not know | In "Status", choose one of: Open, Done, Dropped',
    ]);
  });

  it('reports unanswered criteria, an override with no reason, and a branch over its limit', () => {
    const dispute = (id: string) => issueRecord(id, { Stage: '4 Action', Route: 'Public dispute' });
    const found = run({
      issues: issues(dispute('ISS-1'), dispute('ISS-2')),
      decisions: decisions(
        {
          'Issue ID': 'ISS-1',
          Route: 'Public dispute',
          'Builds the union’s power': 'Yes',
          'Capacity to see it through': 'No',
          'Clear power holder': 'yes',
          'Member can lead and agrees to publicity': 'y',
        },
        {
          'Issue ID': 'ISS-2',
          Route: 'Public dispute',
          'Builds the union’s power': 'Yes',
          'Over capacity': 'Yes',
        },
      ),
    });
    expect(found).toEqual([
      "Issues 3 ISS-2: takes Hackney to 2 of 1 public dispute (1 over the limit) with no override recorded | Record the team's override reason on this issue's decision, or raise the branch's Dispute limit",
      'Decisions 3 ISS-2: leaves "Capacity to see it through", "Clear power holder", "Member can lead and agrees to publicity" unanswered | Answer each of the 4 criteria Yes or No',
      'Decisions 3 ISS-2: is marked over capacity with no override reason | Write why the branch took on one more dispute in "Override reason"',
    ]);
  });

  it('uses the adapter’s row numbers and sheet names, and describes a problem in one line', () => {
    const [p] = checkData(
      { ...base, issues: issues(issueRecord('ISS-1', { Stage: 'Closed', Outcome: 'Won' })) },
      { defaultDisputeLimit: 4, rowNumber: (_t, i) => i + 5, sheetName: () => 'Cases' },
    );
    expect(describeProblem(p!)).toBe(
      'Row 5 of Cases (ISS-1) is Closed but has no "Closed on" date. Fix: Fill in the day it closed.',
    );
  });
});

import { capacityFor, capacityView, isLiveDispute, wouldExceed } from '../../../src/core/workflow';
import { branches, issueRecord, issues } from './fixtures';

const dispute = (id: string, branch: string, stage = '4 Action') =>
  issueRecord(id, { Branch: branch, Route: 'Public dispute', Stage: stage });

const all = issues(
  dispute('ISS-1', 'Hackney'),
  dispute('ISS-2', 'hackney '),
  dispute('ISS-3', 'Hackney', 'Closed'),
  issueRecord('ISS-4', { Branch: 'Hackney', Route: 'Collective casework', Stage: '4 Action' }),
  dispute('ISS-5', 'Islington', '5 Evaluation'),
  dispute('ISS-6', 'Hakney'),
);
const list = branches({ Name: 'Hackney', 'Dispute limit': 2 }, { Name: 'Islington', 'Dispute limit': '' });

describe('capacity', () => {
  it('counts open public disputes only', () => {
    expect(all.filter(isLiveDispute).map((i) => i.id)).toEqual(['ISS-1', 'ISS-2', 'ISS-5', 'ISS-6']);
  });

  it('uses the branch limit, or the Settings default when blank', () => {
    expect(capacityFor('Hackney', all, list, 4)).toMatchObject({
      branch: 'Hackney',
      limit: 2,
      defaultLimit: false,
      live: 2,
      issueIds: ['ISS-1', 'ISS-2'],
      free: 0,
      over: false,
      text: '2 of 2 public disputes (full)',
    });
    expect(capacityFor('Islington', all, list, 4)).toMatchObject({ limit: 4, defaultLimit: true, free: 3 });
  });

  it('shows every branch, plus stray branch names on live disputes', () => {
    expect(capacityView(all, list, 4).map((r) => [r.branch, r.text])).toEqual([
      ['Hackney', '2 of 2 public disputes (full)'],
      ['Islington', '1 of 4 public disputes (3 free)'],
      ['Hakney', '1 of 4 public disputes (3 free)'],
    ]);
  });

  it('says when one more would exceed the limit, but not for a dispute already counted', () => {
    const hackney = capacityFor('Hackney', all, list, 4);
    expect(wouldExceed(hackney, 'ISS-9')).toBe(true);
    expect(wouldExceed(hackney, 'ISS-1')).toBe(false);
  });
});

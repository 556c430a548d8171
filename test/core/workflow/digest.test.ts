import { parseMembers } from '../../../src/core/workflow';
import { branchDigest } from '../../../src/core/workflow/digest';
import { at, branches, day, issueRecord, issues, SETTINGS, steps, TZ } from './fixtures';

const now = at('2026-04-06T07:00:00Z');
const people = parseMembers(
  [
    {
      'Member ID': 'MEM-1',
      Name: 'Amina Yusuf',
      Email: 'amina@example.org',
      Phone: '+44 7700 900123',
      Address: '12 Acacia Road',
      'Membership standing': 'Member',
      'Access needs': 'wheelchair user',
      'Private notes': 'immigration status pending',
    },
    { 'Member ID': 'MEM-2', Name: 'Ben Okafor', 'Membership standing': 'New member' },
  ],
  TZ,
);
const secret = { 'Private notes': 'domestic abuse, do not call after 6pm' };
const casework = issues(
  issueRecord('ISS-1', {
    ...secret,
    'Member ID': 'MEM-1',
    'Bailiff date': day('2026-04-15'),
    'Property address': 'Flat 3, 12 Acacia Road, N16 7AB',
    'Letting agent': 'Foxtons Ltd',
    'Urgent reason': 'threatened by landlord',
    Urgent: 'Yes',
  }),
  issueRecord('ISS-2', {
    'Member ID': 'MEM-2',
    'Court hearing': day('2026-04-30'),
    'Property address': 'Flat 5, 12 Acacia Rd, N16 7AB',
    'Letting agent': 'FOXTONS',
  }),
  issueRecord('ISS-3', { Stage: '4 Action', Route: 'Public dispute', 'Member ID': 'MEM-1' }),
  issueRecord('ISS-4', { Branch: 'Islington', 'Court hearing': day('2026-04-08') }),
);
const input = {
  branch: 'Hackney',
  issues: casework,
  members: people,
  nextSteps: steps({ 'Issue ID': 'ISS-2', 'By when': day('2026-04-02'), Who: 'Jo' }),
  branches: branches({ Name: 'Hackney', 'Dispute limit': 3, 'Next meeting': at('2026-04-09T18:00:00Z') }),
  settings: SETTINGS,
  now,
  timeZone: TZ,
};

describe('branchDigest', () => {
  const digest = branchDigest(input);

  it('has a subject saying how much needs attention', () => {
    expect(digest.subject).toBe('Solidarity Desk: Hackney, 5 things to look at, 2 urgent');
    expect(digest.attentionCount).toBe(5);
  });

  it('lists attention, the fortnight’s legal dates, capacity and shared landlords', () => {
    expect(digest.body).toBe(
      [
        'Member solidarity digest for Hackney, Monday 6 April 2026.',
        'Next meeting: Thu 9 Apr, 19:00.',
        '',
        'NEEDS ATTENTION (5)',
        'Urgent:',
        '- ISS-1 (Amina): Bailiff date in 9 days',
        '- ISS-2 (Ben): Court hearing in 24 days',
        'Overdue next steps:',
        '- ISS-2 (Ben): Next step overdue by 4 days (Jo)',
        'No next step:',
        '- ISS-1 (Amina): No open next step: agree who does what by when',
        '- ISS-3 (Amina): No open next step: agree who does what by when',
        '',
        'COURT AND BAILIFF DATES, NEXT 14 DAYS',
        '- Wed 15 Apr: bailiff date, ISS-1 (Amina)',
        '',
        'CAPACITY',
        '1 of 3 public disputes (2 free).',
        '',
        'SAME LANDLORD, AGENT OR BUILDING (the seed of a collective dispute?)',
        '- Same building in N16: ISS-1, ISS-2',
        '- Same letting agent, FOXTONS: ISS-1, ISS-2',
        '',
        'Open the casework spreadsheet for details. Contact details and private notes are left out of this email on purpose.',
      ].join('\n'),
    );
  });

  it('leaves out sensitive and personal fields', () => {
    const text = `${digest.subject}\n${digest.body}`;
    for (const leak of [
      'immigration',
      'domestic abuse',
      'wheelchair',
      'threatened',
      'Yusuf',
      'Okafor',
      'amina@example.org',
      '7700',
      'Acacia',
      'N16 7AB',
      'Damp',
    ])
      expect(text).not.toContain(leak);
  });

  it('says so when nothing needs attention', () => {
    const calm = branchDigest({ ...input, issues: [], nextSteps: [] });
    expect(calm.subject).toBe('Solidarity Desk: Hackney, 0 things to look at');
    expect(calm.body).toContain('Nothing needs attention.');
    expect(calm.body).toContain('No court or bailiff dates in the next 14 days.');
  });
});

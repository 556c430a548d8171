// The indexed paths (digests for every branch at once, landlord groups) give what the per-branch ones do, and stay linear.
import type { RecordValues } from '../../../src/core/cells';
import {
  branchDigest,
  branchDigests,
  needsAttention,
  needsAttentionByBranch,
  parseMembers,
  sharedLandlordGroups,
} from '../../../src/core/workflow';
import { at, branches, day, issueRecord, issues, SETTINGS, steps, TZ } from './fixtures';

const now = at('2026-04-06T07:00:00Z');
const BRANCHES = ['Hackney', 'Islington', ' hackney ', 'Tower Hamlets', ''];
const STAGES = ['1 Initial contact', '2 Peer support', '4 Action', 'Closed'];
const LANDLORDS = ['Foxtons Ltd', 'FOXTONS', 'Grainger plc', '', 'unknown', 'Smith & Co Lettings'];
const ADDRESSES = [
  'Flat 3, 12 Acacia Road, N16 7AB',
  'Flat 5, 12 Acacia Rd',
  '12 Acacia Road, E8 1AA',
  'Brunel House, Mile End',
  '4 High St, N1 2BB',
  '',
];

/** A mixed casebook: several branches (spelled differently), stages, shared landlords and buildings. */
function casebook(size: number): RecordValues[] {
  return Array.from({ length: size }, (_, i) =>
    issueRecord(`ISS-${i + 1}`, {
      'Member ID': `MEM-${(i % 7) + 1}`,
      Branch: BRANCHES[i % BRANCHES.length]!,
      Stage: STAGES[i % STAGES.length]!,
      Landlord: LANDLORDS[i % LANDLORDS.length]!,
      'Letting agent': LANDLORDS[(i * 5) % LANDLORDS.length]!,
      'Property address': ADDRESSES[(i * 3) % ADDRESSES.length]!,
      ...(i % 9 === 0 ? { Urgent: 'Yes' } : {}),
      ...(i % 11 === 0 ? { 'Court hearing': day('2026-04-20') } : {}),
      ...(i % 13 === 0 ? { Stage: '4 Action', Route: 'Public dispute' } : {}),
    }),
  );
}

const people = parseMembers(
  Array.from({ length: 7 }, (_, i) => ({
    'Member ID': `MEM-${i + 1}`,
    Name: `Person ${i + 1}`,
    'Membership standing': i % 2 ? 'Member' : 'New member',
  })),
  TZ,
);
const input = {
  issues: issues(...casebook(60)),
  members: people,
  nextSteps: steps(
    { 'Issue ID': 'ISS-2', 'By when': day('2026-04-02'), Who: 'Jo' },
    { 'Issue ID': 'ISS-6', 'By when': day('2026-04-20') },
    { 'Issue ID': 'ISS-10', Status: 'Done' },
  ),
  branches: branches({ Name: 'Hackney', 'Dispute limit': 3 }, { Name: 'Islington' }),
  settings: SETTINGS,
  now,
  timeZone: TZ,
};

describe('needsAttentionByBranch', () => {
  it('gives each branch exactly what needsAttention gives it alone', () => {
    const names = ['Hackney', 'islington', 'Tower Hamlets', 'Camden', ''];
    const split = needsAttentionByBranch(input, names);
    names.forEach((branch, i) => {
      expect(split[i]).toEqual(needsAttention({ ...input, branch }));
    });
    expect(split[0]!.items.length).toBeGreaterThan(0);
    expect(split[0]!.landlordGroups.length).toBeGreaterThan(0);
  });
});

describe('branchDigests', () => {
  it('gives each branch the digest branchDigest gives it', () => {
    const names = ['Hackney', 'Islington', 'Camden'];
    const all = branchDigests(input, names);
    expect(all).toEqual(names.map((branch) => branchDigest({ ...input, branch })));
  });
});

describe('sharedLandlordGroups at scale', () => {
  it('groups 40,000 issues sharing a few landlords and buildings in linear time', () => {
    const many = issues(...casebook(40_000));
    const started = Date.now();
    const groups = sharedLandlordGroups(many);
    // Copying each group per issue, or scanning every building per building, took minutes here.
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(groups.length).toBeGreaterThan(0);
  });
});

// How many public disputes each branch carries against its limit: taking one more is a deliberate choice.
import type { Branch } from '../branches';
import { type Issue, isOpen } from './model';

/** A branch's dispute load. */
export interface BranchCapacity {
  /** The branch name as written in Branches ("" for issues without a branch). */
  readonly branch: string;
  readonly limit: number;
  /** True when the limit is the Settings default because the branch row leaves it blank. */
  readonly defaultLimit: boolean;
  readonly live: number;
  /** Issue ids of the live disputes. */
  readonly issueIds: readonly string[];
  /** Disputes the branch can still take on (0 when full or over). */
  readonly free: number;
  readonly over: boolean;
  /** For display: "3 of 4 public disputes (1 free)". */
  readonly text: string;
}

/** A live dispute: an open issue on the Public dispute route. */
export function isLiveDispute(issue: Pick<Issue, 'route' | 'stage'>): boolean {
  return issue.route === 'Public dispute' && isOpen(issue);
}

function sameBranch(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

function describe(live: number, limit: number): string {
  const load = `${live} of ${limit} public dispute${limit === 1 ? '' : 's'}`;
  if (live > limit) return `${load} (${live - limit} over the limit)`;
  if (live === limit) return `${load} (full)`;
  return `${load} (${limit - live} free)`;
}

/** The capacity of one branch, by name; the limit is its "Dispute limit" or the Settings default. */
export function capacityFor(
  branchName: string,
  issues: readonly Issue[],
  branches: readonly Branch[],
  defaultDisputeLimit: number,
): BranchCapacity {
  const branch = branches.find((b) => sameBranch(b.name, branchName));
  const limit = branch?.disputeLimit ?? defaultDisputeLimit;
  const issueIds = issues
    .filter((i) => isLiveDispute(i) && sameBranch(i.branch, branchName))
    .map((i) => i.id);
  const live = issueIds.length;
  return {
    branch: branch?.name ?? branchName.trim(),
    limit,
    defaultLimit: branch?.disputeLimit == null,
    live,
    issueIds,
    free: Math.max(0, limit - live),
    over: live > limit,
    text: describe(live, limit),
  };
}

/**
 * One row per branch in Branches, in sheet order, then any branch name found only on live disputes
 * (a typo, or no branch) so no dispute is left uncounted.
 */
export function capacityView(
  issues: readonly Issue[],
  branches: readonly Branch[],
  defaultDisputeLimit: number,
): BranchCapacity[] {
  const rows = branches.map((b) => capacityFor(b.name, issues, branches, defaultDisputeLimit));
  const strays: string[] = [];
  for (const issue of issues) {
    if (!isLiveDispute(issue)) continue;
    const known = branches.some((b) => sameBranch(b.name, issue.branch));
    if (!known && !strays.some((s) => sameBranch(s, issue.branch))) strays.push(issue.branch);
  }
  return [...rows, ...strays.map((s) => capacityFor(s, issues, branches, defaultDisputeLimit))];
}

/** Whether opening one more public dispute for this issue goes over the limit (re-deciding a live one does not). */
export function wouldExceed(capacity: BranchCapacity, issueId: string): boolean {
  if (capacity.issueIds.includes(issueId)) return capacity.live > capacity.limit;
  return capacity.live + 1 > capacity.limit;
}

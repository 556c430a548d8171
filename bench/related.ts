// Generated records that hang off issues: next steps, decisions, actions, power map, meetings and the log.
import { formatId } from '../src/core/ids';
import { ACTION_TYPES, DISPUTE_CRITERIA } from '../src/core/schema';
import type { BenchRecord } from './fill';
import type { BenchIssue } from './issues';
import { type BenchBranch, volunteer } from './people';
import { DAY, type Seeded } from './random';
import { LANDLORDS, NEXT_STEP_WORDS } from './vocabulary';

/** ~2 next steps per issue; those of open issues mostly still open, with a due date near today. */
export function nextStepRows(issues: readonly BenchIssue[], rng: Seeded, now: Date): BenchRecord[] {
  const rows: BenchRecord[] = [];
  for (const issue of issues) {
    const steps = rng.weighted([
      [1, 3],
      [2, 4],
      [3, 3],
    ]);
    for (let s = 0; s < steps; s++) {
      const open = issue.stage !== 'Closed' && s === steps - 1;
      const created = rng.daysAfter(issue.opened, 0, 60);
      rows.push({
        'Next step ID': formatId('NS', rows.length + 1),
        'Issue ID': issue.id,
        What: rng.pick(NEXT_STEP_WORDS),
        Who: volunteer(rng),
        'By when': open ? rng.daysAfter(now, -10, 21) : rng.daysAfter(created, 3, 21),
        Status: open
          ? 'Open'
          : rng.weighted([
              ['Done', 5],
              ['Dropped', 1],
            ]),
        'Done on': open ? '' : rng.daysAfter(created, 1, 20),
        Created: created,
        Updated: created,
      });
    }
  }
  return rows;
}

/** ~5 log rows per issue: filed, called back, stage moves, next steps, edits. */
export function activityLogRows(issues: readonly BenchIssue[], rng: Seeded): BenchRecord[] {
  const rows: BenchRecord[] = [];
  const actions = ['Stage changed', 'Next step added', 'Next step done', 'Edited', 'Called back'] as const;
  for (const issue of issues) {
    rows.push({
      When: issue.opened,
      Who: 'New-issue form',
      Record: issue.id,
      Action: 'Filed from form',
      Details: `New issue for ${issue.member.id}`,
    });
    const more = rng.int(2, 6);
    for (let i = 0; i < more; i++) {
      const action = rng.pick(actions);
      rows.push({
        When: rng.daysAfter(issue.opened, 1, 120),
        Who: `${volunteer(rng).toLowerCase()}@branch.example`,
        Record: issue.id,
        Action: action,
        Details: action === 'Stage changed' ? `Stage: 1 Initial contact → ${issue.stage}` : action,
      });
    }
  }
  return rows;
}

/** Stage 3 decisions for issues that have a route, with the four dispute criteria for disputes. */
export function decisionRows(issues: readonly BenchIssue[], rng: Seeded): BenchRecord[] {
  const rows: BenchRecord[] = [];
  for (const issue of issues) {
    if (issue.route === '') continue;
    const dispute = issue.route === 'Public dispute';
    const criteria: Record<string, boolean | string> = {};
    for (const c of DISPUTE_CRITERIA) {
      criteria[c] = dispute || rng.chance(0.3);
      if (dispute) criteria[`${c}: note`] = 'Agreed at the team meeting.';
    }
    rows.push({
      'Decision ID': formatId('DEC', rows.length + 1),
      'Issue ID': issue.id,
      Route: issue.route,
      'Decided by': 'Member solidarity team',
      'Decided on': rng.daysAfter(issue.opened, 14, 60),
      Reason: dispute
        ? 'Same landlord as four other members; the member wants to lead.'
        : 'Capacity is full.',
      ...criteria,
      'Over capacity': false,
    });
  }
  return rows;
}

/** Actions and power-map targets for the (few) public disputes. */
export function disputeRows(
  issues: readonly BenchIssue[],
  rng: Seeded,
): { actions: BenchRecord[]; targets: BenchRecord[] } {
  const actions: BenchRecord[] = [];
  const targets: BenchRecord[] = [];
  for (const issue of issues) {
    if (issue.route !== 'Public dispute') continue;
    for (let i = rng.int(1, 4); i > 0; i--) {
      actions.push({
        'Action ID': formatId('ACT', actions.length + 1),
        'Issue ID': issue.id,
        Date: rng.daysAfter(issue.opened, 30, 150),
        Type: rng.pick(ACTION_TYPES),
        Description: 'Delegation of 12 members to the letting agent’s office.',
        Turnout: rng.int(5, 60),
      });
    }
    for (let i = rng.int(2, 4); i > 0; i--) {
      targets.push({
        'Target ID': formatId('PM', targets.length + 1),
        'Issue ID': issue.id,
        Name: rng.pick(LANDLORDS),
        Kind: rng.pick(['Landlord', 'Letting agent', 'Council', 'Investor']),
        Influence: rng.pick(['High', 'Medium', 'Low']),
        Stance: rng.pick(['Ally', 'Neutral', 'Opponent', 'Unknown']),
        Leverage: 'Reputation with the council; planning application pending.',
      });
    }
  }
  return { actions, targets };
}

/** Past branch and team meetings: about one per 20 issues, spread over the branches and three years. */
export function meetingRows(
  count: number,
  branches: readonly BenchBranch[],
  rng: Seeded,
  now: Date,
): BenchRecord[] {
  return Array.from({ length: count }, (_, i) => {
    const date = new Date(now.getTime() - rng.int(1, 3 * 365) * DAY);
    date.setUTCHours(19, 0, 0, 0);
    return {
      'Meeting ID': formatId('MTG', i + 1),
      Branch: rng.pick(branches).name,
      Date: date,
      Place: 'Community centre',
      Kind: rng.pick(['Branch meeting', 'Member solidarity team']),
      Created: date,
    };
  });
}

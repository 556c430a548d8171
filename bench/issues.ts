// Generated issues: categories, stages, routes, urgency and dates spread realistically over three years.
import { formatId } from '../src/core/ids';
import { CATEGORIES, type Stage } from '../src/core/schema';
import type { BenchRecord } from './fill';
import type { BenchMember } from './people';
import { volunteer } from './people';
import type { Seeded } from './random';
import { LANDLORDS, LETTING_AGENTS, OUTCOME_WORDS, PROBLEMS } from './vocabulary';

/** What later generators (next steps, log, decisions) need to know about an issue. */
export interface BenchIssue {
  readonly id: string;
  readonly member: BenchMember;
  readonly stage: Stage;
  readonly route: string;
  readonly opened: Date;
  readonly urgent: boolean;
}

const STAGE_WEIGHTS: ReadonlyArray<readonly [Stage, number]> = [
  ['1 Initial contact', 12],
  ['2 Peer support', 14],
  ['3 Team decision', 2],
  ['4 Action', 3],
  ['5 Evaluation', 2],
  ['Closed', 67],
];

function routeFor(stage: Stage, rng: Seeded): string {
  if (stage === '1 Initial contact' || stage === '2 Peer support') return '';
  if (stage === '3 Team decision' && rng.chance(0.5)) return '';
  // Most closed issues ended at peer support or signposting, without a team decision.
  if (stage === 'Closed' && rng.chance(0.95)) return '';
  return rng.weighted([
    ['Peer support only', 4],
    ['Collective casework', 4],
    ['Public dispute', 1],
    ['Signposted', 3],
  ]);
}

function outcomeFields(stage: Stage, opened: Date, rng: Seeded): BenchRecord {
  if (stage !== 'Closed') return {};
  const outcome = rng.weighted([
    ['Won', 3],
    ['Partly won', 2],
    ['Lost', 1],
    ['Withdrawn', 1],
    ['Signposted', 2],
    ['Moved on', 1],
  ]);
  const won = outcome === 'Won' || outcome === 'Partly won';
  return {
    Outcome: outcome,
    'Money recovered': won && rng.chance(0.4) ? rng.int(2, 90) * 50 : '',
    'Repairs won': won && rng.chance(0.5),
    'What was won': won ? rng.pick(OUTCOME_WORDS) : '',
    'Closed on': rng.daysAfter(opened, 20, 200),
  };
}

function urgencyFields(urgent: boolean, open: boolean, now: Date, opened: Date, rng: Seeded): BenchRecord {
  if (!urgent) return { Urgent: false };
  const when = open ? rng.daysAfter(now, 5, 40) : rng.daysAfter(opened, 10, 60);
  return {
    Urgent: true,
    'Urgent reason': 'Court hearing soon',
    'Notice served': rng.daysAfter(opened, -60, -5),
    'Court hearing': when,
  };
}

/**
 * One issue per index: the first ~0.8N go to distinct members, the rest to returning members.
 * About 5% are urgent (an eviction with a date); two in three are closed with an outcome.
 */
export function issueRows(
  count: number,
  members: readonly BenchMember[],
  rng: Seeded,
  now: Date,
): { rows: BenchRecord[]; issues: BenchIssue[] } {
  const rows: BenchRecord[] = [];
  const issues: BenchIssue[] = [];
  for (let n = 1; n <= count; n++) {
    const member = n <= members.length ? members[n - 1]! : rng.pick(members);
    const stage = rng.weighted(STAGE_WEIGHTS);
    const category = rng.pick(CATEGORIES);
    const opened = new Date(Math.max(member.joined.getTime(), rng.daysBefore(now, 3 * 365).getTime()));
    const urgent = rng.chance(0.05);
    const route = routeFor(stage, rng);
    const id = formatId('ISS', n);
    issues.push({ id, member, stage, route, opened, urgent });
    const problem = rng.pick(PROBLEMS[category] ?? PROBLEMS.Other!);
    rows.push({
      'Issue ID': id,
      'Member ID': member.id,
      Branch: member.branch.name,
      Category: category,
      Summary: `${category} at ${member.postcode}`,
      Description: problem,
      Demand: rng.chance(0.4) ? 'Repairs done within 28 days and a rent reduction while they are not.' : '',
      Landlord: rng.pick(LANDLORDS),
      'Letting agent': rng.chance(0.5) ? rng.pick(LETTING_AGENTS) : '',
      'Property address': member.address,
      Stage: stage,
      Route: route,
      ...urgencyFields(urgent, stage !== 'Closed', now, opened, rng),
      Opened: opened,
      'First contact on': rng.daysAfter(opened, 1, 6),
      'Last activity': new Date(Math.min(now.getTime(), rng.daysAfter(opened, 1, 120).getTime())),
      Owner: stage === '1 Initial contact' && rng.chance(0.5) ? '' : volunteer(rng),
      ...outcomeFields(stage, opened, rng),
      'Private notes': rng.chance(0.03) ? 'Immigration status: do not share.' : '',
      Created: opened,
      Updated: opened,
    });
  }
  return { rows, issues };
}

// Generated branches, organisations and members: who the casework is about and where they live.
import { formatId } from '../src/core/ids';
import type { BenchRecord } from './fill';
import { DAY, type Seeded } from './random';
import {
  BRANCH_AREAS,
  FAMILY_NAMES,
  GIVEN_NAMES,
  ORGANISATION_NAMES,
  STREETS,
  VOLUNTEERS,
} from './vocabulary';

/** A generated branch: its name and the postcode districts it covers. */
export interface BenchBranch {
  readonly name: string;
  readonly districts: readonly string[];
}

/** 10 to 16 branches (more for bigger unions), each with its postcode districts and dispute limit. */
export function branchRows(
  size: number,
  rng: Seeded,
  now: Date,
): { rows: BenchRecord[]; branches: BenchBranch[] } {
  const count = Math.min(BRANCH_AREAS.length, size >= 10_000 ? 16 : size >= 1_000 ? 13 : 10);
  const branches = BRANCH_AREAS.slice(0, count).map(([name, areas]) => ({
    name,
    districts: areas.split(', '),
  }));
  const rows = branches.map((b, i) => ({
    'Branch ID': formatId('BR', i + 1),
    Name: b.name,
    'Postcode areas': b.districts.join(', '),
    'Dispute limit': rng.int(3, 5),
    'Team email': `${b.name.toLowerCase().replace(/\s+/g, '-')}-solidarity@union.example`,
    'Meeting place': `${rng.pick(STREETS)} community centre`,
    'Meeting pattern': `${rng.pick(['First', 'Second', 'Third'])} ${rng.pick(['Tuesday', 'Thursday'])}, 7pm`,
    'Next meeting': rng.daysAfter(now, 3, 30),
    Created: new Date(now.getTime() - 3 * 365 * DAY),
  }));
  return { rows, branches };
}

/** The signposting directory. */
export function organisationRows(now: Date): BenchRecord[] {
  return ORGANISATION_NAMES.map(([name, helps], i) => ({
    'Organisation ID': formatId('ORG', i + 1),
    Name: name,
    'Helps with': helps,
    Areas: 'All',
    Website: `https://www.${name.toLowerCase().replace(/[^a-z0-9]+/g, '')}.org.uk`,
    Created: new Date(now.getTime() - 3 * 365 * DAY),
  }));
}

/** A postcode in one of a branch's districts, e.g. "E8 3QP". */
export function postcodeIn(branch: BenchBranch, rng: Seeded): string {
  const letters = 'ABDEFGHJLNPQRSTUWXYZ';
  return `${rng.pick(branch.districts)} ${rng.int(1, 9)}${rng.pick([...letters])}${rng.pick([...letters])}`;
}

/** A generated member with what an issue needs to refer to them. */
export interface BenchMember {
  readonly id: string;
  readonly branch: BenchBranch;
  readonly joined: Date;
  readonly postcode: string;
  readonly address: string;
}

function contactFields(n: number, name: string, rng: Seeded): Record<string, string> {
  const ascii = name
    .normalize('NFKD')
    .replace(/[^A-Za-z ]/g, '')
    .trim()
    .toLowerCase()
    .replace(/\s+/g, '.');
  const email = rng.chance(0.75) ? `${ascii || 'member'}.${n}@example.org` : '';
  const phone = rng.chance(0.8) || email === '' ? `+44 7700 ${String(900000 + (n % 100000)).slice(-6)}` : '';
  return { Email: email, Phone: phone };
}

/** ~0.8 members per issue, spread over three years, in their branch's districts. */
export function memberRows(
  count: number,
  branches: readonly BenchBranch[],
  rng: Seeded,
  now: Date,
): { rows: BenchRecord[]; members: BenchMember[] } {
  const rows: BenchRecord[] = [];
  const members: BenchMember[] = [];
  for (let n = 1; n <= count; n++) {
    const branch = rng.pick(branches);
    const name = `${rng.pick(GIVEN_NAMES)} ${rng.pick(FAMILY_NAMES)}`;
    const joined = rng.daysBefore(now, 3 * 365);
    const postcode = postcodeIn(branch, rng);
    const address = `Flat ${rng.int(1, 40)}, ${rng.int(1, 300)} ${rng.pick(STREETS)}, London ${postcode}`;
    const id = formatId('MEM', n);
    members.push({ id, branch, joined, postcode, address });
    rows.push({
      'Member ID': id,
      Name: name,
      ...contactFields(n, name, rng),
      'Preferred contact': rng.pick(['Phone call', 'Text message', 'Email', 'WhatsApp', 'Any']),
      Postcode: postcode,
      Address: address,
      Branch: branch.name,
      'Membership standing': rng.weighted([
        ['Member', 5],
        ['New member', 2],
        ['Not yet a member', 2],
        ['Lapsed', 1],
      ]),
      'Joined on': new Date(Date.UTC(joined.getUTCFullYear(), joined.getUTCMonth(), joined.getUTCDate())),
      Language: rng.weighted([
        ['English', 6],
        ['Polish', 1],
        ['Turkish', 1],
        ['Bengali', 1],
        ['Somali', 1],
      ]),
      'Consent to contact': true,
      'Consent to publicity': rng.chance(0.3),
      'Private notes': rng.chance(0.05) ? 'Health matters: see the team before calling.' : '',
      Created: joined,
      Updated: joined,
    });
  }
  return { rows, members };
}

/** A volunteer's name, for owners of issues and next steps. */
export function volunteer(rng: Seeded): string {
  return rng.pick(VOLUNTEERS);
}

// A team's own "Cases" sheet, with its own column names, for benchmarking setup's adoption of existing data.
import { type LocalWorkspace, openWorkspace } from '../local';
import { type BenchRecord, writeGrid } from './fill';
import { type BenchBranch, branchRows, postcodeIn } from './people';
import { Seeded } from './random';
import { FAMILY_NAMES, GIVEN_NAMES, LANDLORDS, PROBLEMS } from './vocabulary';

/** The header row teams really use: known aliases, plus three columns of their own Solidarity Desk must keep. */
export const CASES_HEADER = [
  'Date',
  'Tenant name',
  'E-mail',
  'Mobile',
  'Post code',
  'Problem',
  'Status',
  'Landlord',
  'Caseworker',
  'Flat number',
  'Rent (pcm)',
  'How did they hear about us',
] as const;

const STATUSES = ['1 Initial contact', '2 Peer support', '4 Action', 'Closed', 'closed', 'waiting', ''];

function caseRow(n: number, branches: readonly BenchBranch[], rng: Seeded, now: Date): BenchRecord {
  const name = `${rng.pick(GIVEN_NAMES)} ${rng.pick(FAMILY_NAMES)}`;
  // One person in five comes back with a second problem: adoption must make them one member.
  const person = rng.chance(0.2) && n > 10 ? n - rng.int(1, 10) : n;
  return {
    Date: rng.daysBefore(now, 4 * 365),
    'Tenant name': person === n ? name : `Returning tenant ${person}`,
    'E-mail': rng.chance(0.7) ? `tenant${person}@example.org` : '',
    Mobile: rng.chance(0.8) ? `07700 ${String(900000 + (person % 100000)).slice(-6)}` : '',
    'Post code': postcodeIn(rng.pick(branches), rng),
    Problem: rng.pick(PROBLEMS[rng.pick(Object.keys(PROBLEMS))]!),
    Status: rng.pick(STATUSES),
    Landlord: rng.pick(LANDLORDS),
    Caseworker: rng.pick(['Maya', 'Tunde', 'Kasia', '']),
    'Flat number': `Flat ${rng.int(1, 60)}`,
    'Rent (pcm)': rng.int(9, 30) * 100,
    'How did they hear about us': rng.pick(['Leaflet', 'Friend', 'Instagram', 'Door knocking']),
  };
}

/** A fresh workspace whose bound spreadsheet holds only a team's "Cases" sheet of `rows` rows. */
export async function casesSheetWorkspace(rows: number, now: Date, seed = 7): Promise<LocalWorkspace> {
  const local = await openWorkspace(undefined, { now });
  const model = local.boundSpreadsheet('Our casework');
  const sheet = model.sheetByName('Sheet1')!;
  sheet.name = 'Cases';
  const rng = new Seeded(seed + rows);
  const { branches } = branchRows(rows, rng, now);
  const records = Array.from({ length: rows }, (_, i) => caseRow(i + 1, branches, rng, now));
  writeGrid(sheet, CASES_HEADER, records);
  return local;
}

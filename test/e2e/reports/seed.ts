// A seeded casework dataset for the reports and privacy end-to-end tests, and figures computed from it by hand.
import type { LocalWorkspace } from '../../../local';

/** A calendar day as a cell value: noon UTC is the same day in London whatever the season. */
export function day(iso: string): Date {
  return new Date(`${iso}T12:00:00Z`);
}

/** Appends a record to a sheet of the bound spreadsheet, by header name, as a volunteer typing would. */
export function addRow(local: LocalWorkspace, sheetName: string, record: Record<string, unknown>): void {
  const sheet = local.boundSpreadsheet().sheetByName(sheetName)!;
  const header = sheet.values()[0]!.map(String);
  for (const key of Object.keys(record))
    if (!header.includes(key)) throw new Error(`No column "${key}" in ${sheetName}`);
  sheet.appendRow(header.map((h) => (record[h] instanceof Date ? record[h] : (record[h] ?? ''))) as never);
}

/** One seeded issue, in plain data the test computes expectations from. */
export interface SeedIssue {
  id: string;
  member: string;
  branch: string;
  category: string;
  stage: string;
  route?: string;
  urgent?: string;
  opened: string;
  firstContact?: string;
  closed?: string;
  outcome?: string;
  money?: number;
  repairs?: boolean;
  eviction?: boolean;
  rent?: boolean;
  landlord?: string;
  address?: string;
  notes?: string;
}

export const SEED_ISSUES: SeedIssue[] = [
  {
    id: 'ISS-0101',
    member: 'MEM-0101',
    branch: 'Hackney',
    category: 'Disrepair',
    stage: '2 Peer support',
    opened: '2026-10-01',
    firstContact: '2026-10-03',
    landlord: 'Foxtons Ltd',
  },
  {
    id: 'ISS-0102',
    member: 'MEM-0102',
    branch: 'Hackney',
    category: 'Eviction or notice',
    stage: '4 Action',
    route: 'Public dispute',
    urgent: 'Bailiff date soon',
    opened: '2026-09-01',
    firstContact: '2026-09-02',
    landlord: 'FOXTONS',
  },
  {
    id: 'ISS-0103',
    member: 'MEM-0103',
    branch: 'Tower Hamlets',
    category: 'Deposit',
    stage: '4 Action',
    route: 'Public dispute',
    opened: '2026-08-01',
    firstContact: '2026-08-08',
    landlord: 'Acme Homes',
  },
  {
    id: 'ISS-0104',
    member: 'MEM-0101',
    branch: 'Hackney',
    category: 'Disrepair',
    stage: 'Closed',
    route: 'Collective casework',
    opened: '2026-03-01',
    firstContact: '2026-03-05',
    closed: '2026-07-01',
    outcome: 'Won',
    money: 1200.5,
    repairs: true,
    landlord: 'Foxtons Ltd',
  },
  {
    id: 'ISS-0105',
    member: 'MEM-0104',
    branch: 'Tower Hamlets',
    category: 'Rent increase',
    stage: 'Closed',
    opened: '2026-02-01',
    firstContact: '2026-02-11',
    closed: '2026-06-10',
    outcome: 'Partly won',
    money: 300,
    rent: true,
  },
  {
    id: 'ISS-0106',
    member: 'MEM-0102',
    branch: 'Hackney',
    category: 'Eviction or notice',
    stage: 'Closed',
    opened: '2025-12-01',
    firstContact: '2025-12-02',
    closed: '2026-05-01',
    outcome: 'Won',
    eviction: true,
  },
  {
    id: 'ISS-0107',
    member: 'MEM-0103',
    branch: 'Hackney',
    category: 'Deposit',
    stage: 'Closed',
    opened: '2025-01-01',
    firstContact: '2025-01-09',
    closed: '2025-06-01',
    outcome: 'Lost',
    money: 50,
  },
  {
    id: 'ISS-0108',
    member: 'MEM-0104',
    branch: '',
    category: 'Harassment',
    stage: '3 Team decision',
    urgent: 'Illegal eviction in progress',
    opened: '2026-11-01',
  },
  {
    id: 'ISS-0109',
    member: 'MEM-0105',
    branch: 'Hackney',
    category: 'Disrepair',
    stage: 'Closed',
    opened: '2023-01-01',
    firstContact: '2023-01-04',
    closed: '2023-03-01',
    outcome: 'Won',
    money: 500,
    address: 'Flat 9, 40 Old Street, London E2 9ZZ',
    notes: 'Health: asthma',
  },
  {
    id: 'ISS-0110',
    member: 'MEM-0101',
    branch: 'Hackney',
    category: 'Deposit',
    stage: 'Closed',
    opened: '2023-10-01',
    firstContact: '2023-10-02',
    closed: '2024-01-10',
    outcome: 'Withdrawn',
    address: 'Flat 2, 5 Mare Street, London E8 1AA',
    notes: 'Arrears',
  },
];

/** Decisions (issue, decided on): ISS-0102's later decision must not count as its first. */
export const SEED_DECISIONS: Array<[string, string]> = [
  ['ISS-0102', '2026-09-12'],
  ['ISS-0102', '2026-10-01'],
  ['ISS-0103', '2026-08-20'],
  ['ISS-0104', '2026-03-15'],
];

/** Next steps (id, issue, by when, status). */
export const SEED_STEPS: Array<[string, string, string, string]> = [
  ['NS-0101', 'ISS-0101', '2026-11-10', 'Open'],
  ['NS-0102', 'ISS-0102', '2026-11-25', 'Open'],
  ['NS-0103', 'ISS-0104', '2026-06-01', 'Open'],
  ['NS-0104', 'ISS-0108', '2026-11-01', 'Done'],
  ['NS-0105', 'ISS-0103', '2026-11-19', 'Open'],
];

/** Writes the seed: five members, the issues, decisions and next steps. */
export function seedCasework(local: LocalWorkspace): void {
  const names = ['Ann Lee', 'Ben Okoro', 'Cat Silva', 'Dev Shah', 'Old Person'];
  names.forEach((name, i) => {
    addRow(local, 'Members', {
      'Member ID': `MEM-010${i + 1}`,
      Name: name,
      Email: `member${i + 1}@example.org`,
      Branch: 'Hackney',
      'Consent to publicity': i === 0 ? 'Yes' : 'No',
      Created: day(i === 4 ? '2023-01-01' : '2026-01-01'),
      Updated: day(i === 4 ? '2023-01-01' : '2026-01-01'),
    });
  });
  for (const s of SEED_ISSUES)
    addRow(local, 'Issues', {
      'Issue ID': s.id,
      'Member ID': s.member,
      Branch: s.branch,
      Category: s.category,
      Stage: s.stage,
      Route: s.route ?? '',
      Urgent: s.urgent ? 'Yes' : 'No',
      'Urgent reason': s.urgent ?? '',
      Opened: day(s.opened),
      'First contact on': s.firstContact ? day(s.firstContact) : '',
      'Closed on': s.closed ? day(s.closed) : '',
      'Last activity': day(s.closed ?? s.opened),
      Outcome: s.outcome ?? '',
      'Money recovered': s.money ?? '',
      'Repairs won': s.repairs ? 'Yes' : '',
      'Eviction stopped': s.eviction ? 'Yes' : '',
      'Rent increase withdrawn': s.rent ? 'Yes' : '',
      Landlord: s.landlord ?? '',
      'Property address': s.address ?? '',
      'Private notes': s.notes ?? '',
      Description: `About ${s.id}`,
    });
  SEED_DECISIONS.forEach(([issue, on], i) => {
    addRow(local, 'Decisions', {
      'Decision ID': `DEC-010${i + 1}`,
      'Issue ID': issue,
      Route: 'Public dispute',
      'Decided by': 'Team',
      'Decided on': day(on),
    });
  });
  for (const [id, issue, by, status] of SEED_STEPS)
    addRow(local, 'Next steps', {
      'Next step ID': id,
      'Issue ID': issue,
      What: 'Write a letter',
      Who: 'Sam',
      'By when': day(by),
      Status: status,
    });
}

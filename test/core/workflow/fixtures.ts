// Builders for casework records as the sheet returns them, parsed the way the app will parse them.
import { type Branch, parseBranches } from '../../../src/core/branches';
import type { CellValue, RecordValues } from '../../../src/core/cells';
import {
  type Decision,
  type Issue,
  type Member,
  type NextStep,
  parseDecisions,
  parseIssues,
  parseMembers,
  parseNextSteps,
} from '../../../src/core/workflow';

export const TZ = 'Europe/London';

/** A Date from an ISO string, for readability. */
export const at = (iso: string): Date => new Date(iso);

/** Midnight London time of a day, as a date cell holds it. */
export const day = (ymd: string): Date => {
  const [y, m, d] = ymd.split('-').map(Number);
  const guess = new Date(Date.UTC(y!, m! - 1, d!));
  const summer = new Intl.DateTimeFormat('en-GB', { timeZone: TZ, timeZoneName: 'short' })
    .format(guess)
    .includes('BST');
  return new Date(guess.getTime() - (summer ? 3600000 : 0));
};

type Cells = Record<string, CellValue>;

export function issueRecord(id: string, cells: Cells = {}): RecordValues {
  return {
    'Issue ID': id,
    'Member ID': 'MEM-0001',
    Branch: 'Hackney',
    Category: 'Disrepair',
    Summary: 'Damp in the bedroom',
    Stage: '2 Peer support',
    Opened: at('2026-03-01T10:00:00Z'),
    'Last activity': at('2026-03-20T10:00:00Z'),
    ...cells,
  };
}

export function issues(...records: RecordValues[]): Issue[] {
  return parseIssues(records, TZ);
}

export function issue(id: string, cells: Cells = {}): Issue {
  return issues(issueRecord(id, cells))[0]!;
}

export function members(...rows: Array<[id: string, name: string, standing: string]>): Member[] {
  return parseMembers(
    rows.map(([id, name, standing]) => ({ 'Member ID': id, Name: name, 'Membership standing': standing })),
    TZ,
  );
}

export function steps(...rows: Cells[]): NextStep[] {
  return parseNextSteps(
    rows.map((r, i) => ({
      'Next step ID': `NS-${i + 1}`,
      What: 'Draft a demand letter',
      Status: 'Open',
      ...r,
    })),
    TZ,
  );
}

export function decisions(...rows: Cells[]): Decision[] {
  return parseDecisions(
    rows.map((r, i) => ({
      'Decision ID': `DEC-${i + 1}`,
      'Decided by': 'Member solidarity team',
      'Decided on': day('2026-03-10'),
      ...r,
    })),
    TZ,
  );
}

export function branches(...rows: Cells[]): Branch[] {
  return parseBranches(rows.map((r, i) => ({ 'Branch ID': `BR-${i + 1}`, ...r })));
}

export const SETTINGS = {
  urgentWindowDays: 28,
  staleAfterDays: 21,
  callBackWithinDays: 3,
  defaultDisputeLimit: 4,
};

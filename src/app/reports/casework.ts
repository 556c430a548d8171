// Reads the casework tables a report needs, once each, into the workflow's typed records.
import type { RecordValues } from '../../core/cells';
import {
  type Decision,
  type Issue,
  type Member,
  type NextStep,
  parseDecisions,
  parseIssues,
  parseMembers,
  parseNextSteps,
} from '../../core/workflow/model';
import type { Database, Table } from '../ports';

/** Every record of a table, in sheet order. */
export function recordsOf(table: Table): RecordValues[] {
  return Array.from({ length: table.size }, (_, i) => table.record(i));
}

/** The casework as reports see it; `memberRecords` keep consent columns for case studies. */
export interface Casework {
  readonly issues: readonly Issue[];
  readonly members: readonly Member[];
  readonly memberRecords: readonly RecordValues[];
  readonly nextSteps: readonly NextStep[];
  readonly decisions: readonly Decision[];
}

/** One read each of Issues, Members, Next steps and Decisions. */
export function readCasework(db: Database): Casework {
  const zone = db.timeZone;
  const memberRecords = recordsOf(db.table('members'));
  return {
    issues: parseIssues(recordsOf(db.table('issues')), zone),
    members: parseMembers(memberRecords, zone),
    memberRecords,
    nextSteps: parseNextSteps(recordsOf(db.table('nextSteps')), zone),
    decisions: parseDecisions(recordsOf(db.table('decisions')), zone),
  };
}

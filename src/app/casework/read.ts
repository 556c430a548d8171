// Reads the casework tables once and parses them into the workflow's typed records.
import {
  type Decision,
  type Issue,
  type Member,
  type NextStep,
  type Organisation,
  parseDecisions,
  parseIssues,
  parseMembers,
  parseNextSteps,
  parseOrganisations,
} from '../../core/workflow';
import type { Database, Table } from '../ports';

/** Every record of a table, in row order. */
export function recordsOf(table: Table) {
  return Array.from({ length: table.size }, (_, i) => table.record(i));
}

/** The casework as the rules see it; tables are read lazily, one getValues each. */
export class Casework {
  private cache = new Map<string, unknown>();

  constructor(
    readonly db: Database,
    readonly now: Date,
  ) {}

  private once<T>(key: string, read: () => T): T {
    if (!this.cache.has(key)) this.cache.set(key, read());
    return this.cache.get(key) as T;
  }

  get issues(): Issue[] {
    return this.once('issues', () => parseIssues(recordsOf(this.db.table('issues')), this.db.timeZone));
  }

  get members(): Member[] {
    return this.once('members', () => parseMembers(recordsOf(this.db.table('members')), this.db.timeZone));
  }

  get nextSteps(): NextStep[] {
    return this.once('nextSteps', () =>
      parseNextSteps(recordsOf(this.db.table('nextSteps')), this.db.timeZone),
    );
  }

  get decisions(): Decision[] {
    return this.once('decisions', () =>
      parseDecisions(recordsOf(this.db.table('decisions')), this.db.timeZone),
    );
  }

  get organisations(): Organisation[] {
    return this.once('organisations', () => parseOrganisations(recordsOf(this.db.table('organisations'))));
  }

  /** The issue with this id, or a plain error. */
  issue(issueId: string): Issue {
    const found = this.issues.find((i) => i.id === issueId.trim());
    if (!found)
      throw new Error(
        `There is no issue ${issueId} in the Issues sheet. It may have been renamed or removed.`,
      );
    return found;
  }

  memberOf(issue: Issue): Member | null {
    return this.members.find((m) => m.id === issue.memberId) ?? null;
  }

  /** Stamps the issue's Last activity (and Updated) so "silent" issues are spotted. */
  touch(issue: Issue, changes: Readonly<Record<string, unknown>> = {}): void {
    this.db.table('issues').update(issue.index, { ...changes, 'Last activity': this.now });
  }
}

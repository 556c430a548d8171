// Shared set-up and consistency rules for the reliability suites: people to submit, and what "nothing lost" means.
import type { LocalWorkspace, SheetRecord } from '../../local';
import { readyWorkspace } from '../e2e/intakeHelpers';

export { readyWorkspace };

/** Distinct, valid answers for person `i`: their own name, phone and words, so misfiling shows. */
export function person(i: number): Record<string, string> {
  return {
    'Your name': `Person ${i}`,
    'Phone number': `07700 900${String(i).padStart(3, '0')}`,
    Postcode: 'N16 7AB',
    'What is the issue about?': 'Disrepair',
    'Tell us what is happening': `Issue number ${i}: damp in the kitchen.`,
    'May we contact you about this?': 'Yes',
  };
}

/** Which person an issue's description says it is about (see `person`), or null. */
function personOfIssue(issue: SheetRecord): number | null {
  const m = /^Issue number (\d+):/.exec(String(issue.Description));
  return m ? Number(m[1]) : null;
}

/** Which person a member row is, by name, or null. */
function personOfMember(member: SheetRecord): number | null {
  const m = /^Person (\d+)$/.exec(String(member.Name));
  return m ? Number(m[1]) : null;
}

function duplicates(values: readonly string[]): string[] {
  return values.filter((v, i) => values.indexOf(v) !== i);
}

/**
 * The consistency rule after any interleaving, crash or fault, once recovery (a re-run or reconciliation)
 * has run. Returns every breach in words (empty when consistent):
 * - every submitted person has exactly one issue, and no other issues exist (nothing lost, nothing twice);
 * - Issue IDs, Member IDs and Response IDs are distinct;
 * - each issue's Member ID names the member row of the same person (nothing written to the wrong row);
 * - every member has an issue and every issue has its member (no half-written record);
 * - the Activity log names only issues that exist, each "New issue from form" at most once.
 */
export function breaches(local: LocalWorkspace, people: readonly number[]): string[] {
  const issues = local.records('Issues');
  const members = local.records('Members');
  const log = local.records('Activity log');
  const out: string[] = [];
  const issueIds = issues.map((i) => String(i['Issue ID']));
  const memberIds = members.map((m) => String(m['Member ID']));
  for (const id of duplicates(issueIds)) out.push(`Issue ID ${id} is used twice`);
  for (const id of duplicates(memberIds)) out.push(`Member ID ${id} is used twice`);
  for (const id of duplicates(issues.map((i) => String(i['Response ID']))))
    out.push(`Response ${id} was filed twice`);
  for (const p of people) {
    const mine = issues.filter((i) => personOfIssue(i) === p);
    if (mine.length !== 1) out.push(`Person ${p} has ${mine.length} issues, not 1`);
  }
  for (const issue of issues) {
    const p = personOfIssue(issue);
    if (p === null || !people.includes(p))
      out.push(`Issue ${issue['Issue ID']} belongs to no submitted person`);
    const member = members.find((m) => m['Member ID'] === issue['Member ID']);
    if (!member) out.push(`Issue ${issue['Issue ID']} points at missing member ${issue['Member ID']}`);
    else if (personOfMember(member) !== p)
      out.push(`Issue ${issue['Issue ID']} (person ${p}) points at ${member.Name}'s member row`);
  }
  for (const member of members) {
    if (!issues.some((i) => i['Member ID'] === member['Member ID']))
      out.push(`Member ${member['Member ID']} (${member.Name}) has no issue`);
  }
  const filedLines = log.filter((l) => l.Action === 'New issue from form').map((l) => String(l.Record));
  for (const id of duplicates(filedLines)) out.push(`The Activity log records issue ${id} as new twice`);
  for (const id of filedLines)
    if (!issueIds.includes(id)) out.push(`The Activity log names issue ${id}, which does not exist`);
  return out;
}

/** Cells of the casework sheets holding a formula, as "Sheet!row,column" (the form's own sheet excluded). */
export function formulaCells(local: LocalWorkspace): string[] {
  const out: string[] = [];
  for (const sheet of local.boundSpreadsheet().sheets) {
    if (/^Form responses/.test(sheet.name)) continue;
    for (let r = 1; r <= sheet.lastRow(); r++)
      for (let c = 1; c <= sheet.lastColumn(); c++)
        if (sheet.cell(r, c)?.formula) out.push(`${sheet.name}!${r},${c}`);
  }
  return out;
}

/** Runs the hourly reconciliation job now, as its trigger would. */
export function reconcile(local: LocalWorkspace): unknown {
  return local.runAs('reconcileIntake', [], { kind: 'installable-trigger' });
}

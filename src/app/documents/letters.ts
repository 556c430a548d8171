// Use case: a model letter for a member's issue (a demand letter, or a repair request), filed in the branch folder.
import { cellText } from '../../core/cells';
import { findBranch, isoDay, readDocumentSettings, shareable } from './context';
import { create, prepare, resultOf } from './fill';
import type { DocumentDeps, DocumentResult, OutputOptions } from './ports';

/** The letters Solidarity Desk can draft. */
export type LetterKind = 'demand' | 'repair';

const LETTERS = {
  demand: { template: 'demandLetter', words: 'demand letter' },
  repair: { template: 'repairLetter', words: 'repair letter' },
} as const;

/**
 * Drafts the letter from the issue, its member and branch, and adds "<date> <kind> letter: <link>" to the
 * Issue's Documents cell. The member's private notes and access needs are never read into it.
 */
export function generateLetter(
  deps: DocumentDeps,
  issueId: string,
  kind: LetterKind,
  options: OutputOptions = {},
): DocumentResult {
  const { db } = deps;
  const { templateOverrides } = readDocumentSettings(db, deps.config);
  const issues = db.table('issues');
  const index = issues.indexOf(issueId);
  if (index < 0)
    throw new Error(`There is no issue ${issueId} in the Issues sheet. Check the Issue ID column.`);
  const issue = shareable(db, 'issues', index);
  const branchName = cellText(issue.Branch).trim();
  if (branchName === '')
    throw new Error(
      `Issue ${issueId} (row ${issues.rowNumber(index)} of Issues) has no branch: fill in its Branch column so the letter is filed in the right folder.`,
    );
  const branch = findBranch(db, branchName, deps.config?.branches);
  const members = db.table('members');
  const memberIndex = members.indexOf(cellText(issue['Member ID']).trim());
  const member = memberIndex >= 0 ? shareable(db, 'members', memberIndex) : {};
  const data = { Issue: issue, Member: member, Branch: branch.record, Today: deps.now };
  const letter = LETTERS[kind];
  const prepared = prepare(deps, letter.template, data, templateOverrides);
  const day = isoDay(deps.now, db.timeZone);
  const made = create(deps, prepared, {
    name: `${day} ${issueId} ${letter.words}`,
    folder: deps.documents.folderFor(branch.name, branch.folderUrl),
    pdf: options.pdf === true,
  });
  const before = cellText(issues.value(index, 'Documents')).trim();
  const line = `${day} ${letter.words}: ${made.doc.url}`;
  issues.update(index, { Documents: before === '' ? line : `${before}\n${line}` });
  db.log(issueId, 'Letter drafted', made.doc.name);
  db.commit();
  return resultOf(made);
}

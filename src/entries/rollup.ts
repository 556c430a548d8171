// Entry points for the union-wide roll-up: a union spreadsheet combining branch spreadsheets' aggregate figures.

import { activeSpreadsheet } from '../workspace/casework';
import { branchSources, pooledMedians, UNION_SHEET, unionGrid, writeUnion } from '../workspace/rollUp';
import { tell } from '../workspace/spreadsheetUi';

/**
 * In the union's own spreadsheet: reads "Branch spreadsheets" (branch name, link) and rewrites the
 * "Union roll-up" sheet. Only the aggregate figures each branch's Dashboard refresh exports cross over.
 */
export function refreshUnionRollUp(): string {
  const spreadsheet = activeSpreadsheet();
  const { sources, problems } = branchSources(spreadsheet);
  if (sources.length > 0) writeUnion(spreadsheet, unionGrid(sources, pooledMedians(spreadsheet)));
  const done =
    sources.length > 0
      ? `"${UNION_SHEET}" combines ${sources.length} branch(es). The first time, click each "#REF!" cell and choose "Allow access"; medians fill in on the next refresh.`
      : 'No branches listed yet.';
  return [done, ...problems].join('\n');
}

/** Menu (union spreadsheet): Union roll-up. */
export function showUnionRollUp(): void {
  tell('Union roll-up', refreshUnionRollUp());
}

// A volunteer typing into a cell: the value is entered as the editor enters it, then the simple onEdit trigger runs.
import type { Workspace } from '../runtime/workspace';
import { rangeOf } from './index';
import { spreadsheetStore } from './store';

/**
 * Types `input` into one cell (1-based) like a person in the editor (USER_ENTERED), then runs the bundle's
 * `onEdit` simple trigger, if it has one, with the documented event: authMode LIMITED, range, source,
 * value and oldValue as text (single-cell edits), user [M:guides/triggers/event-objects.md].
 */
export function editByHand(
  workspace: Workspace,
  spreadsheetId: string,
  sheetName: string,
  row: number,
  column: number,
  input: string,
): void {
  const model = spreadsheetStore(workspace).get(spreadsheetId);
  const sheet = model?.sheetByName(sheetName);
  if (!model || !sheet) throw new Error(`No sheet "${sheetName}" in spreadsheet ${spreadsheetId}.`);
  const before = sheet.value(row, column);
  sheet.write(row, column, input);
  if (!workspace.hasFunction('onEdit')) return;
  workspace.run(
    'onEdit',
    (execution, wrap) => {
      const range = wrap(
        rangeOf(workspace, execution, spreadsheetId, sheetName, row, column),
        'SpreadsheetApp',
      );
      return [
        {
          authMode: 'LIMITED',
          range,
          source: range.getSheet().getParent(),
          value: input,
          ...(before === '' ? {} : { oldValue: String(before) }),
          user: { getEmail: () => '', getUsername: () => '' },
          triggerUid: '',
        },
      ];
    },
    { kind: 'simple-trigger' },
  );
}

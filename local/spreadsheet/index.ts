// SpreadsheetApp as a service module: spreadsheets, sheets and ranges, persisted as .xlsx files.
import type { Execution } from '../runtime/execution';
import type { ServiceModule } from '../runtime/module';
import type { Workspace } from '../runtime/workspace';
import { uiModule } from '../ui';
import { uiFor } from '../ui/ui';
import { rangeFor, SpreadsheetApp } from './app';
import { Charts } from './chart';
import { loadSpreadsheets, saveSpreadsheets } from './persist';
import type { Range } from './range';
import './range';
import './sheet';
import './spreadsheet';
import { SpreadsheetStore, spreadsheetStore } from './store';

export { importXlsx } from './persist';
export { Range } from './range';
export { Sheet } from './sheet';
export { SheetModel } from './sheet-model';
export { Spreadsheet } from './spreadsheet';
export { SpreadsheetModel } from './spreadsheet-model';
export { SpreadsheetStore, spreadsheetStore, type Toast } from './store';

/** The SpreadsheetApp fake: `SpreadsheetApp` and `Charts` globals; files under `<dir>/spreadsheets/`. */
export const spreadsheetModule: ServiceModule<SpreadsheetStore> = {
  name: 'spreadsheets',
  createState: (workspace) => new SpreadsheetStore(workspace),
  globals: (store, execution) => {
    const ctx = { store, execution };
    const ui = () => uiFor(execution.workspace.state(uiModule), execution);
    return { SpreadsheetApp: new SpreadsheetApp(ctx, ui), Charts: new Charts() };
  },
  load: (store, dir) => loadSpreadsheets(store, dir),
  save: (store, dir) => saveSpreadsheets(store, dir),
};

/**
 * A Range of a sheet for one execution: the same class `SpreadsheetApp` returns, so another module can
 * put it into an event object (`wrap(rangeOf(...), 'SpreadsheetApp')`). Coordinates are 1-based.
 */
export function rangeOf(
  workspace: Workspace,
  execution: Execution,
  spreadsheetId: string,
  sheetName: string,
  row: number,
  column: number,
  numRows = 1,
  numColumns = 1,
): Range {
  return rangeFor({ store: spreadsheetStore(workspace), execution }, spreadsheetId, sheetName, {
    row,
    column,
    numRows,
    numColumns,
  });
}

// The SpreadsheetApp fake's state: every spreadsheet of a workspace, and the toasts shown.
//
// API for other fakes (stable; e.g. FormApp writing responses to a destination spreadsheet):
//   const store = spreadsheetStore(workspace);
//   const model = store.get(id) ?? store.create('Responses', { timeZone: 'Europe/London' });
//   const sheet = model.sheetByName('Form responses 1') ?? model.insertSheet('Form responses 1');
//   const row = sheet.appendRow([timestamp, 'answer', 42]);  // 1-based row written; strings read as typed
//   sheet.write(1, 3, 'New question');                          // one cell, 1-based
//   sheet.values(); sheet.lastRow(); sheet.lastColumn();        // used grid, '' for empty cells
//   rangeOf(workspace, execution, id, sheetName, row, column, numRows, numColumns)  // from index.ts:
//     the same Range class SpreadsheetApp hands out, to put into an event (wrap it with 'SpreadsheetApp').
//   store.toasts  // [{ spreadsheetId, message, title, timeoutSeconds }]
//   model.setActiveRange('Issues', 'B3')  // test helper: what getActiveRange() returns
import type { Workspace } from '../runtime/workspace';
import { SpreadsheetModel } from './spreadsheet-model';
import { isKnownTimeZone } from './timezone';

/** A toast as `Spreadsheet.toast` showed it. */
export interface Toast {
  readonly spreadsheetId: string;
  readonly message: string;
  readonly title: string;
  readonly timeoutSeconds: number;
}

/** Options for a new spreadsheet. */
export interface CreateOptions {
  readonly timeZone?: string;
  /** Keep a known id (loading from disk, importing); default a fresh Drive-style id. */
  readonly id?: string;
  readonly owner?: string;
  /** Start with no sheets (importers add their own); default one sheet named `Sheet1`. */
  readonly empty?: boolean;
}

/** Every spreadsheet in one workspace, by id. */
export class SpreadsheetStore {
  readonly toasts: Toast[] = [];
  private readonly byId = new Map<string, SpreadsheetModel>();

  constructor(readonly workspace: Workspace) {}

  /** A new spreadsheet with one sheet `Sheet1` (as `SpreadsheetApp.create` makes it). */
  create(name: string, options: CreateOptions = {}): SpreadsheetModel {
    const id = options.id ?? this.workspace.newId();
    const model = new SpreadsheetModel(id, name, options.owner ?? this.workspace.user, () =>
      this.workspace.clock.date(),
    );
    if (options.timeZone) {
      if (!isKnownTimeZone(options.timeZone)) throw new Error(`Unknown time zone ${options.timeZone}`);
      model.timeZone = options.timeZone;
    }
    if (!options.empty) model.insertSheet('Sheet1');
    this.byId.set(id, model);
    return model;
  }

  get(id: string): SpreadsheetModel | undefined {
    return this.byId.get(id);
  }

  /** All spreadsheets, in creation order. */
  all(): SpreadsheetModel[] {
    return [...this.byId.values()];
  }

  /** Forgets a spreadsheet (as if trashed). */
  remove(id: string): void {
    this.byId.delete(id);
  }
}

/** The spreadsheet store of a workspace (the `spreadsheets` module's state). */
export function spreadsheetStore(workspace: Workspace): SpreadsheetStore {
  const module = workspace.modules.find((m) => m.name === 'spreadsheets');
  if (!module) throw new Error('The spreadsheets module is not part of this workspace.');
  return workspace.state(module) as SpreadsheetStore;
}

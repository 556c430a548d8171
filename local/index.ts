// The local runtime's programmatic API: open a workspace folder and run the built bundle on it.
import { mailbox, propertyStores } from './base';
import { docsStore } from './docs';
import { plainText } from './docs/docx';
import { driveStore } from './drive';
import { submitResponse } from './forms';
import { ALL_MODULES } from './modules';
import { Clock } from './runtime/clock';
import type { ExecutionOptions } from './runtime/execution';
import type { ArgumentsBuilder } from './runtime/workspace';
import { Workspace } from './runtime/workspace';
import { advanceClock } from './script';
import { type SpreadsheetModel, spreadsheetStore } from './spreadsheet';
import { editByHand } from './spreadsheet/handEdit';
import { uiModule } from './ui';

export { Clock } from './runtime/clock';
export { ExecutionCrash } from './runtime/execution';
export type { ExecutionRecord } from './runtime/workspace';
export { Workspace } from './runtime/workspace';

export interface OpenOptions {
  /** Freeze time at this instant (tests); default follows the machine's clock. */
  readonly now?: Date;
  readonly user?: string;
  readonly bundlePath?: string;
}

/** Opens (or starts) a local workspace: `dir` undefined keeps everything in memory. */
export async function openWorkspace(dir?: string, options: OpenOptions = {}): Promise<LocalWorkspace> {
  const workspace = new Workspace({
    modules: ALL_MODULES,
    ...(dir === undefined ? {} : { dir }),
    ...(options.now ? { clock: new Clock(options.now) } : {}),
    ...(options.user ? { user: options.user } : {}),
    ...(options.bundlePath ? { bundlePath: options.bundlePath } : {}),
  });
  await workspace.load();
  return new LocalWorkspace(workspace);
}

/** A record of a sheet keyed by its header row. */
export type SheetRecord = Record<string, string | number | boolean | Date>;

/** The friendly face of a workspace, for tests, the CLI and `npm start`. */
export class LocalWorkspace {
  constructor(readonly workspace: Workspace) {}

  /** Calls a global of build/Code.js as Apps Script would, from the spreadsheet editor. */
  run(functionName: string, ...args: unknown[]): unknown {
    return this.workspace.run(functionName, args);
  }

  /** Runs a function with explicit execution options (e.g. as a trigger, or as another user). */
  runAs(
    functionName: string,
    args: readonly unknown[] | ArgumentsBuilder,
    options: ExecutionOptions,
  ): unknown {
    return this.workspace.run(functionName, args, options);
  }

  /** Menus, dialogs and alerts the bundle showed. */
  get ui() {
    return this.workspace.state(uiModule);
  }

  /** The spreadsheet the script is bound to; created (named `name`) on first use. */
  boundSpreadsheet(name = 'Branch casework'): SpreadsheetModel {
    const store = spreadsheetStore(this.workspace);
    const id = this.workspace.boundSpreadsheetId;
    const existing = id ? store.get(id) : undefined;
    if (existing) return existing;
    const model = store.create(name, { timeZone: 'Europe/London' });
    // Like a real spreadsheet, it is a Drive file (so its sharing can be checked).
    driveStore(this.workspace).registerFile({
      id: model.id,
      name,
      mimeType: 'application/vnd.google-apps.spreadsheet',
    });
    this.workspace.boundSpreadsheetId = model.id;
    return model;
  }

  /** Binds the script to another spreadsheet of the workspace (e.g. an imported .xlsx). */
  bindTo(spreadsheetId: string): void {
    if (!spreadsheetStore(this.workspace).get(spreadsheetId))
      throw new Error(`No spreadsheet ${spreadsheetId}.`);
    this.workspace.boundSpreadsheetId = spreadsheetId;
  }

  /** A sheet of the bound spreadsheet as records keyed by its header row. */
  records(sheetName: string): SheetRecord[] {
    const sheet = this.boundSpreadsheet().sheetByName(sheetName);
    if (!sheet) throw new Error(`The bound spreadsheet has no "${sheetName}" sheet.`);
    const [header = [], ...rows] = sheet.values();
    return rows
      .filter((row) => row.some((v) => v !== ''))
      .map((row) => Object.fromEntries(header.map((h, i) => [String(h), row[i] ?? ''])));
  }

  /** A document property of the bound spreadsheet (e.g. the intake form id). */
  documentProperty(key: string): string | null {
    return propertyStores(this.workspace).documentStore(this.boundSpreadsheet().id).get(key) ?? null;
  }

  /** Fills in the intake form as a member of the public would, firing the installed triggers. */
  submitForm(answers: Record<string, string | string[]>, at?: Date) {
    const formId = this.documentProperty('intakeFormId');
    if (!formId) throw new Error('No intake form yet: run createIntakeForm first.');
    return submitResponse(this.workspace, formId, answers, at ? { at } : {});
  }

  /**
   * Types into a cell of the bound spreadsheet as a volunteer would (row and column 1-based, or the row whose
   * first cell is `row` when given as text, e.g. a Settings key), then runs the onEdit simple trigger.
   */
  edit(sheetName: string, row: number | string, column: number, input: string): void {
    const model = this.boundSpreadsheet();
    let at = typeof row === 'number' ? row : -1;
    if (typeof row === 'string') {
      const index =
        model
          .sheetByName(sheetName)
          ?.values()
          .findIndex((r) => r[0] === row) ?? -1;
      if (index < 0) throw new Error(`No row starting "${row}" in "${sheetName}".`);
      at = index + 1;
    }
    editByHand(this.workspace, model.id, sheetName, at, column, input);
  }

  /** Moves the clock on, running every time-driven trigger that falls due. */
  advance(ms: number) {
    return advanceClock(this.workspace, ms);
  }

  /** Google Docs in the workspace (templates, agendas, write-ups, letters, reports), with their text. */
  get documents(): Array<{ id: string; title: string; text: string }> {
    const store = docsStore(this.workspace);
    return [...store.docs.values()].map((d) => ({
      id: d.id,
      title: store.title(d.id),
      text: plainText(d.model),
    }));
  }

  /** Emails the bundle sent. */
  get sentMail() {
    return mailbox(this.workspace).sent();
  }

  save(): Promise<void> {
    return this.workspace.save();
  }
}

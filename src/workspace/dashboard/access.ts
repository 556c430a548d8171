// Sheet protections and Drive sharing for the casework spreadsheet: the adapters behind the access use cases.
import type { SheetProtector } from '../../app/privacy/access';
import { errorMessage } from '../../core/cells';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Applies whole-sheet protections (not warning-only) with exactly the given editors. */
export class SpreadsheetProtector implements SheetProtector {
  constructor(private readonly spreadsheet: Spreadsheet) {}

  sheetNames(): string[] {
    return this.spreadsheet.getSheets().map((s) => s.getName());
  }

  protect(sheetName: string, editors: readonly string[], description: string): void {
    const sheet = this.spreadsheet.getSheetByName(sheetName);
    if (!sheet) return;
    const protection = sheet.protect().setDescription(description).setWarningOnly(false);
    const wanted = new Set(editors.map((e) => e.toLowerCase()));
    const extra = protection
      .getEditors()
      .map((u) => u.getEmail())
      .filter((e) => !wanted.has(e.toLowerCase()));
    if (extra.length > 0) protection.removeEditors(extra);
    protection.addEditors([...wanted]);
    if (protection.canDomainEdit()) protection.setDomainEdit(false);
  }
}

/**
 * Drive's sharing access for the spreadsheet ("PRIVATE", "ANYONE_WITH_LINK", ...), or null when Drive
 * will not say: with the drive.file scope, Drive may refuse files this app did not create.
 */
export function sharingAccess(spreadsheet: Spreadsheet): string | null {
  try {
    return String(DriveApp.getFileById(spreadsheet.getId()).getSharingAccess());
  } catch (error) {
    if (/no item with the given id|permission|not found|access denied/i.test(errorMessage(error)))
      return null;
    throw error;
  }
}

// Use cases: lock the database sheets to the team's editors, and warn when the spreadsheet is shared by link.
import { cellText } from '../../core/cells';
import { headerKey } from '../../core/headerKey';
import { parseTeamEditors, sharingWarnings, TEAM_EDITORS_SETTING } from '../../core/privacy/access';
import { DASHBOARD_SHEET } from '../../core/reports/layout';
import { TABLES } from '../../core/schema';
import type { Database, SheetNames } from '../ports';

/** Sheet protections as the workspace applies them. */
export interface SheetProtector {
  /** Names of the spreadsheet's sheets. */
  sheetNames(): string[];
  /** Protects a whole sheet so only `editors` can change it (not warning-only), replacing other editors. */
  protect(sheetName: string, editors: readonly string[], description: string): void;
}

/** The "Team editors" Settings value, parsed; unreadable entries are reported, never guessed. */
export function teamEditors(db: Database): { emails: string[]; invalid: string[] } {
  const settings = db.table('settings');
  const key = headerKey(TEAM_EDITORS_SETTING);
  const row = settings.where('Setting', (v) => headerKey(cellText(v)) === key)[0];
  return parseTeamEditors(row === undefined ? '' : cellText(settings.value(row, 'Value')));
}

/**
 * Protects every database sheet (and the Dashboard) so that only the team's editors and the person
 * running Solidarity Desk's triggers can change them. The bound script runs as whoever uses it, so
 * these protections stop other people, not the script: `owner` must stay an editor or triggers fail.
 */
export function protectDatabase(
  protector: SheetProtector,
  names: SheetNames,
  editors: readonly string[],
  owner: string,
): string {
  if (editors.length === 0)
    throw new Error(
      `Nothing was protected: list the member solidarity team's Google emails in Settings, row "${TEAM_EDITORS_SETTING}" ` +
        '(separated by commas), then run this again. Otherwise everyone else would be locked out.',
    );
  const allowed = [...new Set([owner.toLowerCase(), ...editors].filter(Boolean))];
  const present = new Set(protector.sheetNames());
  const sheets = [...TABLES.map((t) => names[t.name] ?? t.sheetName), DASHBOARD_SHEET].filter((s) =>
    present.has(s),
  );
  for (const sheet of sheets)
    protector.protect(
      sheet,
      allowed,
      'Solidarity Desk: only the member solidarity team can change this sheet.',
    );
  return `Protected ${sheets.length} sheets (${sheets.join(', ')}). Editors: ${allowed.join(', ')}.`;
}

/** Warnings about how the spreadsheet is shared; `access` is Drive's value, or null when it could not be read. */
export function sharingCheck(access: string | null, fileName: string): string[] {
  if (access === null)
    return [
      `Solidarity Desk could not read how "${fileName}" is shared. Open Share and check General access is Restricted.`,
    ];
  return sharingWarnings(access, fileName);
}

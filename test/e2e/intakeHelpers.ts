// Shared set-up for intake end-to-end tests: a set-up spreadsheet with team emails and the intake form.
import { type LocalWorkspace, openWorkspace } from '../../local';

export const NOW = new Date('2026-11-20T23:40:00Z');

/** Types a Settings value by key, as a volunteer would by hand (the onEdit simple trigger runs). */
export function setSetting(local: LocalWorkspace, key: string, value: string): void {
  const sheet = local.boundSpreadsheet().sheetByName('Settings')!;
  if (!sheet.values().some((r) => r[0] === key)) sheet.appendRow([key, '']);
  local.edit('Settings', key, 2, value);
}

/** A workspace set up, with team emails configured and the intake form created. */
export async function readyWorkspace(now = NOW): Promise<LocalWorkspace> {
  const local = await openWorkspace(undefined, { now });
  local.boundSpreadsheet();
  local.run('setup');
  setSetting(local, 'Online response team email', 'response-team@union.example');
  setSetting(local, 'Working group email', 'eviction-wg@union.example');
  local.run('createIntakeForm');
  return local;
}

/** A phone-only disrepair report, as in journey 2. */
export const DAMP = {
  'Your name': 'Jo Bloggs',
  'Phone number': '(07700) 900-123',
  Postcode: 'n167ab',
  'What is the issue about?': 'Disrepair',
  'Tell us what is happening': 'Damp and mould for six months.   The landlord ignores us.',
  'May we contact you about this?': 'Yes',
};

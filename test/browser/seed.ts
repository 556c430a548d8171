// A workspace for the browser journey: set up, two members through the form (one with a hostile name), four live disputes.
import type { LocalWorkspace } from '../../local';
import { DAMP, readyWorkspace } from '../e2e/intakeHelpers';

/** A name that would run script if any page put it into HTML unescaped. */
export const HOSTILE_NAME = '<img src=x onerror=alert(1)>';

export const NOW = new Date('2026-11-20T10:00:00Z');

/** Appends a row by header names, as a volunteer typing into the sheet would. */
export function appendRecord(
  local: LocalWorkspace,
  sheetName: string,
  values: Record<string, string | Date>,
): void {
  const sheet = local.boundSpreadsheet().sheetByName(sheetName)!;
  const header = sheet.values()[0]!.map(String);
  sheet.appendRow(header.map((h) => values[h] ?? ''));
}

/** The Issue ID filed for the member with this name. */
export function issueOf(local: LocalWorkspace, name: string): string {
  const member = local.records('Members').find((m) => m.Name === name);
  const issue = local.records('Issues').find((i) => member && i['Member ID'] === member['Member ID']);
  if (!issue) throw new Error(`No issue filed for ${name}.`);
  return String(issue['Issue ID']);
}

/** The seeded workspace: Hackney already carries its limit of four public disputes. */
export async function seededWorkspace(): Promise<LocalWorkspace> {
  const local = await readyWorkspace(NOW);
  local.submitForm({
    'Your name': HOSTILE_NAME,
    'Phone number': '07700 900456',
    'Email address': 'hostile@example.org',
    Postcode: 'E8 3AA',
    'What is the issue about?': 'Disrepair',
    'Tell us what is happening': 'No hot water since October. The letting agent does not answer.',
    'Landlord’s name': 'Acme Homes',
    'May we contact you about this?': 'Yes',
  });
  local.submitForm(DAMP);
  for (const [n, landlord] of ['Fairview Estates', 'Acme Homes', 'Mill Lettings', 'Parkside Ltd'].entries()) {
    appendRecord(local, 'Issues', {
      'Issue ID': `ISS-${String(101 + n).padStart(4, '0')}`,
      Branch: 'Hackney',
      Category: 'Disrepair',
      Summary: `Block-wide repairs dispute with ${landlord}`,
      Landlord: landlord,
      Stage: '4 Action',
      Route: 'Public dispute',
      Opened: new Date('2026-09-01T10:00:00Z'),
    });
  }
  return local;
}

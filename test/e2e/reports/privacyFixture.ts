// A member who came through the form and left traces everywhere, and a cell-by-cell search for them.
import type { LocalWorkspace, Workspace } from '../../../local';
import { spreadsheetStore } from '../../../local/spreadsheet';
import { DAMP, readyWorkspace } from '../intakeHelpers';
import { addRow, day, seedCasework } from './seed';

export const JO = {
  name: 'Jo Bloggs',
  email: 'jo.bloggs@example.org',
  phoneDigits: '7700900123',
  address: '12 Acacia Road',
  postcode: 'N16 7AB',
};

/** Seeded casework plus Jo: filed from the form, then closed as a win, mentioned in steps, log, mail and review. */
export async function workspaceWithJo(): Promise<{
  local: LocalWorkspace;
  memberId: string;
  issueId: string;
}> {
  const local = await readyWorkspace();
  seedCasework(local);
  local.submitForm({ ...DAMP, 'Email address': JO.email, Address: `${JO.address}\nLondon ${JO.postcode}` });
  const member = local.records('Members').find((m) => m.Name === JO.name)!;
  const memberId = String(member['Member ID']);
  const issues = local.boundSpreadsheet().sheetByName('Issues')!;
  const header = issues.values()[0]!.map(String);
  const row = issues.values().findIndex((r) => r[header.indexOf('Member ID')] === memberId) + 1;
  const set = (column: string, value: string | number | Date) =>
    issues.write(row, header.indexOf(column) + 1, value);
  set('Stage', 'Closed');
  set('Outcome', 'Won');
  set('Money recovered', 700);
  set('Closed on', day('2026-11-15'));
  set('Documents', 'Letter for Jo Bloggs: https://docs.google.com/document/d/abc123/edit');
  const issueId = String(issues.values()[row - 1]![header.indexOf('Issue ID')]);
  addRow(local, 'Next steps', {
    'Next step ID': 'NS-0900',
    'Issue ID': 'ISS-0101',
    What: 'Call Jo Bloggs on 07700 900 123 about the neighbours',
    Status: 'Open',
  });
  addRow(local, 'Activity log', {
    When: day('2026-11-16'),
    Who: 'sam@union.example',
    Record: issueId,
    Action: 'Note',
    Details: `Emailed ${JO.email} about ${JO.address}, London`,
  });
  addRow(local, 'Mail queue', {
    'Mail ID': 'MAIL-0900',
    To: JO.email,
    Subject: 'Your issue',
    Body: 'Dear Jo Bloggs, see you Thursday.',
    Status: 'Waiting',
  });
  addRow(local, 'Intake review', {
    'Review ID': 'REV-0900',
    'Response ID': 'x',
    Reason: `No branch covers "${JO.postcode}"`,
    Answers: JSON.stringify({ 'Your name': JO.name }),
    'Filed as': issueId,
    Status: 'To review',
  });
  return { local, memberId, issueId };
}

/** Every cell of every sheet of every spreadsheet in the workspace that still mentions Jo. */
export function traces(workspace: Workspace): string[] {
  const found: string[] = [];
  for (const ss of spreadsheetStore(workspace).all())
    for (const sheet of ss.sheets)
      sheet.values().forEach((row, r) => {
        row.forEach((cell, c) => {
          const text = (cell instanceof Date ? cell.toISOString() : String(cell)).toLowerCase();
          const digits = text.replace(/\D/g, '');
          if (
            text.includes(JO.name.toLowerCase()) ||
            text.includes(JO.email) ||
            digits.includes(JO.phoneDigits) ||
            text.includes(JO.address.toLowerCase()) ||
            text.replace(/\s/g, '').includes(JO.postcode.toLowerCase().replace(/\s/g, ''))
          )
            found.push(`${sheet.name}!R${r + 1}C${c + 1}: ${text}`);
        });
      });
  return found;
}

/** The Dashboard's values without its "Refreshed" row. */
export function dashboardValues(local: LocalWorkspace): string {
  return JSON.stringify(
    local
      .boundSpreadsheet()
      .sheetByName('Dashboard')!
      .values()
      .filter((r) => r[0] !== 'Refreshed'),
  );
}

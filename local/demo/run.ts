// The demo behind `npm start`: seeds a workspace the first time, then runs the product's main flows on it.
import type { LocalWorkspace } from '../index';
import { DEMO_SUBMISSIONS } from './submissions';

const DAY = 86400000;

/** Bundle entry points the demo runs when they exist (features land one by one). */
function has(local: LocalWorkspace, name: string): boolean {
  try {
    return local.workspace.hasFunction(name);
  } catch {
    return false;
  }
}

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** First run: setup, team settings, the intake form, and a week or two of realistic submissions. */
export function seedDemo(local: LocalWorkspace, log: (line: string) => void): void {
  local.boundSpreadsheet('Hackney renters casework');
  local.run('setup');
  log('Set up Solidarity Desk in "Hackney renters casework".');
  const settings = local.boundSpreadsheet().sheetByName('Settings');
  if (settings) {
    const rows = settings.values();
    const set = (key: string, value: string) => {
      const row = rows.findIndex((r) => r[0] === key) + 1;
      if (row > 0) settings.write(row, 2, value);
    };
    set('Online response team email', 'online-response@hackney-renters.example');
    set('Working group email', 'eviction-working-group@renters-union.example');
  }
  local.run('createIntakeForm');
  log('Created the new-issue form and its trigger.');
  const now = local.workspace.clock.now();
  for (const s of DEMO_SUBMISSIONS) {
    const answers = Object.fromEntries(
      Object.entries(s.answers).map(([k, v]) => [k, v === '__BAILIFF__' ? isoDay(now + 9 * DAY) : v]),
    );
    local.submitForm(answers, new Date(now - s.daysAgo * DAY));
  }
  log(`Filed ${DEMO_SUBMISSIONS.length} form responses.`);
  local.run('logCall', {
    issueId: 'ISS-0001',
    note: 'Called Jo: invited to the branch meeting on Thursday.',
  });
  local.run('addNextStep', {
    issueId: 'ISS-0001',
    what: 'Draft a repair demand letter',
    who: 'Sam',
    byWhen: isoDay(now + 7 * DAY),
    where: 'Branch meeting',
  });
  log('Logged a call and added a next step for ISS-0001 (side panel actions).');
  const meeting = local.run('planMeeting', {
    branch: 'Hackney',
    date: isoDay(now + 4 * DAY),
    place: 'Community hall',
    kind: 'Branch meeting',
  }) as { meetingId?: string };
  if (meeting.meetingId) {
    local.run('writeUpMeeting', meeting.meetingId);
    log(`Planned ${meeting.meetingId} (agenda Doc) and made its write-up Doc.`);
  }
  local.run('generateLetter', 'ISS-0002', 'demand');
  log('Drafted a demand letter for ISS-0002.');
}

/** Every run: the flows that are safe to repeat (they change nothing that is already right). */
export function runFlows(local: LocalWorkspace, log: (line: string) => void): void {
  local.run('onOpen');
  const filed = local.run('reconcileIntake');
  if (typeof filed === 'number' && filed > 0) log(`Reconciliation filed ${filed} missed response(s).`);
  if (has(local, 'refreshDashboard')) log(String(local.run('refreshDashboard')));
  const problems = local.run('checkData') as string[];
  log(`Check data: ${problems.length === 0 ? 'everything adds up' : `${problems.length} thing(s) to fix`}.`);
}

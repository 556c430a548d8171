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
}

/** Every run: the flows that are safe to repeat (they change nothing that is already right). */
export function runFlows(local: LocalWorkspace, log: (line: string) => void): void {
  local.run('onOpen');
  const filed = local.run('reconcileIntake');
  if (typeof filed === 'number' && filed > 0) log(`Reconciliation filed ${filed} missed response(s).`);
  if (has(local, 'refreshDashboard')) {
    local.run('refreshDashboard');
    log('Refreshed the Dashboard sheet.');
  }
}

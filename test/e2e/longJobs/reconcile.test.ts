// Reconciliation as a long job through build/Code.js: responses a failed trigger missed, filed in chunks
// by the hourly run and carried on by the time-driven continuation, each filed once, with its emails.
import type { LocalWorkspace } from '../../../local';
import { scriptState } from '../../../local/script';
import { breaches, person, readyWorkspace } from '../../reliability/harness';
import {
  CONTINUE,
  continuations,
  crashAt,
  intercepting,
  override,
  progress,
  runToCompletion,
  withoutTimes,
} from './helpers';

const PEOPLE = Array.from({ length: 13 }, (_, i) => i + 1);

/** A workspace whose form-submit trigger is gone: every response waits in the sheet, unfiled. */
async function backlog(): Promise<LocalWorkspace> {
  const local = await readyWorkspace();
  const state = scriptState(local.workspace);
  state.triggers = state.triggers.filter((t) => t.handler !== 'onFormSubmit');
  for (const p of PEOPLE) {
    local.workspace.clock.advance(1000);
    local.submitForm(person(p));
  }
  expect(local.records('Issues')).toHaveLength(0);
  return local;
}

/** What filing left: issues and members without write times or the form's own response ids; emails sent. */
function outcome(local: LocalWorkspace) {
  const drop = (rows: ReturnType<typeof withoutTimes>) =>
    rows.map(({ 'Response ID': _id, 'Last activity': _last, ...rest }) => rest);
  return {
    issues: drop(withoutTimes(local.records('Issues'))),
    members: drop(withoutTimes(local.records('Members'))),
    mail: local.sentMail.map((m) => `${m.to.join(', ')} | ${m.subject}`).sort(),
  };
}

describe('reconciliation as a long job', () => {
  let single: ReturnType<typeof outcome>;

  beforeAll(async () => {
    const local = await backlog();
    expect(local.run('reconcileIntake')).toBe(PEOPLE.length);
    expect(progress(local, 'reconcile')).toBeNull();
    expect(continuations(local)).toHaveLength(0);
    single = outcome(local);
  });

  it('files 5 responses per chunk, one chunk a run; the continuation files the rest, each once', async () => {
    const local = await backlog();
    override(local, { rows: 5, perRun: 1 });
    expect(local.run('reconcileIntake')).toBe(5);
    expect(progress(local, 'reconcile')).toMatchObject({ done: false });
    expect(continuations(local)).toHaveLength(1);
    const runs = runToCompletion(local);
    // Two more chunks (5 then 3); checking answers against the form goes along, 5 responses a chunk too.
    expect(runs.filter((r) => r.handler === CONTINUE).map((r) => r.result)).toEqual([
      'Carried on; still to do: reconcile, verify-answers.',
      'Carried on; all done.',
    ]);
    expect(local.records('Issues')).toHaveLength(PEOPLE.length);
    expect(breaches(local, PEOPLE)).toEqual([]);
    expect(progress(local, 'reconcile')).toBeNull();
    expect(continuations(local)).toHaveLength(0);
    expect(outcome(local)).toEqual(single);
  });

  it('a continuation stopped between its Members and Issues writes files every response once', async () => {
    const local = await backlog();
    override(local, { rows: 5, perRun: 1 });
    local.run('reconcileIntake');
    // Members are appended first, Issues (whose Response ID marks a response filed) last.
    const runs = intercepting(local, crashAt(CONTINUE, 'SpreadsheetApp Range.setValues', 2), () =>
      local.advance(61 * 1000),
    );
    expect(runs.map((r) => r.execution.status)).toEqual(['crashed']);
    expect(local.records('Members').length).toBeGreaterThan(local.records('Issues').length);
    expect(continuations(local)).toHaveLength(1);
    runToCompletion(local);
    expect(breaches(local, PEOPLE)).toEqual([]);
    expect(continuations(local)).toHaveLength(0);
    expect(outcome(local)).toEqual(single);
  });
});

// The weekly digests as a long job through build/Code.js: a few branches per chunk, each branch recorded
// as sent for the week, so a run stopped part-way and carried on never sends a branch its digest twice.
import { casebookWorkspace } from '../../../bench/generate';
import type { LocalWorkspace } from '../../../local';
import {
  CONTINUE,
  continuations,
  crashAt,
  intercepting,
  override,
  progress,
  runToCompletion,
} from './helpers';

/** A Friday: not the default digest day (Monday), so advancing the clock sends no digest of its own. */
const NOW = new Date('2026-11-20T10:00:00Z');
const WEEK = '2026-11-16';

/** The digests sent, one line per email: who it went to, and its subject. */
function digests(local: LocalWorkspace): string[] {
  return local.sentMail
    .filter((m) => m.to.some((to) => /-solidarity@union\.example/.test(to)))
    .map((m) => `${m.to.join(', ')} | ${m.subject}`)
    .sort();
}

describe('weekly digests as a long job', () => {
  let single: string[];

  beforeAll(async () => {
    const { local } = await casebookWorkspace(100, NOW);
    expect(local.run('sendDigests')).toBe(10);
    single = digests(local);
    // The week's record is kept: every branch has had this week's digest.
    expect(progress(local, 'digests')).toMatchObject({ done: true, position: { week: WEEK } });
    expect(continuations(local)).toHaveLength(0);
  });

  it('sends each of 10 branches its digest once, in one run when there is time', () => {
    expect(single).toHaveLength(10);
    expect(new Set(single.map((line) => line.split(' | ')[0])).size).toBe(10);
  });

  it('sends 3 branches a chunk, one chunk a run; the continuation sends the rest, none twice', async () => {
    const { local } = await casebookWorkspace(100, NOW);
    override(local, { rows: 3, perRun: 1 });
    expect(local.run('sendDigests')).toBe(3);
    expect(progress(local, 'digests')).toMatchObject({ done: false, position: { week: WEEK } });
    expect(continuations(local)).toHaveLength(1);
    const runs = runToCompletion(local);
    expect(runs.filter((r) => r.handler === CONTINUE)).toHaveLength(3);
    expect(digests(local)).toEqual(single);
    expect(progress(local, 'digests')).toMatchObject({ done: true });
    expect(continuations(local)).toHaveLength(0);
    expect(local.run('sendDigests')).toBe(0);
    expect(digests(local)).toEqual(single);
  });

  it('a continuation stopped dead between two emails is carried on by its watchdog, none sent twice', async () => {
    const { local } = await casebookWorkspace(100, NOW);
    override(local, { rows: 3, perRun: 1 });
    local.run('sendDigests');
    const runs = intercepting(local, crashAt(CONTINUE, 'MailApp MailApp.sendEmail', 2), () =>
      local.advance(61 * 1000),
    );
    expect(runs.map((r) => r.execution.status)).toEqual(['crashed']);
    // The branch emailed before the crash is recorded: 3 + 1 sent.
    expect(digests(local)).toHaveLength(4);
    expect((progress(local, 'digests')!.position as { sent: string[] }).sent).toHaveLength(4);
    runToCompletion(local);
    expect(digests(local)).toEqual(single);
  });

  it('a digest run stopped dead part-way is finished by the next daily job, none sent twice', async () => {
    const { local } = await casebookWorkspace(100, NOW);
    intercepting(local, crashAt('sendDigests', 'MailApp MailApp.sendEmail', 5), () =>
      expect(() => local.run('sendDigests')).toThrow(/crash injected/),
    );
    expect(digests(local)).toHaveLength(4);
    // Nothing fires before tomorrow's daily job (the first chunk sets no watchdog: its progress is enough).
    local.runAs('dailyJob', [], { kind: 'installable-trigger' });
    expect(digests(local)).toEqual(single);
    expect(progress(local, 'digests')).toMatchObject({ done: true });
    expect(continuations(local)).toHaveLength(0);
  });
});

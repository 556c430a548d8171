// A burst of 30 submissions under lock contention and lock timeouts: every response filed exactly once.
import { lockTable } from '../../local/base';
import { runInterleaved } from '../../local/runtime/interleave';
import { breaches, person, readyWorkspace, reconcile } from './harness';

const PEOPLE = Array.from({ length: 30 }, (_, i) => i + 1);

describe('a burst of 30 submissions', () => {
  it('files every response exactly once, at once or by the reconciliation job', async () => {
    const local = await readyWorkspace();
    const locks = lockTable(local.workspace);
    for (let i = 1; i <= 30; i++) {
      local.workspace.clock.advance(700);
      if (i % 5 === 0) locks.holdScriptLockOutside({ attempts: 1 }); // someone else holds it too long
      if (i % 7 === 0) locks.holdScriptLockOutside({ until: local.workspace.clock.now() + 2000 }); // a short wait
      if (i % 3 === 1 && i < 30) {
        // The next person submits while this one holds the lock (inside its commit).
        runInterleaved(
          local.workspace,
          () => void local.submitForm(person(i)),
          () => void local.submitForm(person(i + 1)),
          12,
        );
        i += 1;
      } else {
        local.submitForm(person(i));
      }
    }
    const filedAtOnce = local.records('Issues').length;
    const failures = local.workspace.history.filter(
      (h) => h.functionName === 'onFormSubmit' && h.status === 'failed',
    );
    expect(failures.every((f) => /Lock timeout/.test(f.error ?? ''))).toBe(true);
    reconcile(local);
    console.log(
      `burst: ${filedAtOnce} of 30 filed at once, ${failures.length} triggers timed out on the lock, ` +
        `${local.records('Issues').length - filedAtOnce} filed by reconciliation`,
    );
    expect(failures.length).toBeGreaterThan(5);
    expect(local.records('Issues')).toHaveLength(30);
    expect(breaches(local, PEOPLE)).toEqual([]);
  });
});

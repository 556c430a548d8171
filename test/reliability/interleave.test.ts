// Every interleaving of two executions at service-call boundaries: nothing lost, nothing twice, nothing misfiled.
import { forEveryK, injectFaults } from '../../local/runtime/interleave';
import { sortSheet, tally } from './casework';
import { breaches, person, readyWorkspace, reconcile } from './harness';

describe('two form submissions, the second starting at each service call of the first', () => {
  it('files both exactly once (at once or by reconciliation), with distinct ids and the right members', async () => {
    const problems: string[] = [];
    const results = await forEveryK(
      async () => {
        const local = await readyWorkspace();
        return {
          local,
          workspace: local.workspace,
          a: () => void local.submitForm(person(1)),
          b: () => void local.submitForm(person(2)),
        };
      },
      (result, { local }) => {
        // A blocked waitLock must fail honestly: b never completes while a holds the lock.
        if (result.b.status === 'failed') expect(result.b.message).toMatch(/Lock timeout/);
        reconcile(local);
        for (const b of breaches(local, [1, 2])) problems.push(`k=${result.k}: ${b}`);
      },
    );
    console.log(`two submissions: ${results.length} interleavings`, tally(results));
    expect(results.some((r) => r.b.status === 'failed')).toBe(true);
    expect(problems).toEqual([]);
  });
});

describe('a form submission and the reconciliation job', () => {
  it('files the submission once whether the job starts inside it or it starts inside the job', async () => {
    const problems: string[] = [];
    const submitThenJob = await forEveryK(
      async () => {
        const local = await readyWorkspace();
        return {
          local,
          workspace: local.workspace,
          a: () => void local.submitForm(person(1)),
          b: () => void reconcile(local),
        };
      },
      (result, { local }) => {
        reconcile(local);
        for (const b of breaches(local, [1])) problems.push(`submission first, k=${result.k}: ${b}`);
      },
    );
    const jobThenSubmit = await forEveryK(
      async () => {
        const local = await readyWorkspace();
        // Person 2's trigger failed earlier, so the job has a missed response to file.
        const heal = injectFaults(local.workspace, () => "We're sorry, a server error occurred.");
        local.submitForm(person(2));
        heal();
        return {
          local,
          workspace: local.workspace,
          a: () => void reconcile(local),
          b: () => void local.submitForm(person(1)),
        };
      },
      (result, { local }) => {
        reconcile(local);
        for (const b of breaches(local, [1, 2])) problems.push(`job first, k=${result.k}: ${b}`);
      },
    );
    console.log(
      `submission and reconciliation: ${submitThenJob.length + jobThenSubmit.length} interleavings`,
    );
    expect(problems).toEqual([]);
  });
});

/** Person 2 returns with an email while a volunteer sorts Members at each call; what went where. */
async function sortDuringReturn(): Promise<{ count: number; misdirected: string[]; misfiled: string[] }> {
  const misdirected: string[] = [];
  const misfiled: string[] = [];
  const results = await forEveryK(
    async () => {
      const local = await readyWorkspace();
      for (const i of [1, 2, 3, 4]) {
        local.submitForm(person(i));
        local.workspace.clock.advance(1000);
      }
      // Intake fills the new email in on person 2's member row, which a descending sort moves from
      // sheet row 3 to row 4.
      const again = {
        ...person(2),
        'Email address': 'two@example.org',
        'Tell us what is happening': 'Issue number 2: now a leak too.',
      };
      return {
        local,
        workspace: local.workspace,
        a: () => void local.submitForm(again),
        b: () => sortSheet(local, 'Members', 'Name'),
      };
    },
    (result, { local }) => {
      reconcile(local);
      const names = local
        .records('Members')
        .filter((m) => m.Email !== '')
        .map((m) => String(m.Name));
      if (names.join() !== 'Person 2')
        misdirected.push(`k=${result.k}: email written to ${names.join(', ') || 'no one'}`);
      const members = local.records('Members');
      for (const issue of local
        .records('Issues')
        .filter((i) => /^Issue number 2:/.test(String(i.Description)))) {
        const member = members.find((m) => m['Member ID'] === issue['Member ID']);
        if (member?.Name !== 'Person 2')
          misfiled.push(`k=${result.k}: person 2's issue points at ${member?.Name}`);
      }
    },
  );
  return { count: results.length, misdirected, misfiled };
}

describe('a volunteer sorting the Members sheet while a returning member submits', () => {
  let run: Awaited<ReturnType<typeof sortDuringReturn>>;
  beforeAll(async () => {
    run = await sortDuringReturn();
    console.log(
      `sort during a returning member's submission: ${run.count} interleavings; misdirected at`,
      run.misdirected,
    );
  });

  it('files the new issue under the right member at every interleaving', () => {
    expect(run.misfiled).toEqual([]);
  });

  // SheetTable finds each changed record by id before writing and checks by id afterwards, so a sort (which
  // takes no lock) between its read and its write cannot send the update to whoever now sits on that row.
  it("writes the returning member's new email on their own row, whenever the sort happens", () => {
    expect(run.misdirected).toEqual([]);
  });
});

// Side panel edits interleaved with submissions, the daily job, another volunteer and a sort of Issues:
// see casework.interleave.test.ts.

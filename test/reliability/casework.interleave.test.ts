// Every interleaving of side panel edits with submissions, the daily job, another volunteer and a sort.
import type { LocalWorkspace } from '../../local';
import { forEveryK, type Interleaving } from '../../local/runtime/interleave';
import {
  asText,
  deleteRowOf,
  disputeDecision,
  LOCK_TIMEOUT,
  logLines,
  MONDAY,
  nextStep,
  rowById,
  saveAgainIfLocked,
  sortSheet,
  tally,
  withIssues,
} from './casework';
import { breaches, person, reconcile } from './harness';

/** Runs every interleaving of a and b on fresh workspaces; returns the results and every breach found. */
async function everyInterleaving(
  make: () => Promise<LocalWorkspace>,
  a: (local: LocalWorkspace) => void,
  b: (local: LocalWorkspace) => void,
  check: (local: LocalWorkspace, result: Interleaving) => string[],
): Promise<{ results: Interleaving[]; problems: string[] }> {
  const problems: string[] = [];
  const results = await forEveryK(
    async () => {
      const local = await make();
      return { local, workspace: local.workspace, a: () => a(local), b: () => b(local) };
    },
    (result, { local }) => {
      for (const p of check(local, result)) problems.push(`k=${result.k}: ${p}`);
    },
  );
  return { results, problems };
}

const STEP = nextStep('ISS-0001', 'Write to the letting agent', 'Amira');
const addStep = (local: LocalWorkspace) => void local.run('addNextStep', STEP);

/** The side panel's next step is saved once, on ISS-0001, with its log line; the submissions all filed. */
function stepAndSubmissions(local: LocalWorkspace, result: Interleaving, stepIsB: boolean): string[] {
  const edit = stepIsB ? result.b : result.a;
  const out: string[] = [];
  const told = saveAgainIfLocked(edit, () => addStep(local), 'the next step');
  if (told) out.push(told);
  reconcile(local);
  out.push(...breaches(local, [1, 2]));
  const steps = local.records('Next steps');
  if (steps.length !== 1 || steps[0]!['Issue ID'] !== 'ISS-0001' || steps[0]!.What !== STEP.what)
    out.push(`Next steps holds ${JSON.stringify(steps.map((s) => [s['Issue ID'], s.What]))}`);
  if (logLines(local, 'ISS-0001', 'Next step added').length !== 1) out.push('not one "Next step added" line');
  return out;
}

describe('a form submission and a side panel edit of another issue', () => {
  it('keeps both, whichever starts inside the other, at every service call', async () => {
    const submitFirst = await everyInterleaving(
      () => withIssues(1),
      (local) => void local.submitForm(person(2)),
      addStep,
      (local, r) => stepAndSubmissions(local, r, true),
    );
    const editFirst = await everyInterleaving(
      () => withIssues(1),
      addStep,
      (local) => void local.submitForm(person(2)),
      (local, r) => stepAndSubmissions(local, r, false),
    );
    console.log(
      `submission and side panel edit: ${submitFirst.results.length + editFirst.results.length} interleavings`,
      tally([...submitFirst.results, ...editFirst.results]),
    );
    expect([...submitFirst.problems, ...editFirst.problems]).toEqual([]);
  });
});

const CALL = { issueId: 'ISS-0001', note: 'Called back: invited to Thursday’s meeting' };
const TEAM = 'hackney-team@union.example';

/** Monday morning, two issues, and Hackney's team email set so the weekly digest goes out. */
async function mondayMorning(): Promise<LocalWorkspace> {
  const local = await withIssues(2, MONDAY);
  const branches = local.boundSpreadsheet().sheetByName('Branches')!;
  branches.write(2, branches.values()[0]!.indexOf('Team email') + 1, TEAM);
  // Settings and Branches are cached for ten minutes: the job runs after the cached copy has expired.
  local.workspace.clock.advance(11 * 60000);
  return local;
}

describe('a side panel edit and the daily job', () => {
  it('keeps the call, and the job does its work once, at every service call of the edit', async () => {
    const dailyJob = (local: LocalWorkspace) =>
      void local.runAs('dailyJob', [], { kind: 'installable-trigger' });
    const run = await everyInterleaving(
      mondayMorning,
      (local) => void local.run('logCall', CALL),
      dailyJob,
      (local, r) => {
        const out: string[] = [];
        const told = saveAgainIfLocked(r.a, () => void local.run('logCall', CALL), 'the call');
        if (told) out.push(told);
        // The job is a trigger: a run refused the lock is simply run again (tomorrow, or by hand).
        if (r.b.status === 'failed' && LOCK_TIMEOUT.test(r.b.message ?? '')) dailyJob(local);
        else if (r.b.status !== 'completed') out.push(`the daily job ended ${r.b.status}: ${r.b.message}`);
        out.push(...breaches(local, [1, 2]));
        if (!(rowById(local, 'Issues', 'Issue ID', 'ISS-0001')['First contact on'] instanceof Date))
          out.push('the call did not stamp First contact on');
        if (logLines(local, 'ISS-0001', 'Call logged').length !== 1) out.push('not one "Call logged" line');
        const digests = local.sentMail.filter((m) => m.to.includes(TEAM)).length;
        if (digests !== 1) out.push(`${digests} digests went to the branch team`);
        return out;
      },
    );
    console.log(`side panel edit and daily job: ${run.results.length} interleavings`, tally(run.results));
    expect(run.problems).toEqual([]);
  });
});

/** Two volunteers on ISS-0001 at once: both changes kept, ISS-0002's row untouched, both logged. */
async function twoVolunteers(
  first: (local: LocalWorkspace) => void,
  second: (local: LocalWorkspace) => void,
  kept: (local: LocalWorkspace) => string[],
) {
  let bystander = '';
  return everyInterleaving(
    async () => {
      const local = await withIssues(2);
      bystander = asText(rowById(local, 'Issues', 'Issue ID', 'ISS-0002'));
      return local;
    },
    first,
    second,
    (local, r) => {
      const out: string[] = [];
      const told = saveAgainIfLocked(r.b, () => second(local), 'the second volunteer');
      if (told) out.push(told);
      if (r.a.status !== 'completed') out.push(`the first volunteer's save ended ${r.a.status}`);
      if (asText(rowById(local, 'Issues', 'Issue ID', 'ISS-0002')) !== bystander)
        out.push('ISS-0002 was changed');
      out.push(...breaches(local, [1, 2]), ...kept(local));
      return out;
    },
  );
}

describe('two volunteers updating the same issue', () => {
  it('keeps a stage move and a logged call made together, at every service call', async () => {
    const move = { issueId: 'ISS-0001', stage: '2 Peer support', reason: '' };
    const run = await twoVolunteers(
      (local) => void local.run('moveStage', move),
      (local) => void local.run('logCall', CALL),
      (local) => {
        const issue = rowById(local, 'Issues', 'Issue ID', 'ISS-0001');
        const out: string[] = [];
        if (issue.Stage !== '2 Peer support') out.push(`stage is ${issue.Stage}`);
        if (!(issue['First contact on'] instanceof Date)) out.push('the call was lost');
        for (const action of ['Stage moved', 'Call logged'])
          if (logLines(local, 'ISS-0001', action).length !== 1) out.push(`not one "${action}" line`);
        return out;
      },
    );
    console.log(`stage move and call on one issue: ${run.results.length} interleavings`, tally(run.results));
    expect(run.problems).toEqual([]);
  });

  it('keeps both next steps added together, with distinct ids, at every service call', async () => {
    const amira = nextStep('ISS-0001', 'Write to the letting agent', 'Amira');
    const bola = nextStep('ISS-0001', 'Photograph the mould', 'Bola');
    const run = await twoVolunteers(
      (local) => void local.run('addNextStep', amira),
      (local) => void local.run('addNextStep', bola),
      (local) => {
        const steps = local.records('Next steps');
        const what = steps.map((s) => `${s['Issue ID']} ${s.What}`).sort();
        const ids = new Set(steps.map((s) => s['Next step ID']));
        const out: string[] = [];
        if (what.join() !== `ISS-0001 ${bola.what},ISS-0001 ${amira.what}`)
          out.push(`steps: ${what.join('; ')}`);
        if (ids.size !== steps.length) out.push('two next steps share an id');
        if (logLines(local, 'ISS-0001', 'Next step added').length !== 2) out.push('not two log lines');
        return out;
      },
    );
    console.log(`two next steps on one issue: ${run.results.length} interleavings`, tally(run.results));
    expect(run.problems).toEqual([]);
  });
});

/**
 * A decision on `issueId` against a volunteer's hand edit of Issues (`edit`), at every service call: four
 * issues on a Monday; `check` gets each issue's row as text from before, to say which rows changed.
 */
async function decisionAgainst(
  issueId: string,
  edit: (local: LocalWorkspace) => void,
  check: (local: LocalWorkspace, r: Interleaving, before: ReadonlyMap<string, string>) => string[],
) {
  let before = new Map<string, string>();
  return everyInterleaving(
    async () => {
      const local = await withIssues(4, MONDAY);
      before = new Map(local.records('Issues').map((i) => [String(i['Issue ID']), asText(i)]));
      return local;
    },
    (local) => void local.run('recordDecision', disputeDecision(issueId)),
    edit,
    (local, r) => check(local, r, before),
  );
}

/** Issues rows other than `except` that differ from before. */
function othersChanged(local: LocalWorkspace, before: ReadonlyMap<string, string>, except = ''): string[] {
  return local
    .records('Issues')
    .filter((i) => i['Issue ID'] !== except && asText(i) !== before.get(String(i['Issue ID'])))
    .map((i) => `${i['Issue ID']} was changed`);
}

describe('a decision recorded while a volunteer sorts the Issues sheet', () => {
  it('lands on its own issue, by id, and leaves every other row as it was, at every service call', async () => {
    const run = await decisionAgainst(
      'ISS-0002',
      // Descending by summary ("Issue number 4…" first) moves ISS-0002 from sheet row 3 to row 4.
      (local) => sortSheet(local, 'Issues', 'Summary'),
      (local, r, before) => {
        const out: string[] = [];
        if (r.a.status !== 'completed') out.push(`the decision ended ${r.a.status}: ${r.a.message}`);
        const issue = rowById(local, 'Issues', 'Issue ID', 'ISS-0002');
        if (issue.Route !== 'Public dispute' || issue.Stage !== '4 Action')
          out.push(`ISS-0002 has route "${issue.Route}", stage "${issue.Stage}"`);
        const decisions = local.records('Decisions').map((d) => d['Issue ID']);
        if (decisions.join() !== 'ISS-0002')
          out.push(`Decisions rows are for ${decisions.join() || 'no one'}`);
        out.push(...othersChanged(local, before, 'ISS-0002'));
        out.push(...breaches(local, [1, 2, 3, 4]));
        return out;
      },
    );
    console.log(`decision during a sort of Issues: ${run.results.length} interleavings`, tally(run.results));
    expect(run.problems).toEqual([]);
  });
});

describe('a decision recorded while a volunteer deletes rows of Issues', () => {
  it('lands on its own issue when another row above it goes, at every service call', async () => {
    const run = await decisionAgainst(
      'ISS-0003',
      // ISS-0001 sits above ISS-0003: deleting it moves ISS-0003 up a row.
      (local) => deleteRowOf(local, 'Issues', 'Issue ID', 'ISS-0001'),
      (local, r, before) => {
        const out: string[] = [];
        if (r.a.status !== 'completed') out.push(`the decision ended ${r.a.status}: ${r.a.message}`);
        const issue = rowById(local, 'Issues', 'Issue ID', 'ISS-0003');
        if (issue.Route !== 'Public dispute') out.push(`ISS-0003 has route "${issue.Route}"`);
        out.push(...othersChanged(local, before, 'ISS-0003'));
        if (local.records('Issues').some((i) => i['Issue ID'] === 'ISS-0001')) out.push('ISS-0001 is back');
        return out;
      },
    );
    console.log(
      `decision while a row above is deleted: ${run.results.length} interleavings`,
      tally(run.results),
    );
    expect(run.problems).toEqual([]);
  });

  it('says so, and changes no other row, when its own issue is deleted while saving', async () => {
    const run = await decisionAgainst(
      'ISS-0002',
      (local) => deleteRowOf(local, 'Issues', 'Issue ID', 'ISS-0002'),
      (local, r, before) => {
        const out: string[] = [];
        if (local.records('Issues').some((i) => i['Issue ID'] === 'ISS-0002'))
          out.push('ISS-0002 is still there');
        // Either the decision finished before the row went, or it stopped with words a volunteer can act on.
        if (r.a.status !== 'completed' && !/ISS-0002|no issue|not found|no longer/i.test(r.a.message ?? ''))
          out.push(`the decision ended ${r.a.status} with "${r.a.message}"`);
        out.push(...othersChanged(local, before));
        return out;
      },
    );
    console.log(
      `decision while its own row is deleted: ${run.results.length} interleavings`,
      tally(run.results),
    );
    expect(run.problems).toEqual([]);
  });
});

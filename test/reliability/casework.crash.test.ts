// Crash injection for casework writes: a decision and a write-up import stopped before each service call, then re-run.
import type { LocalWorkspace, SheetRecord } from '../../local';
import { type CrashResult, forEveryCrash } from '../../local/runtime/interleave';
import { editTable, readyDocuments, seedCasework, tableRowOf } from '../e2e/documents/helpers';
import { disputeDecision, logLines, rowById, withIssues } from './casework';
import { breaches } from './harness';

/** Where a crash happened, for messages. */
function at(result: CrashResult): string {
  return `k=${result.k} (${result.call ? `${result.call.service} ${result.call.method}` : 'no crash'})`;
}

/**
 * The decision rule: the issue never shows a route without its Decisions row (the record is written before
 * the issue), and there is never more than one row for one decision.
 */
function decisionBreaches(local: LocalWorkspace): string[] {
  const issue = rowById(local, 'Issues', 'Issue ID', 'ISS-0001');
  const rows = local.records('Decisions').filter((d) => d['Issue ID'] === 'ISS-0001');
  const out: string[] = [];
  if (rows.length > 1) out.push(`${rows.length} Decisions rows for one decision`);
  if (issue.Route === 'Public dispute' && rows.length === 0)
    out.push('the issue has a route but no decision');
  return out;
}

/** Every crash point of one decision, each followed by the volunteer sending the form again. */
async function crashEveryDecision() {
  const problems: string[] = [];
  const unlogged: string[] = [];
  const results = await forEveryCrash(
    async () => {
      const local = await withIssues(2);
      local.run('moveStage', { issueId: 'ISS-0001', stage: '3 Team decision', reason: '' });
      return { local, workspace: local.workspace, a: () => void local.run('recordDecision', DECISION) };
    },
    (result, { local }) => {
      for (const p of decisionBreaches(local)) problems.push(`${at(result)}, after the crash: ${p}`);
      // The panel showed an error (or nothing): the volunteer sends the same decision again.
      if (result.reached) local.run('recordDecision', DECISION);
      const issue = rowById(local, 'Issues', 'Issue ID', 'ISS-0001');
      if (issue.Route !== 'Public dispute' || issue.Stage !== '4 Action')
        problems.push(`${at(result)}, after sending again: route "${issue.Route}", stage "${issue.Stage}"`);
      if (local.records('Decisions').length !== 1)
        problems.push(
          `${at(result)}, after sending again: ${local.records('Decisions').length} Decisions rows`,
        );
      for (const p of breaches(local, [1, 2])) problems.push(`${at(result)}: ${p}`);
      if (logLines(local, 'ISS-0001', 'Decision recorded').length !== 1) unlogged.push(at(result));
    },
  );
  return { results, problems, unlogged };
}

const DECISION = disputeDecision('ISS-0001');

describe('a decision stopped before its k-th service call, for every k', () => {
  it('leaves no route without its decision, and sending it again completes it once', async () => {
    const run = await crashEveryDecision();
    console.log(
      `crash injection (decision): ${run.results.length} crash points; ` +
        `${run.unlogged.length} end without exactly one "Decision recorded" log line`,
    );
    expect(run.results.length).toBeGreaterThan(20);
    expect(run.problems).toEqual([]);
  });
});

const COLUMN = { who: 3, status: 6 };
const VOLATILE = new Set(['Created', 'Updated']);

/** Next steps as comparable text, without the timestamps a re-run may move. */
function stepsText(local: LocalWorkspace): string[] {
  const strip = (s: SheetRecord) =>
    JSON.stringify(
      Object.entries(s).filter(([k]) => !VOLATILE.has(k)),
      (_k, v: unknown) => (v instanceof Date ? v.toISOString() : v),
    );
  return local.records('Next steps').map(strip).sort();
}

/** A written-up meeting whose next steps table a volunteer edited: two changes and two new lines. */
async function editedWriteUp(): Promise<{ local: LocalWorkspace; meetingId: string }> {
  const local = await readyDocuments();
  seedCasework(local, 3, 4);
  const { meetingId } = local.run('planMeeting', { branch: 'Hackney', date: '2026-11-20' }) as {
    meetingId: string;
  };
  const { url } = local.run('writeUpMeeting', meetingId) as { url: string };
  editTable(local, url, {
    cells: [
      [tableRowOf(local, url, 'NS-0002'), COLUMN.who, 'Zainab'],
      [tableRowOf(local, url, 'NS-0003'), COLUMN.status, 'done'],
    ],
    newRows: [
      ['', 'ISS-0003', 'Knock on neighbours’ doors', 'Priya', '02/12/2026', 'Block B', ''],
      ['', 'ISS-0001', 'Call the council', 'Tom', '', '', 'Open'],
    ],
  });
  return { local, meetingId };
}

/** No next step twice: distinct ids, and no two rows of one meeting with the same issue and wording. */
function importBreaches(local: LocalWorkspace): string[] {
  const steps = local.records('Next steps');
  const ids = steps.map((s) => String(s['Next step ID']));
  const lines = steps.filter((s) => s['Meeting ID'] !== '').map((s) => `${s['Issue ID']} ${s.What}`);
  const out: string[] = [];
  if (new Set(ids).size !== ids.length) out.push(`a Next step ID is used twice: ${ids.join()}`);
  if (new Set(lines).size !== lines.length) out.push(`a line was imported twice: ${lines.join('; ')}`);
  if (steps.some((s) => s['Issue ID'] === '' || s.What === '' || s.Status === ''))
    out.push('a half-written Next steps row');
  return out;
}

describe('a write-up import stopped before its k-th service call, for every k', () => {
  it('imports nothing twice, and importing again gives what one whole import gives', async () => {
    const whole = await editedWriteUp();
    whole.local.run('importWriteUp', whole.meetingId);
    const expected = stepsText(whole.local);
    const problems: string[] = [];
    const unlogged: string[] = [];
    const results = await forEveryCrash(
      async () => {
        const made = await editedWriteUp();
        return {
          ...made,
          workspace: made.local.workspace,
          a: () => void made.local.run('importWriteUp', made.meetingId),
        };
      },
      (result, { local, meetingId }) => {
        for (const p of importBreaches(local)) problems.push(`${at(result)}, after the crash: ${p}`);
        local.run('importWriteUp', meetingId);
        for (const p of importBreaches(local)) problems.push(`${at(result)}, after importing again: ${p}`);
        if (stepsText(local).join('\n') !== expected.join('\n'))
          problems.push(`${at(result)}: Next steps differ from one whole import`);
        if (logLines(local, meetingId, 'Write-up imported').length !== 1) unlogged.push(at(result));
      },
    );
    console.log(
      `crash injection (write-up import): ${results.length} crash points; ` +
        `${unlogged.length} end without exactly one "Write-up imported" log line`,
    );
    expect(results.length).toBeGreaterThan(20);
    expect(problems).toEqual([]);
  });
});

// Erasure stopped at every call is tested in test/e2e/reports/erasure.test.ts ("stopped at any service call,
// the Members row goes last and a re-run completes the erasure"): until the Members row changes the member can
// still be found (and erased again); once it has, no other cell mentions them; a re-run leaves no trace.

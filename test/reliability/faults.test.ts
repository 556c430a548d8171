// Google failing: transient errors retried with backoff, permanent ones recorded in Errors and re-thrown.
import { type LocalWorkspace, openWorkspace } from '../../local';
import { mailbox } from '../../local/base';
import { driveStore } from '../../local/drive';
import { failFirst, injectFaults, RATE_LIMIT_MESSAGE } from '../../local/runtime/interleave';
import { readyDocuments, seedCasework } from '../e2e/documents/helpers';
import { rowById } from './casework';
import { breaches, formulaCells, person, readyWorkspace, reconcile } from './harness';
import { probeBundlePath } from './probeBundle';

const NOW = new Date('2026-11-20T10:00:00Z');
const APPEND = 'SpreadsheetApp Sheet.appendRow';

async function probeWorkspace(): Promise<LocalWorkspace> {
  const local = await openWorkspace(undefined, { now: NOW, bundlePath: probeBundlePath() });
  local.boundSpreadsheet().insertSheet('Settings');
  return local;
}

function probeRows(local: LocalWorkspace): unknown[][] {
  return local
    .boundSpreadsheet()
    .sheetByName('Settings')!
    .values()
    .filter((r) => r[0] === 'Probe');
}

/** The last execution's calls of one method. */
function lastCalls(local: LocalWorkspace, method: string): number {
  return local.workspace.history.at(-1)!.callCounts[method] ?? 0;
}

describe('withRetry in the local runtime', () => {
  it('retries a rate-limited write with growing waits and writes it once', async () => {
    const local = await probeWorkspace();
    injectFaults(local.workspace, failFirst(APPEND, 3));
    expect(local.run('appendWithRetry', 'hello')).toBe('appended');
    expect(probeRows(local)).toEqual([['Probe', 'hello']]);
    expect(lastCalls(local, APPEND)).toBe(4);
    // Waits of about 0.5 s, 1 s and 2 s (plus jitter) on the workspace clock, via Utilities.sleep.
    const waited = local.workspace.clock.now() - NOW.getTime();
    expect(waited).toBeGreaterThanOrEqual(3500);
    expect(waited).toBeLessThan(6000);
  });

  it('gives up after 4 tries and re-throws the last transient error', async () => {
    const local = await probeWorkspace();
    injectFaults(local.workspace, failFirst(APPEND, 10));
    expect(() => local.run('appendWithRetry', 'hello')).toThrow(RATE_LIMIT_MESSAGE);
    expect(lastCalls(local, APPEND)).toBe(4);
    expect(probeRows(local)).toEqual([]);
  });

  it('does not retry a permanent error (nor the daily quota, which waiting cannot fix)', async () => {
    for (const message of [
      'You do not have permission to access the requested document.',
      'Service invoked too many times for one day: spreadsheets.',
    ]) {
      const local = await probeWorkspace();
      injectFaults(local.workspace, failFirst(APPEND, 1, message));
      expect(() => local.run('appendWithRetry', 'hello')).toThrow(message);
      expect(lastCalls(local, APPEND)).toBe(1);
    }
  });
});

describe('recordFailure and the Errors sheet', () => {
  it('records a permanent failure with what it was doing and its ids, then re-throws it unchanged', async () => {
    const local = await probeWorkspace();
    injectFaults(local.workspace, failFirst(APPEND, 1, '=HYPERLINK("http://evil.example") is not allowed'));
    expect(() => local.run('appendRecordingFailures', 'hello', 'F-123')).toThrow(/is not allowed/);
    const [row] = local.records('Errors');
    expect(row!.Doing).toBe('Filing a form response');
    expect(String(row!.Error)).toMatch(/^Exception: =HYPERLINK\("http:\/\/evil.example"\) is not allowed/);
    expect(row!.Context).toBe('Response ID: F-123');
    expect(row!.When).toBeInstanceOf(Date);
    expect(formulaCells(local)).toEqual([]);
  });

  it('recreates a deleted Errors sheet with its header', async () => {
    const local = await probeWorkspace();
    expect(local.run('recordOnly', 'first')).toBe(true);
    local.boundSpreadsheet().deleteSheet(local.boundSpreadsheet().sheetByName('Errors')!);
    expect(local.run('recordOnly', 'second')).toBe(true);
    const errors = local.records('Errors').map((r) => String(r.Error).split('\n')[0]);
    expect(errors).toEqual(['second']);
  });

  it('never throws itself, even when the spreadsheet is failing too', async () => {
    const local = await probeWorkspace();
    injectFaults(local.workspace, (call) =>
      call.service === 'SpreadsheetApp' && call.method !== 'SpreadsheetApp.getActiveSpreadsheet'
        ? 'Service Spreadsheets timed out while accessing document with id x.'
        : undefined,
    );
    expect(local.run('recordOnly', 'lost')).toBe(false);
  });
});

describe('the product when Google or the team changes things under it', () => {
  it('files a submission and queues its email when the daily mail allowance is used up', async () => {
    const local = await readyWorkspace();
    mailbox(local.workspace).setDailyQuota(0);
    const run = local.submitForm(person(1));
    expect(run.executions[0]!.execution.status).toBe('completed');
    expect(breaches(local, [1])).toEqual([]);
    expect(local.records('Mail queue').map((m) => m.Status)).toEqual(['Waiting']);
  });

  it('says how to fix a deleted Issues sheet, keeps the response, and files it once setup is re-run', async () => {
    const local = await readyWorkspace();
    const ss = local.boundSpreadsheet();
    ss.deleteSheet(ss.sheetByName('Issues')!);
    const run = local.submitForm(person(1));
    expect(run.executions[0]!.execution.error).toMatch(/"Issues" sheet is missing.*Set up/);
    local.run('setup');
    reconcile(local);
    expect(breaches(local, [1])).toEqual([]);
  });

  it('says how to fix a renamed required column, and files the response once it is renamed back', async () => {
    const local = await readyWorkspace();
    const issues = local.boundSpreadsheet().sheetByName('Issues')!;
    const column = issues.values()[0]!.indexOf('Issue ID') + 1;
    issues.write(1, column, 'Case number (renamed)');
    const run = local.submitForm(person(1));
    expect(run.executions[0]!.execution.status).toBe('failed');
    expect(run.executions[0]!.execution.error).toMatch(/Issue ID/);
    issues.write(1, column, 'Issue ID');
    reconcile(local);
    expect(breaches(local, [1])).toEqual([]);
  });

  it('a deleted template Doc stops the write-up with what to do, changes nothing, and works once remade', async () => {
    const local = await readyDocuments();
    seedCasework(local, 2, 2);
    const { meetingId } = local.run('planMeeting', { branch: 'Hackney', date: '2026-11-20' }) as {
      meetingId: string;
    };
    // Deleted for good (emptied from the bin), so Drive and Docs no longer know the id.
    const drive = driveStore(local.workspace);
    drive.items.delete(local.documentProperty('template:writeUp')!);
    const sheets = JSON.stringify(local.boundSpreadsheet().sheets.map((s) => s.values()));
    const files = drive.items.size;
    expect(() => local.run('writeUpMeeting', meetingId)).toThrow(
      /^The template \S+ cannot be opened: it may have been deleted.*Create document templates to make it again, or fix the link in Settings\.$/,
    );
    expect(JSON.stringify(local.boundSpreadsheet().sheets.map((s) => s.values()))).toBe(sheets);
    expect(drive.items.size).toBe(files);
    const report = local.run('createTemplates') as { notes: string[] };
    expect(report.notes.some((n) => /meeting write-up template had been deleted/.test(n))).toBe(true);
    const written = local.run('writeUpMeeting', meetingId) as { url: string };
    expect(rowById(local, 'Meetings', 'Meeting ID', meetingId)['Write-up']).toBe(written.url);
  });

  // A form unlinked from the spreadsheet (Responses > Unlink form) stops the sheet trigger and the "Form
  // responses" rows, so new responses stay only in the form: the hourly job files them from the form itself
  // and records "no longer linked ... Create intake form" in Errors.
  it('a form unlinked from the spreadsheet is reported by the hourly job, and no response is lost', async () => {
    const local = await readyWorkspace();
    local.submitForm(person(1));
    const formId = local.documentProperty('intakeFormId')!;
    local.workspace.withServices((g) => {
      const forms = g.FormApp as { openById(id: string): { removeDestination(): unknown } };
      forms.openById(formId).removeDestination();
    });
    local.submitForm(person(2));
    try {
      reconcile(local);
    } catch {
      // A job that fails tells the owner by Google's failure email; what it recorded is checked below.
    }
    expect(breaches(local, [1, 2])).toEqual([]);
    expect(local.records('Errors').map((e) => String(e.Error))).toEqual([
      expect.stringMatching(/no longer linked to this spreadsheet.*Create intake form/),
    ]);
  });
});

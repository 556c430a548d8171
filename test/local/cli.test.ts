// The local CLI and `npm start`: a fresh workspace is seeded, files open in LibreOffice, bad input is one clear line.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
const tsx = join(root, 'node_modules/tsx/dist/cli.mjs');

function cli(dir: string, ...args: string[]) {
  return spawnSync(process.execPath, [tsx, 'local/cli.ts', ...args, '--workspace', dir], {
    cwd: root,
    encoding: 'utf8',
  });
}

describe('npm run local', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sd-cli-'));

  it('demo seeds a workspace, prints the menu and the files produced, and reuses it next time', () => {
    const first = cli(dir, 'demo');
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('Solidarity Desk\n  Needs attention');
    expect(first.stdout).toContain('  Privacy and access >\n      Erase a member…');
    expect(first.stdout).toMatch(/Issues: 7 \(2 urgent\)/);
    expect(first.stdout).toContain('.xlsx');
    const second = cli(dir, 'demo');
    expect(second.status).toBe(0);
    expect(second.stdout).toContain('Reusing');
    expect(second.stdout).toMatch(/Issues: 7 /);
  });

  it('the saved spreadsheet opens in LibreOffice', () => {
    const xlsx = readdirSync(join(dir, 'spreadsheets')).find((f) => f.endsWith('.xlsx'))!;
    const out = mkdtempSync(join(tmpdir(), 'sd-pdf-'));
    const result = spawnSync(
      'libreoffice',
      [
        '--headless',
        `-env:UserInstallation=file://${out}/profile`,
        '--convert-to',
        'pdf',
        '--outdir',
        out,
        join(dir, 'spreadsheets', xlsx),
      ],
      { encoding: 'utf8', timeout: 120000 },
    );
    expect(result.status).toBe(0);
    const pdf = join(out, xlsx.replace(/\.xlsx$/, '.pdf'));
    expect(existsSync(pdf)).toBe(true);
    expect(statSync(pdf).size).toBeGreaterThan(1000);
  });

  it('show, submit, run and tick work on the saved workspace', () => {
    const answers = join(dir, 'answers.json');
    writeFileSync(
      answers,
      JSON.stringify({
        'Your name': 'Sam Okoro',
        'Phone number': '07700 900777',
        Postcode: 'E8 1AA',
        'What is the issue about?': 'Deposit',
        'Tell us what is happening': 'Deposit kept.',
        'May we contact you about this?': 'Yes',
      }),
    );
    expect(cli(dir, 'submit', answers).stdout).toContain('Submitted 1 response(s).');
    expect(cli(dir, 'show', 'Issues').stdout).toContain('ISS-0008');
    expect(cli(dir, 'run', 'setupPlan').stdout).toContain('already set up');
    expect(cli(dir, 'tick', '--days', '2').stdout).toMatch(
      /Moved the clock on 2 day\(s\); \d+ trigger run\(s\): .*reconcileIntake/,
    );
  });

  it.each([
    [['frobnicate'], 'Unknown command "frobnicate".'],
    [['submit', '/no/such/file.json'], 'No such file: /no/such/file.json'],
    [['show'], 'show needs a sheet name'],
    [['tick', '--days', 'soon'], '--days needs a positive number.'],
  ])('%j fails with one clear line', (args, message) => {
    const result = cli(dir, ...args);
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain(message);
  });
});

describe('the programmatic API', () => {
  it('lists the documents the bundle made, with their text', async () => {
    const { openWorkspace } = await import('../../local');
    const local = await openWorkspace(undefined, { now: new Date('2026-11-20T10:00:00Z') });
    local.boundSpreadsheet();
    local.run('setup');
    const titles = local.documents.map((d) => d.title);
    expect(titles).toEqual(
      expect.arrayContaining(['Template: meeting write-up', 'Template: meeting agenda']),
    );
    expect(local.documents.find((d) => d.title === 'Template: meeting write-up')?.text).toContain('{{');
  });
});

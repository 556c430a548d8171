// Deployment is scripted up to the point where Google credentials are needed, and stops there clearly.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spreadsheetId } from '../../scripts/deploy';

const root = join(__dirname, '..', '..');

describe('npm run deploy', () => {
  it('accepts a spreadsheet URL or a bare id, and rejects anything else', () => {
    const id = '1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789';
    expect(spreadsheetId(`https://docs.google.com/spreadsheets/d/${id}/edit#gid=0`)).toBe(id);
    expect(spreadsheetId(id)).toBe(id);
    expect(() => spreadsheetId('my sheet')).toThrow('is not a Google Sheets URL or id');
  });

  it('without Google credentials stops with a line saying how to log in, leaving .clasp.json alone', () => {
    const before = readFileSync(join(root, '.clasp.json'), 'utf8');
    const home = mkdtempSync(join(tmpdir(), 'no-google-'));
    const result = spawnSync(
      process.execPath,
      [
        join(root, 'node_modules/tsx/dist/cli.mjs'),
        'scripts/deploy.ts',
        '--spreadsheet',
        '1AbCdEfGhIjKlMnOpQrStUvWxYz0',
      ],
      { cwd: root, env: { ...process.env, HOME: home }, encoding: 'utf8' },
    );
    expect(result.status).toBe(1);
    expect(result.stdout + result.stderr).toContain('Not logged in');
    expect(result.stderr).toContain('npx clasp login');
    expect(readFileSync(join(root, '.clasp.json'), 'utf8')).toBe(before);
  });
});

// The OAuth scopes stay the smallest set that works: any scope not on this justified list fails the build.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..');
const PREFIX = 'https://www.googleapis.com/auth/';

/** Every allowed scope and why; each must also be in the README's scope table. */
const ALLOWED: Readonly<Record<string, string>> = {
  'spreadsheets.currentonly': 'read and write the casework spreadsheet the script is bound to, and no other',
  forms: 'create the new-issue form and read its responses',
  documents: 'fill the meeting write-up, letter and report templates',
  'drive.file': 'copy templates and file generated Docs, limited to files this app created or was given',
  'script.container.ui': 'show the menu, side panel and dialogs in the spreadsheet',
  'script.scriptapp': 'install the form-submit and daily triggers',
  'script.send_mail': 'send acknowledgements, urgent alerts and digests as the installing volunteer',
  'userinfo.email': 'record who made each change in the Activity log',
  'script.locale': 'show the add-on in the language the volunteer uses Google in',
};

function scopesIn(file: string): string[] {
  const path = join(ROOT, file);
  if (!existsSync(path)) return [];
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as { oauthScopes?: string[] };
  return manifest.oauthScopes ?? [];
}

describe('OAuth scopes', () => {
  it.each(['appsscript.json', 'appsscript.addon.json'])('%s asks only for allowed scopes', (file) => {
    for (const scope of scopesIn(file)) {
      expect(scope.startsWith(PREFIX)).toBe(true);
      expect(Object.keys(ALLOWED)).toContain(scope.slice(PREFIX.length));
    }
  });

  it('lists the scopes explicitly, so Apps Script never widens them by guessing', () => {
    expect(scopesIn('appsscript.json').length).toBeGreaterThan(0);
  });

  it('every allowed scope is in the README table with the same justification', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const missing = Object.entries(ALLOWED)
      .map(([scope, why]) => `| \`${scope}\` | ${why} |`)
      .filter((row) => !readme.includes(row));
    expect(missing).toEqual([]);
  });

  it('never allows the restricted full-Drive or all-spreadsheets scopes', () => {
    expect(Object.keys(ALLOWED)).not.toContain('drive');
    expect(Object.keys(ALLOWED)).not.toContain('spreadsheets');
  });
});

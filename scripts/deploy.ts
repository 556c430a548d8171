// Deploy: build, check, then push build/ to Google with clasp (creating the script on first deploy).
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(__dirname, '..');
const claspJson = join(root, '.clasp.json');
const clasp = join(root, 'node_modules', '.bin', 'clasp');

interface DeployOptions {
  spreadsheet?: string;
  addon: boolean;
}

/** Accepts a spreadsheet URL or a bare id; returns the id. */
export function spreadsheetId(urlOrId: string): string {
  const fromUrl = /\/spreadsheets\/d\/([A-Za-z0-9_-]+)/.exec(urlOrId);
  const id = fromUrl ? fromUrl[1]! : urlOrId.trim();
  if (!/^[A-Za-z0-9_-]{20,}$/.test(id)) throw new Error(`"${urlOrId}" is not a Google Sheets URL or id.`);
  return id;
}

function parse(argv: string[]): DeployOptions {
  const options: DeployOptions = { addon: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--spreadsheet') options.spreadsheet = spreadsheetId(argv[++i] ?? '');
    else if (arg === '--addon') options.addon = true;
    else throw new Error(`Unknown option "${arg}". Use --spreadsheet <url or id>, or --addon.`);
  }
  return options;
}

function run(command: string, args: string[], cwd = root): { status: number; out: string } {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8' });
  const out = `${result.stdout ?? ''}${result.stderr ?? ''}`;
  process.stdout.write(out);
  return { status: result.status ?? 1, out };
}

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function main(): void {
  const options = parse(process.argv.slice(2));
  if (run('npm', ['run', 'build', '--silent']).status !== 0) fail('Build failed: nothing was deployed.');
  // The Workspace add-on ships the same bundle with the add-on manifest (no container UI, drive.file access).
  if (options.addon)
    copyFileSync(join(root, 'appsscript.addon.json'), join(root, 'build', 'appsscript.json'));

  const auth = run(clasp, ['show-authorized-user']);
  if (auth.status !== 0 || /not logged in/i.test(auth.out)) {
    fail('Not logged in to Google. Log in once with: npx clasp login   (then run npm run deploy again)');
  }

  const project = JSON.parse(readFileSync(claspJson, 'utf8')) as { scriptId?: string; rootDir?: string };
  if (!project.scriptId) {
    if (!options.spreadsheet && !options.addon) {
      fail('No script yet. Run: npm run deploy -- --spreadsheet <your casework sheet URL>   (or -- --addon)');
    }
    const scratch = mkdtempSync(join(tmpdir(), 'solidarity-desk-create-'));
    const createArgs = ['create', '--title', 'Solidarity Desk', '--rootDir', 'build'];
    if (options.spreadsheet) createArgs.push('--parentId', options.spreadsheet);
    else createArgs.push('--type', 'standalone');
    if (run(clasp, createArgs, scratch).status !== 0) fail('clasp could not create the script (see above).');
    const created = JSON.parse(readFileSync(join(scratch, '.clasp.json'), 'utf8')) as { scriptId: string };
    writeFileSync(
      claspJson,
      `${JSON.stringify({ ...project, scriptId: created.scriptId, rootDir: 'build' }, null, 2)}\n`,
    );
    console.log(`Created script ${created.scriptId}; its id is now in .clasp.json.`);
  }

  if (run(clasp, ['push', '--force']).status !== 0) {
    fail('Push failed (see clasp\'s message above). If it says "No credentials found", run: npx clasp login');
  }
  console.log('Pushed. Reload your spreadsheet: the Solidarity Desk menu appears within a few seconds.');
}

if (require.main === module) {
  try {
    main();
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
}

// The local runtime's command line: `npm run local -- <command>`, and `npm start` (the demo).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { runFlows, seedDemo } from './demo/run';
import { type LocalWorkspace, openWorkspace } from './index';
import { importXlsx } from './spreadsheet';
import type { ShownMenu } from './ui/ui';

const HELP = `Usage: npm run local -- <command> [--workspace DIR]
  demo                  set up and fill a demo workspace (first run), then run the main flows (npm start)
  setup                 run "Set up Solidarity Desk" (answers yes to the plan)
  plan                  show what setup would do, without doing it
  import FILE.xlsx      use an existing spreadsheet (e.g. downloaded from Google Sheets) as the casework sheet
  submit FILE.json      fill in the intake form with answers keyed by question title (an object or a list)
  run FUNCTION [JSON]   call a function of build/Code.js with JSON arguments (an array, or one value)
  tick [--days N]       move the clock on N days (default 1), running time-driven triggers that fall due
  show SHEET            print a sheet of the casework spreadsheet
  serve [--port N]      serve the side panel and dialogs on localhost, wired to the local bundle`;

/** Prints a menu as the menu bar would show it. */
export function formatMenu(menu: ShownMenu): string {
  const lines = [menu.title];
  const walk = (items: ShownMenu['items'], indent: string): void => {
    for (const item of items) {
      if (item.kind === 'separator') lines.push(`${indent}----`);
      else if (item.kind === 'submenu') {
        lines.push(`${indent}${item.caption} >`);
        walk(item.items ?? [], `${indent}    `);
      } else lines.push(`${indent}${item.caption}`);
    }
  };
  walk(menu.items, '  ');
  return lines.join('\n');
}

function flag(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  if (i < 0) return undefined;
  const value = argv[i + 1];
  if (value === undefined || value.startsWith('--')) throw new Error(`${name} needs a value.`);
  argv.splice(i, 2);
  return value;
}

function readJson(file: string): unknown {
  if (!existsSync(file)) throw new Error(`No such file: ${file}`);
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(`${file} is not valid JSON (${(e as Error).message}).`);
  }
}

/** Files under the workspace people can open, newest last. */
function producedFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(xlsx|docx|pdf|eml|html)$/.test(name)) out.push(relative(process.cwd(), path));
    }
  };
  if (existsSync(dir)) walk(dir);
  return out.sort();
}

function showSheet(local: LocalWorkspace, name: string): string {
  const records = local.records(name);
  if (records.length === 0) return `${name}: no rows yet.`;
  const headers = Object.keys(records[0]!).filter((h) => records.some((r) => r[h] !== ''));
  const cell = (v: unknown) =>
    (v instanceof Date ? v.toISOString().slice(0, 16).replace('T', ' ') : String(v))
      .replace(/\s+/g, ' ')
      .slice(0, 28);
  return [headers.join(' | '), ...records.map((r) => headers.map((h) => cell(r[h])).join(' | '))].join('\n');
}

async function demo(local: LocalWorkspace, dir: string): Promise<void> {
  const started = Date.now();
  const lines: string[] = [];
  const fresh = !local.workspace.boundSpreadsheetId;
  if (fresh) seedDemo(local, (l) => lines.push(l));
  else lines.push(`Reusing ${dir}/ (delete the folder to start again).`);
  runFlows(local, (l) => lines.push(l));
  await local.save();
  const menu = local.ui.menu('Solidarity Desk');
  console.log(menu ? formatMenu(menu) : 'No menu was built.');
  console.log('');
  for (const l of lines) console.log(l);
  const count = (s: string) => (local.boundSpreadsheet().sheetByName(s) ? local.records(s).length : 0);
  const urgent = local.records('Issues').filter((i) => i.Urgent === 'Yes').length;
  console.log(
    `Members: ${count('Members')}  Issues: ${count('Issues')} (${urgent} urgent)  Next steps: ${count('Next steps')}  Emails sent: ${local.sentMail.length}`,
  );
  console.log('\nFiles you can open:');
  const files = producedFiles(dir);
  for (const f of files.filter((f) => !/\.(eml|html)$/.test(f) || /forms\//.test(f))) console.log(`  ${f}`);
  const mails = files.filter((f) => f.endsWith('.eml')).length;
  if (mails > 0)
    console.log(`  ${mails} emails in ${dir}/mail/ (.eml)   previews of every Doc in ${dir}/docs/ (.html)`);
  console.log(`\nDone in ${((Date.now() - started) / 1000).toFixed(1)} s. Try: npm run local -- show Issues`);
}

async function main(argv: string[]): Promise<void> {
  const args = [...argv];
  const dir = flag(args, '--workspace') ?? 'local-workspace';
  const days = flag(args, '--days');
  const port = flag(args, '--port');
  const [command = 'demo', ...rest] = args;
  if (command === 'help' || command === '--help') return void console.log(HELP);
  const local = await openWorkspace(dir);
  switch (command) {
    case 'demo':
      return demo(local, dir);
    case 'setup':
      local.boundSpreadsheet();
      local.run('setup');
      console.log(local.ui.alerts.at(-1) ?? 'Set up.');
      break;
    case 'plan':
      local.boundSpreadsheet();
      console.log(local.run('setupPlan'));
      return;
    case 'import': {
      const file = rest[0];
      if (!file || !existsSync(file))
        throw new Error(`import needs an existing .xlsx file${file ? `: ${file} not found` : ''}.`);
      local.bindTo(await importXlsx(local.workspace, file));
      console.log(`Imported ${file}; it is now the casework spreadsheet. Next: npm run local -- plan`);
      break;
    }
    case 'submit': {
      if (!rest[0]) throw new Error('submit needs a JSON file of answers.');
      const data = readJson(rest[0]);
      const list = Array.isArray(data) ? data : [data];
      for (const answers of list) {
        if (!answers || typeof answers !== 'object')
          throw new Error(`${rest[0]}: each response must be an object of answers.`);
        local.submitForm(answers as Record<string, string>);
      }
      console.log(`Submitted ${list.length} response(s).`);
      break;
    }
    case 'run': {
      if (!rest[0]) throw new Error('run needs a function name.');
      const parsed = rest[1] === undefined ? [] : (JSON.parse(rest[1]) as unknown);
      const result = local.run(rest[0], ...(Array.isArray(parsed) ? parsed : [parsed]));
      console.log(result === undefined ? 'Done.' : JSON.stringify(result, null, 2));
      break;
    }
    case 'tick': {
      const n = days === undefined ? 1 : Number(days);
      if (!Number.isFinite(n) || n <= 0) throw new Error('--days needs a positive number.');
      const runs = local.advance(n * 86400000);
      console.log(
        `Moved the clock on ${n} day(s); ${runs.length} trigger run(s): ${[...new Set(runs.map((r) => r.handler))].join(', ') || 'none'}.`,
      );
      break;
    }
    case 'show':
      if (!rest[0]) throw new Error('show needs a sheet name, e.g. Issues.');
      console.log(showSheet(local, rest[0]));
      return;
    case 'serve': {
      const { startServer } = await import('./serve');
      const server = await startServer(local, port === undefined ? 8787 : Number(port));
      console.log(`Serving the side panel at ${server.url} (Ctrl+C to stop).`);
      return;
    }
    default:
      throw new Error(`Unknown command "${command}".\n${HELP}`);
  }
  await local.save();
}

main(process.argv.slice(2)).catch((error: unknown) => {
  // Errors from the bundle come from its own realm: read the message rather than test instanceof.
  const message = (error as { message?: unknown } | null)?.message;
  console.error(`solidarity-desk: ${(typeof message === 'string' ? message : String(error)).split('\n')[0]}`);
  process.exit(1);
});

// The local runtime's command line: `npm run local -- <command>`, and `npm start` (the demo).
import { openWorkspace } from './index';
import type { ShownMenu } from './ui/ui';

/** Prints a menu as the menu bar would show it. */
export function formatMenu(menu: ShownMenu): string {
  const lines = [menu.title];
  for (const item of menu.items) lines.push(item.kind === 'separator' ? '  ----' : `  ${item.caption}`);
  return lines.join('\n');
}

async function demo(dir: string): Promise<void> {
  const local = await openWorkspace(dir);
  local.run('onOpen');
  const menu = local.ui.menu('Solidarity Desk');
  if (!menu) throw new Error('onOpen did not add the Solidarity Desk menu.');
  console.log(formatMenu(menu));
  await local.save();
}

async function main(argv: string[]): Promise<void> {
  const [command = 'demo'] = argv;
  const dirFlag = argv.indexOf('--workspace');
  const dir = dirFlag >= 0 ? argv[dirFlag + 1] : 'local-workspace';
  if (!dir) throw new Error('--workspace needs a folder name.');
  if (command === 'demo') return demo(dir);
  throw new Error(`Unknown command "${command}". Try: demo`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(`solidarity-desk: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});

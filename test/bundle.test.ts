// The built bundle loads the way Apps Script loads it: every .js of build/ in one classic global scope.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import gas from 'gas-local';

const buildDir = join(__dirname, '..', 'build');

interface MenuCall {
  title: string;
  items: Array<[string, string]>;
  added: boolean;
}

/** A hand-rolled Ui that only records menus: enough to see what onOpen builds, independent of local/. */
function recordingUi(menus: MenuCall[]) {
  return {
    createMenu(title: string) {
      const menu: MenuCall = { title, items: [], added: false };
      if (title === 'Solidarity Desk') menus.push(menu);
      const api = {
        items: menu.items,
        addItem(label: string, fn: string) {
          menu.items.push([label, fn]);
          return api;
        },
        addSeparator() {
          return api;
        },
        addSubMenu(sub: { items: Array<[string, string]> }) {
          menu.items.push(...sub.items);
          return api;
        },
        addToUi() {
          menu.added = true;
        },
      };
      return api;
    },
  };
}

describe('build/Code.js', () => {
  const code = readFileSync(join(buildDir, 'Code.js'), 'utf8');

  it('is a classic script: no import, export or require', () => {
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
    expect(code).not.toMatch(/\brequire\(/);
  });

  it('loads with gas-local and exposes the trigger entry points as top-level functions', () => {
    const menus: MenuCall[] = [];
    const globals = {
      __proto__: gas.globalMockDefault,
      console,
      SpreadsheetApp: { getUi: () => recordingUi(menus) },
    };
    const context = gas.require(buildDir, globals) as Record<string, unknown>;
    for (const name of ['onOpen', 'onInstall', 'onFormSubmit']) expect(typeof context[name]).toBe('function');
    (context.onOpen as () => void)();
    expect(menus).toHaveLength(1);
    expect(menus[0]!.title).toBe('Solidarity Desk');
    expect(menus[0]!.added).toBe(true);
    expect(menus[0]!.items).toContainEqual(['Help', 'showHelp']);
    for (const [, fn] of menus[0]!.items) expect(typeof context[fn]).toBe('function');
  });
});

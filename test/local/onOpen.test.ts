// The menu built by onOpen, through the built bundle in the local runtime.
import { openWorkspace } from '../../local';

describe('onOpen in the local runtime', () => {
  it('adds the Solidarity Desk menu, every item naming a function the bundle defines', async () => {
    const local = await openWorkspace();
    local.run('onOpen');
    const menu = local.ui.menu('Solidarity Desk');
    expect(menu).toBeDefined();
    const items = menu!.items
      .flatMap((i) => (i.kind === 'submenu' ? (i.items ?? []) : [i]))
      .filter((i) => i.kind === 'item');
    expect(items.map((i) => i.caption)).toContain('Help');
    for (const item of items) expect(() => local.workspace.run(item.functionName!)).not.toThrow(/not found/);
  });

  it('counts the service calls onOpen makes', async () => {
    const local = await openWorkspace();
    local.run('onOpen');
    const record = local.workspace.history.at(-1)!;
    expect(record.status).toBe('completed');
    expect(record.callCounts['SpreadsheetApp SpreadsheetApp.getUi']).toBe(1);
    expect(record.callCounts['SpreadsheetApp Menu.addToUi']).toBe(1);
  });

  it('refuses getUi in a trigger, as Apps Script does', async () => {
    const local = await openWorkspace();
    expect(() => local.workspace.run('onOpen', [], { kind: 'installable-trigger' })).toThrow(
      'Cannot call SpreadsheetApp.getUi() from this context.',
    );
  });
});

// The local serve command's /run rules, as Apps Script applies them to google.script.run calls.
import { openWorkspace } from '../../local';
import { holdsUnsendable, parseRunRequest, runCall, withBridge } from '../../local/serve';

describe('serve: /run', () => {
  it('refuses private functions (ending in "_"), bad names and non-list arguments', () => {
    expect(() => parseRunRequest({ fn: 'secret_', args: [] })).toThrow(/private to the script/);
    expect(() => parseRunRequest({ fn: 'a.b', args: [] })).toThrow(/not a script function name/);
    expect(() => parseRunRequest({ fn: 'setup', args: {} })).toThrow(/"args" must be a list/);
    expect(parseRunRequest({ fn: 'setup' })).toEqual({ fn: 'setup', args: [] });
  });

  it('treats answers holding a Date or function as unsendable (the page gets null)', () => {
    expect(holdsUnsendable({ a: [1, { when: new Date() }] })).toBe(true);
    expect(holdsUnsendable({ a: [1, 'x', null, { b: true }] })).toBe(false);
  });

  it('runs the bundle and returns its value or its message', async () => {
    const local = await openWorkspace();
    local.boundSpreadsheet();
    local.run('setup');
    const ok = await runCall(local, JSON.stringify({ fn: 'parseNothing', args: [] }));
    expect(ok).toEqual({ ok: false, message: 'Script function not found: parseNothing' });
    const refused = await runCall(local, JSON.stringify({ fn: 'openIssueCard', args: ['<b>'] }));
    expect(refused).toMatchObject({ ok: false, message: expect.stringMatching(/id like ISS-0042/) });
    const boot = await runCall(local, JSON.stringify({ fn: 'sidebarBootstrap', args: [] }));
    expect(boot).toMatchObject({ ok: true, value: { branches: ['Hackney', 'Tower Hamlets'] } });
  });

  it('puts the bridge before the page’s own scripts', () => {
    const page = withBridge('<html><head><title>x</title></head><body><script>go()</script></body></html>');
    expect(page.indexOf('window.google')).toBeLessThan(page.indexOf('go()'));
  });
});

// Contract tests: Session users by execution kind, time zone, locale, temporary key.
import { fixtureWorkspace, inExecution } from './harness';

describe('Session', () => {
  const emails = (kind: 'editor' | 'simple-trigger' | 'installable-trigger' | 'web') => {
    const ws = fixtureWorkspace(undefined, 'volunteer@branch.example');
    return inExecution(
      ws,
      ({ Session }) => [Session.getActiveUser().getEmail(), Session.getEffectiveUser().getEmail()],
      {
        kind,
        user: 'installer@branch.example',
      },
    );
  };

  it('gives the user in the editor', () => {
    expect(emails('editor')).toEqual(['installer@branch.example', 'installer@branch.example']);
  });

  it('blanks the active user in a simple trigger, as the docs say, but not the effective user', () => {
    expect(emails('simple-trigger')).toEqual(['', 'installer@branch.example']);
  });

  it('runs installable triggers as their creator', () => {
    expect(emails('installable-trigger')).toEqual(['installer@branch.example', 'installer@branch.example']);
  });

  it('reports the script time zone (Europe/London by default) and the en_GB locale', () => {
    const ws = fixtureWorkspace();
    expect(
      inExecution(ws, ({ Session }) => [Session.getScriptTimeZone(), Session.getActiveUserLocale()]),
    ).toEqual(['Europe/London', 'en_GB']);
  });

  it('gives a temporary key stable for one user and different between users', () => {
    const ws = fixtureWorkspace();
    const key = (user: string) =>
      inExecution(ws, ({ Session }) => Session.getTemporaryActiveUserKey(), { user });
    expect(key('a@x.example')).toBe(key('a@x.example'));
    expect(key('a@x.example')).not.toBe(key('b@x.example'));
    expect(String(key('a@x.example'))).not.toContain('a@x');
  });

  it('ScriptApp gives a script id and a token string', () => {
    const ws = fixtureWorkspace();
    const [id, token] = inExecution(ws, ({ ScriptApp }) => [
      ScriptApp.getScriptId(),
      ScriptApp.getOAuthToken(),
    ]) as unknown as string[];
    expect(id).toMatch(/^[\w-]{20,}$/);
    expect(token).toMatch(/^ya29\./);
  });
});

// Erasing a member through build/Code.js: no trace of them in any cell, dashboard totals unchanged, safe to re-run.
import { forEveryCrash } from '../../../local/runtime/interleave';
import { dashboardValues, JO, traces, workspaceWithJo } from './privacyFixture';

describe('eraseMember', () => {
  it('previews, then leaves no trace of the name, email, phone or address in any sheet, totals unchanged', async () => {
    const { local, memberId } = await workspaceWithJo();
    expect(traces(local.workspace).length).toBeGreaterThan(5);
    local.run('refreshDashboard');
    const before = dashboardValues(local);
    const preview = String(local.run('previewErasure', memberId));
    expect(preview).toMatch(/Members row \d+: Name, Email, Phone/);
    expect(preview).toMatch(/Form responses 1 row 2: every answer blanked/);
    expect(preview).toContain('https://docs.google.com/document/d/abc123/edit');
    expect(preview).not.toContain(JO.email);
    const result = String(local.run('eraseMember', { memberId, confirm: 'ERASE' }));
    expect(result).toContain('https://docs.google.com/document/d/abc123/edit');
    expect(traces(local.workspace)).toEqual([]);
    local.run('refreshDashboard');
    expect(dashboardValues(local)).toBe(before);
    const member = local.records('Members').find((m) => m['Member ID'] === memberId)!;
    expect(member.Name).toBe('Erased member');
    const log = local.records('Activity log').filter((r) => r.Action === 'Member erased');
    expect(log).toHaveLength(1);
    expect(String(log[0]!.Details)).toMatch(
      new RegExp(`^Member ${memberId} erased at their request by volunteer@branch\\.example`),
    );
    expect(local.records('Mail queue').find((m) => m['Mail ID'] === 'MAIL-0900')!.Status).toBe(
      'Cancelled: member erased',
    );
    expect(String(local.run('eraseMember', { memberId, confirm: 'ERASE' }))).toMatch(/already erased/);
    expect(local.records('Activity log').filter((r) => r.Action === 'Member erased')).toHaveLength(1);
  });

  it('changes nothing without the confirmation word', async () => {
    const { local, memberId } = await workspaceWithJo();
    const before = JSON.stringify(local.boundSpreadsheet().sheets.map((s) => s.values()));
    expect(() => local.run('eraseMember', { memberId, confirm: 'yes' })).toThrow(/type ERASE/);
    expect(JSON.stringify(local.boundSpreadsheet().sheets.map((s) => s.values()))).toBe(before);
  });

  it('stopped at any service call, the Members row goes last and a re-run completes the erasure', async () => {
    let memberId = '';
    const results = await forEveryCrash(
      async () => {
        const made = await workspaceWithJo();
        memberId = made.memberId;
        return {
          workspace: made.local.workspace,
          a: () => void made.local.run('eraseMember', { memberId, confirm: 'ERASE' }),
        };
      },
      (_result, { workspace }) => {
        const left = traces(workspace);
        // Until the Members row is changed, Jo can still be found; once it is, nothing else mentions Jo.
        if (left.every((t) => !t.startsWith('Members!'))) expect(left).toEqual([]);
        workspace.run('eraseMember', [{ memberId, confirm: 'ERASE' }]);
        expect(traces(workspace)).toEqual([]);
      },
    );
    expect(results.length).toBeGreaterThan(10);
  });
});

describe('Erase a member from the menu', () => {
  it('asks for the id, shows what will go, and erases only after ERASE is typed', async () => {
    const { readyWorkspace, DAMP } = await import('../intakeHelpers');
    const local = await readyWorkspace();
    local.submitForm({ ...DAMP, 'Email address': 'jo@example.org' });
    local.ui.pendingAnswers.push('MEM-0001', 'no thanks');
    local.run('eraseMemberFromMenu');
    expect(local.records('Members')[0]!.Name).toBe('Jo Bloggs');
    expect(local.ui.alerts.at(-1)).toContain('Nothing was erased');
    local.ui.pendingAnswers.push('MEM-0001', 'ERASE');
    local.run('eraseMemberFromMenu');
    expect(local.records('Members')[0]!.Name).not.toBe('Jo Bloggs');
    expect(local.ui.alerts.some((a) => a.includes('Type ERASE'))).toBe(true);
  });
});

// The casework journey end to end: form, peer support, decision over capacity, dispute, evaluation, a win.
import type { LocalWorkspace } from '../../local';
import { DAMP, readyWorkspace } from './intakeHelpers';

/** Gives Hackney `n` live public disputes by writing rows as volunteers might have. */
function liveDisputes(local: LocalWorkspace, n: number): void {
  const sheet = local.boundSpreadsheet().sheetByName('Issues')!;
  const header = sheet.values()[0]!.map(String);
  for (let i = 0; i < n; i++) {
    const row = header.map(
      (h) =>
        ({
          'Issue ID': `ISS-09${String(i).padStart(2, '0')}`,
          Branch: 'Hackney',
          Stage: '4 Action',
          Route: 'Public dispute',
          Summary: `Dispute ${i}`,
        })[h] ?? '',
    );
    sheet.appendRow(row);
  }
}

const CRITERIA = [
  'Builds the union’s power',
  'Capacity to see it through',
  'Clear power holder',
  'Member can lead and agrees to publicity',
];
const yesToAll = Object.fromEntries(
  CRITERIA.map((c) => [c, { answer: 'Yes', note: 'Agreed at team meeting' }]),
);

describe('casework workflow', () => {
  it('walks an issue from the form to a won outcome', async () => {
    const local = await readyWorkspace();
    local.submitForm({ ...DAMP, 'Landlord’s name': 'Foxtons Ltd' });
    const attention = local.run('needsAttention') as {
      items: Array<{ kind: string; issueId: string; detail: string }>;
    };
    expect(
      attention.items.find((i) => i.issueId === 'ISS-0001' && i.kind === 'notCalledBack')?.detail,
    ).toMatch(/not yet called back \(0 days\)/i);

    local.run('logCall', { issueId: 'ISS-0001', note: 'Invited to branch meeting on Thursday' });
    expect(local.records('Issues')[0]!['First contact on']).toBeInstanceOf(Date);
    local.run('moveStage', { issueId: 'ISS-0001', stage: '2 Peer support', reason: '' });
    local.run('addNextStep', {
      issueId: 'ISS-0001',
      what: 'Draft a demand letter',
      who: 'Sam',
      byWhen: '2026-11-27',
      where: 'Branch office',
    });
    local.run('moveStage', { issueId: 'ISS-0001', stage: '3 Team decision', reason: '' });

    liveDisputes(local, 4);
    const form = local.run('decisionForm', 'ISS-0001') as {
      capacity: { live: number; limit: number; over: boolean };
    };
    expect(form.capacity).toMatchObject({ live: 4, limit: 4, over: true });
    const decision = {
      issueId: 'ISS-0001',
      route: 'Public dispute',
      decidedBy: 'Member solidarity team',
      decidedOn: '2026-11-21',
      reason: 'Three tenants, same agent',
      criteria: yesToAll,
    };
    expect(() => local.run('recordDecision', decision)).toThrow(/^Over capacity: /);
    expect(local.records('Decisions')).toHaveLength(0);
    expect(
      local.run('recordDecision', {
        ...decision,
        overrideReason: 'Shared agent: builds power across three households',
      }),
    ).toEqual({ ok: true, warnings: [] });
    expect(local.records('Decisions')[0]).toMatchObject({
      'Issue ID': 'ISS-0001',
      Route: 'Public dispute',
      'Over capacity': 'Yes',
    });
    expect(local.records('Issues')[0]).toMatchObject({ Route: 'Public dispute', Stage: '4 Action' });

    local.run('addPowerMapTarget', {
      issueId: 'ISS-0001',
      name: 'Foxtons Ltd',
      kind: 'Letting agent',
      role: 'Manages the block',
      influence: 'High',
      stance: 'Opponent',
      leverage: 'Reputation with landlords',
    });
    local.run('recordDisputeAction', {
      issueId: 'ISS-0001',
      date: '2026-12-05',
      type: 'Delegation',
      description: 'Delegation to the branch office',
      turnout: 14,
      result: 'Manager agreed to meet',
    });
    expect(local.records('Power map')).toHaveLength(1);
    expect(local.records('Actions')[0]).toMatchObject({ Type: 'Delegation', Turnout: 14 });

    expect(() => local.run('closeIssue', { issueId: 'ISS-0001', outcome: '', reason: '' })).toThrow(
      /outcome/i,
    );
    local.run('moveStage', { issueId: 'ISS-0001', stage: '5 Evaluation', reason: '' });
    local.run('closeIssue', {
      issueId: 'ISS-0001',
      outcome: 'Won',
      moneyRecovered: 2400,
      repairsWon: true,
      whatWasWon: 'Deposit returned and damp fixed',
      whatWeLearned: 'A delegation moved them',
      reason: '',
    });
    expect(local.records('Issues')[0]).toMatchObject({
      Stage: 'Closed',
      Outcome: 'Won',
      'Money recovered': 2400,
      'Repairs won': 'Yes',
    });
    const log = local
      .records('Activity log')
      .filter((r) => r.Record === 'ISS-0001')
      .map((r) => r.Action);
    expect(log).toEqual(
      expect.arrayContaining([
        'Call logged',
        'Stage moved',
        'Next step added',
        'Decision recorded',
        'Action recorded',
        'Closed',
      ]),
    );
  });

  it('moving backwards needs a reason; a public dispute needs a recorded decision', async () => {
    const local = await readyWorkspace();
    local.submitForm(DAMP);
    local.run('moveStage', { issueId: 'ISS-0001', stage: '2 Peer support', reason: '' });
    expect(() =>
      local.run('moveStage', { issueId: 'ISS-0001', stage: '1 Initial contact', reason: '' }),
    ).toThrow(/reason/i);
    local.run('moveStage', {
      issueId: 'ISS-0001',
      stage: '1 Initial contact',
      reason: 'Member asked to wait',
    });
    expect(local.records('Issues')[0]!.Stage).toBe('1 Initial contact');
  });

  it('groups open issues sharing a landlord written three ways, and two flats in one building', async () => {
    const local = await readyWorkspace();
    for (const [name, landlord, address] of [
      ['Ann', 'Foxtons Ltd', 'Flat 1, 10 Mare Street, E8 1AA'],
      ['Bea', 'FOXTONS', 'Flat 2, 10 Mare St, E8 1AA'],
      ['Cal', 'Foxtons Limited', '3 Other Road, E9 5LN'],
    ])
      local.submitForm({
        ...DAMP,
        'Your name': name!,
        'Phone number': `07700 90${name!.length}${name!.charCodeAt(0)}`,
        'Landlord’s name': landlord!,
        Address: address!,
      });
    const { groups } = local.run('needsAttention') as {
      groups: Array<{ sharedBy: string; name: string; issueIds: string[] }>;
    };
    expect(groups.find((g) => /landlord/.test(g.sharedBy))?.issueIds).toEqual([
      'ISS-0001',
      'ISS-0002',
      'ISS-0003',
    ]);
    expect(groups.find((g) => g.sharedBy === 'building')?.issueIds).toEqual(['ISS-0001', 'ISS-0002']);
  });

  it('the weekly digest goes to each branch team on the digest day, after advancing the clock', async () => {
    const local = await readyWorkspace();
    const branches = local.boundSpreadsheet().sheetByName('Branches')!;
    const col = branches.values()[0]!.indexOf('Team email') + 1;
    branches.write(2, col, 'hackney-team@union.example');
    local.submitForm(DAMP);
    local.run('createIntakeForm');
    local.run('setup');
    const before = local.sentMail.length;
    local.advance(8 * 86400000);
    const digests = local.sentMail.slice(before).filter((m) => m.to.includes('hackney-team@union.example'));
    expect(digests).toHaveLength(1);
    expect(digests[0]!.body).toContain('ISS-0001');
    expect(digests[0]!.body).not.toContain('07700');
  });
});

import { checkTransition, parseStage, type TransitionContext } from '../../../src/core/workflow';
import { at, day, decisions, issue, TZ } from './fixtures';

const now = at('2026-04-06T09:00:00Z');
const ctx = (extra: Partial<TransitionContext> = {}): TransitionContext => ({
  now,
  timeZone: TZ,
  decisions: [],
  ...extra,
});

function refused(result: ReturnType<typeof checkTransition>): string {
  if (result.ok) throw new Error('expected a refusal');
  return result.problems.join('\n');
}

describe('checkTransition', () => {
  it('moves forward and stamps First contact on when leaving stage 1', () => {
    const result = checkTransition(issue('ISS-1', { Stage: '1 Initial contact' }), '2 Peer support', ctx());
    expect(result).toEqual({
      ok: true,
      changes: { Stage: '2 Peer support', 'Last activity': now, 'First contact on': day('2026-04-06') },
      log: 'Stage 1 Initial contact -> 2 Peer support',
    });
  });

  it('keeps an existing First contact on date', () => {
    const i = issue('ISS-1', { Stage: '1 Initial contact', 'First contact on': day('2026-04-01') });
    const result = checkTransition(i, '2 Peer support', ctx());
    expect(result.ok && result.changes['First contact on']).toBeFalsy();
  });

  it('refuses staying put', () => {
    expect(refused(checkTransition(issue('ISS-1'), '2 Peer support', ctx()))).toMatch(
      /already at 2 Peer support/,
    );
  });

  it('needs a reason to move backwards, and accepts one', () => {
    const i = issue('ISS-1', { Stage: '3 Team decision' });
    expect(refused(checkTransition(i, '2 Peer support', ctx()))).toMatch(
      /back from 3 Team decision.*needs a reason/,
    );
    const ok = checkTransition(i, '2 Peer support', ctx({ reason: 'member wants more peer support first' }));
    expect(ok.ok && ok.log).toBe(
      'Stage 3 Team decision -> 2 Peer support: member wants more peer support first',
    );
  });

  it('needs a route before 4 Action', () => {
    const i = issue('ISS-1', { Stage: '3 Team decision' });
    expect(refused(checkTransition(i, '4 Action', ctx()))).toMatch(
      /no route yet: record the team's decision/,
    );
    expect(checkTransition(issue('ISS-1', { Route: 'Collective casework' }), '4 Action', ctx()).ok).toBe(
      true,
    );
  });

  it('needs a recorded decision for a public dispute', () => {
    const i = issue('ISS-1', { Stage: '3 Team decision', Route: 'Public dispute' });
    expect(refused(checkTransition(i, '4 Action', ctx()))).toMatch(
      /Public dispute route but no decision is recorded/,
    );
    const recorded = decisions({ 'Issue ID': 'ISS-1', Route: 'Public dispute' });
    expect(checkTransition(i, '4 Action', ctx({ decisions: recorded })).ok).toBe(true);
  });

  it('needs an organisation and follow-up date for a signposted member', () => {
    const i = issue('ISS-1', { Stage: '3 Team decision', Route: 'Signposted' });
    expect(refused(checkTransition(i, '4 Action', ctx()))).toMatch(
      /signposted but no organisation is recorded/,
    );
    const j = issue('ISS-1', { Stage: '3 Team decision', Route: 'Signposted', 'Signposted to': 'Shelter' });
    expect(refused(checkTransition(j, '4 Action', ctx()))).toMatch(/no follow-up date/);
  });

  it('closes from Evaluation with an outcome and stamps Closed on', () => {
    const i = issue('ISS-1', { Stage: '5 Evaluation', Route: 'Collective casework', Outcome: 'Won' });
    const result = checkTransition(i, 'Closed', ctx());
    expect(result.ok && result.changes['Closed on']).toEqual(day('2026-04-06'));
  });

  it('refuses closing without an outcome, and without evaluation unless a reason is given', () => {
    const i = issue('ISS-1', { Stage: '2 Peer support' });
    const text = refused(checkTransition(i, 'Closed', ctx()));
    expect(text).toMatch(/has no outcome/);
    expect(text).toMatch(/not been through 5 Evaluation/);
    expect(
      checkTransition(i, 'Closed', ctx({ outcome: 'Moved on', reason: 'member moved to Leeds' })).ok,
    ).toBe(true);
  });

  it('reopens a closed issue only with a reason, clearing Closed on', () => {
    const i = issue('ISS-1', { Stage: 'Closed', Route: 'Collective casework', Outcome: 'Lost' });
    expect(refused(checkTransition(i, '5 Evaluation', ctx()))).toMatch(/needs a reason/);
    const result = checkTransition(i, '5 Evaluation', ctx({ reason: 'landlord served a new notice' }));
    expect(result.ok && result.changes['Closed on']).toBe('');
  });

  it('lets a hand-typed unknown stage be corrected', () => {
    const result = checkTransition(issue('ISS-1', { Stage: 'Dispute' }), '2 Peer support', ctx());
    expect(result.ok && result.log).toBe('Stage "Dispute" -> 2 Peer support');
  });
});

describe('parseStage', () => {
  it.each([
    ['3', '3 Team decision'],
    ['closed', 'Closed'],
    ['4  ACTION', '4 Action'],
    ['Dispute', null],
  ])('%p', (text, stage) => {
    expect(parseStage(text)).toBe(stage);
  });
});

import { closeIssue, validateClosure } from '../../../src/core/workflow';
import { at, day, issue, TZ } from './fixtures';

describe('validateClosure', () => {
  it('records the outcome, money in GBP and the wins', () => {
    const check = validateClosure({
      outcome: 'won',
      moneyRecovered: '£2,400',
      repairsWon: true,
      whatWasWon: 'Deposit returned and the damp fixed',
      whatWeLearned: 'A group visit to the agent worked faster than letters',
    });
    expect(check).toMatchObject({ ok: true, errors: [], warnings: [], outcome: 'Won' });
    expect(check.changes).toEqual({
      Outcome: 'Won',
      'Money recovered': 2400,
      'Repairs won': true,
      'Eviction stopped': false,
      'Rent increase withdrawn': false,
      'What was won': 'Deposit returned and the damp fixed',
      'What we learned': 'A group visit to the agent worked faster than letters',
    });
  });

  it('requires an outcome from the list and money as a positive amount', () => {
    expect(validateClosure({ outcome: '' }).errors[0]).toMatch(/^Choose an outcome: Won, Partly won/);
    expect(validateClosure({ outcome: 'Victory' }).errors[0]).toMatch(/"Victory" is not an outcome/);
    expect(validateClosure({ outcome: 'Won', moneyRecovered: 'lots' }).errors).toEqual([
      '"lots" is not an amount of money: write it like 2400 or £2,400.50',
    ]);
    expect(validateClosure({ outcome: 'Won', moneyRecovered: -5 }).errors).toEqual([
      'Money recovered cannot be negative',
    ]);
    expect(
      validateClosure({ outcome: 'Lost', moneyRecovered: 0, whatWeLearned: 'x' }).changes?.[
        'Money recovered'
      ],
    ).toBe(0);
  });

  it('reminds about wins and lessons without blocking', () => {
    const check = validateClosure({ outcome: 'Won' });
    expect(check.ok).toBe(true);
    expect(check.warnings).toEqual([
      'Record what was won (money, repairs, eviction stopped, rent increase withdrawn): it shows collective action works',
      'Add a line on what we learned: it helps the next branch',
    ]);
    expect(validateClosure({ outcome: 'Lost', evictionStopped: true, whatWeLearned: 'x' }).warnings).toEqual([
      'Something was won but the outcome is "Lost": is "Partly won" closer?',
    ]);
  });
});

describe('closeIssue', () => {
  const context = { now: at('2026-04-06T10:00:00Z'), timeZone: TZ, decisions: [] };

  it('combines the closure with the move to Closed', () => {
    const result = closeIssue(
      issue('ISS-1', { Stage: '5 Evaluation', Route: 'Collective casework' }),
      { outcome: 'Partly won', whatWeLearned: 'x', repairsWon: true },
      context,
    );
    expect(result.ok).toBe(true);
    expect(result.changes).toMatchObject({
      Outcome: 'Partly won',
      Stage: 'Closed',
      'Closed on': day('2026-04-06'),
    });
    expect(result.log).toBe('Stage 5 Evaluation -> Closed; outcome Partly won');
  });

  it('refuses closing before evaluation without a reason, saying a missing outcome once', () => {
    const result = closeIssue(issue('ISS-1', { Stage: '2 Peer support' }), { outcome: '' }, context);
    expect(result.ok).toBe(false);
    expect(result.errors).toHaveLength(2);
    expect(result.errors[1]).toMatch(/not been through 5 Evaluation/);
  });
});

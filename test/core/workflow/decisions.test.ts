import {
  type BranchCapacity,
  capacityFor,
  type DecisionDraft,
  parseOrganisations,
  validateDecision,
} from '../../../src/core/workflow';
import { at, branches, day, issue, issueRecord, issues, TZ } from './fixtures';

const now = at('2026-04-06T18:00:00Z');
const context = { now, timeZone: TZ };
const yes = { answer: true, note: '' };
const dispute = (id: string) => issueRecord(id, { Route: 'Public dispute', Stage: '4 Action' });
const withLoad = (live: number): BranchCapacity =>
  capacityFor(
    'Hackney',
    issues(...Array.from({ length: live }, (_, i) => dispute(`ISS-9${i}`))),
    branches({ Name: 'Hackney', 'Dispute limit': 4 }),
    4,
  );

const draft = (extra: Partial<DecisionDraft> = {}): DecisionDraft => ({
  issueId: 'ISS-1',
  route: 'Public dispute',
  decidedBy: 'Member solidarity team',
  decidedOn: day('2026-04-06'),
  reason: 'Three neighbours with the same agent',
  criteria: [yes, yes, yes, yes],
  ...extra,
});

describe('validateDecision', () => {
  it('requires route, who decided, date and reason', () => {
    const check = validateDecision(
      { issueId: 'ISS-1', route: '', decidedBy: ' ', decidedOn: null, reason: '' },
      withLoad(0),
      context,
    );
    expect(check.ok).toBe(false);
    expect(check.errors).toHaveLength(4);
    expect(check.errors[0]).toMatch(/Choose a route/);
    expect(validateDecision(draft({ route: 'Campaign' }), withLoad(0), context).errors[0]).toMatch(
      /"Campaign" is not a route/,
    );
  });

  it('writes the decision row and moves the issue to 4 Action', () => {
    const check = validateDecision(
      draft({ criteria: [yes, { answer: true, note: 'agent' }, yes, yes] }),
      withLoad(1),
      {
        ...context,
        issue: issue('ISS-1', { Stage: '1 Initial contact' }),
      },
    );
    expect(check.ok).toBe(true);
    expect(check.decision).toMatchObject({
      'Issue ID': 'ISS-1',
      Route: 'Public dispute',
      'Clear power holder': true,
      'Capacity to see it through: note': 'agent',
      'Over capacity': false,
      'Override reason': '',
    });
    expect(check.issueChanges).toEqual({
      Route: 'Public dispute',
      Stage: '4 Action',
      'Last activity': now,
      'First contact on': day('2026-04-06'),
    });
  });

  it('needs all four criteria answered', () => {
    const check = validateDecision(draft({ criteria: [yes, { answer: null }] }), withLoad(0), context);
    expect(check.errors).toEqual([
      'Answer yes or no: "Capacity to see it through"',
      'Answer yes or no: "Clear power holder"',
      'Answer yes or no: "Member can lead and agrees to publicity"',
    ]);
    expect(check.errors.join()).not.toMatch(/union’s power/);
  });

  it('warns on a "no" and goes ahead only once acknowledged', () => {
    const criteria = [yes, yes, yes, { answer: false, note: 'not ready for press yet' }];
    const first = validateDecision(draft({ criteria }), withLoad(0), context);
    expect(first).toMatchObject({ ok: false, needsAcknowledgement: true, errors: [] });
    expect(first.warnings[0]).toMatch(/publicity" is answered no \(not ready for press yet\)/);
    expect(validateDecision(draft({ criteria, acknowledged: true }), withLoad(0), context).ok).toBe(true);
  });

  it('refuses a dispute over capacity unless an override reason is given', () => {
    const full = withLoad(4);
    const refused = validateDecision(draft(), full, context);
    expect(refused.ok).toBe(false);
    expect(refused.overCapacity).toBe(true);
    expect(refused.errors[0]).toBe(
      'Hackney already has 4 of 4 public disputes (full): taking on another needs an override with a reason',
    );
    const overridden = validateDecision(
      draft({ overrideReason: 'ISS-90 is about to settle' }),
      full,
      context,
    );
    expect(overridden.ok).toBe(true);
    expect(overridden.decision).toMatchObject({
      'Over capacity': true,
      'Override reason': 'ISS-90 is about to settle',
    });
  });

  it('needs an organisation from the directory and a follow-up date for signposting', () => {
    const organisations = parseOrganisations([
      { 'Organisation ID': 'ORG-0001', Name: 'Shelter', Areas: 'All' },
    ]);
    const base = draft({ route: 'Signposted', criteria: [] });
    const missing = validateDecision(base, withLoad(0), { ...context, organisations });
    expect(missing.errors).toEqual([
      'Choose the organisation the member is signposted to',
      'Set a follow-up date to check the member got help',
    ]);
    const unknown = validateDecision(
      { ...base, signpostedTo: 'Citizens Advice', followUpDate: day('2026-04-01') },
      withLoad(0),
      {
        ...context,
        organisations,
      },
    );
    expect(unknown.errors).toEqual([
      '"Citizens Advice" is not in the Organisations sheet: add it there first, or pick another',
      'The follow-up date has passed: choose today or a later day',
    ]);
    const ok = validateDecision(
      { ...base, signpostedTo: 'shelter', followUpDate: day('2026-04-20') },
      withLoad(0),
      {
        ...context,
        organisations,
      },
    );
    expect(ok.decision).toMatchObject({ 'Signposted to': 'ORG-0001', 'Follow-up date': day('2026-04-20') });
    expect(ok.issueChanges).toMatchObject({
      'Signposted to': 'Shelter',
      Stage: '4 Action',
      Route: 'Signposted',
    });
  });

  it('refuses a decision on a closed issue', () => {
    const check = validateDecision(draft(), withLoad(0), {
      ...context,
      issue: issue('ISS-1', { Stage: 'Closed' }),
    });
    expect(check.errors).toEqual([
      'ISS-1 is Closed: reopen it (with a reason) before recording a new decision',
    ]);
  });
});

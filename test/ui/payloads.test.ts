// Side-panel payloads are untrusted: typed values out, or a message a volunteer can act on.
import {
  dayInZone,
  MAX_TEXT,
  parseAddNextStep,
  parseBranchFilter,
  parseCompleteNextStep,
  parseDecision,
  parseIssueId,
  parseLogCall,
  parseMoveStage,
  parsePlanMeeting,
  parseSignpost,
} from '../../src/ui/payloads';

const STEP = {
  issueId: 'ISS-0007',
  what: ' Draft the  demand letter ',
  who: 'Sam',
  byWhen: '2026-12-01',
  where: '',
};
const YES = { answer: 'Yes', note: '' };
const DECISION = {
  issueId: 'ISS-0007',
  route: 'Public dispute',
  decidedBy: 'Member solidarity team',
  decidedOn: '2026-11-20',
  reason: 'Whole block affected.',
  criteria: {
    'Builds the union’s power': YES,
    'Capacity to see it through': { answer: 'No', note: 'Stretched' },
    'Clear power holder': YES,
  },
};

describe('side-panel payloads', () => {
  it('parses a next step, tidying text and keeping the day as YYYY-MM-DD', () => {
    expect(parseAddNextStep(STEP)).toEqual({ ...STEP, what: 'Draft the demand letter', where: '' });
    expect(parseAddNextStep({ ...STEP, byWhen: '' }).byWhen).toBeNull();
  });

  it.each([
    [null, /form Solidarity Desk does not understand/],
    [[], /form Solidarity Desk does not understand/],
    [{ ...STEP, extra: 1 }, /unexpected fields \(extra\)/],
    [{ ...STEP, issueId: 'ISS-7; DROP' }, /id like ISS-0042/],
    [{ ...STEP, what: '   ' }, /Fill in "What"/],
    [{ ...STEP, what: { toString: 'x' } }, /"What" must be text/],
    [{ ...STEP, what: 'x'.repeat(MAX_TEXT + 1) }, /keep it under 5000/],
    [{ ...STEP, byWhen: '2026-02-30' }, /"By when" must be a date like 2026-04-03/],
    [{ ...STEP, byWhen: '01/12/2026' }, /must be a date like/],
  ])('refuses a bad next step (%#)', (raw, message) => {
    expect(() => parseAddNextStep(raw)).toThrow(message);
  });

  it('parses ids, stages, calls, signposting and the branch filter', () => {
    expect(parseIssueId(' ISS-0042 ')).toBe('ISS-0042');
    expect(() => parseIssueId(42)).toThrow(/The issue must be an id like ISS-0042\./);
    expect(parseCompleteNextStep({ nextStepId: 'NS-0003' })).toEqual({ nextStepId: 'NS-0003' });
    expect(parseMoveStage({ issueId: 'ISS-1', stage: '3 Team decision', reason: '' }).stage).toBe(
      '3 Team decision',
    );
    expect(() => parseMoveStage({ issueId: 'ISS-1', stage: 'Done', reason: '' })).toThrow(
      /"Done" is not a choice for "Stage"/,
    );
    expect(parseLogCall({ issueId: 'ISS-1', note: 'Left a message' }).note).toBe('Left a message');
    expect(parseSignpost({ issueId: 'ISS-1', organisationId: 'ORG-0002', followUp: '' }).followUp).toBeNull();
    expect(() => parseSignpost({ issueId: 'ISS-1', organisationId: 'Shelter', followUp: '' })).toThrow(
      /ORG-0042/,
    );
    expect(parseBranchFilter('')).toBeUndefined();
    expect(parseBranchFilter(' Hackney ')).toBe('Hackney');
  });

  it('parses a decision into the four criteria in order, blanks as null', () => {
    const d = parseDecision(DECISION);
    expect(d.route).toBe('Public dispute');
    expect(d.criteria.map((c) => c.answer)).toEqual([true, false, true, null]);
    expect(d.criteria[1]).toEqual({
      criterion: 'Capacity to see it through',
      answer: false,
      note: 'Stretched',
    });
    expect(d.overrideReason).toBeNull();
    expect(parseDecision({ ...DECISION, overrideReason: ' Worth it ' }).overrideReason).toBe('Worth it');
  });

  it('refuses decisions with unknown routes, criteria or answers', () => {
    expect(() => parseDecision({ ...DECISION, route: 'Riot' })).toThrow(/"Riot" is not a choice for "Route"/);
    expect(() => parseDecision({ ...DECISION, criteria: { 'Looks fun': YES } })).toThrow(/unexpected fields/);
    expect(() =>
      parseDecision({ ...DECISION, criteria: { 'Clear power holder': { answer: 'Maybe', note: '' } } }),
    ).toThrow(/"Maybe" is not a choice/);
    expect(() => parseDecision({ ...DECISION, decidedOn: '' })).toThrow(/Give a date for "Decided on"/);
  });

  it('parses the plan-meeting dialog and turns days into the zone’s midnight', () => {
    const plan = { branch: 'Hackney', date: '2026-12-03', place: 'Hall', kind: 'Branch meeting' };
    expect(parsePlanMeeting(plan)).toEqual(plan);
    expect(() => parsePlanMeeting({ ...plan, kind: 'Party' })).toThrow(/Kind of meeting/);
    expect(dayInZone('2026-07-01', 'Europe/London').toISOString()).toBe('2026-06-30T23:00:00.000Z');
  });
});

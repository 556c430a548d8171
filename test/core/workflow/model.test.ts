import { parseIssues } from '../../../src/core/workflow';
import { at, day, decisions, issue, issueRecord, members, steps, TZ } from './fixtures';

describe('parsing sheet records', () => {
  it('reads an issue with typed stage, route, dates and money', () => {
    const i = issue('ISS-0001', {
      Stage: ' 4  action ',
      Route: 'public dispute',
      Urgent: 'Yes',
      'Court hearing': day('2026-04-10'),
      'Money recovered': '£2,400.50',
    });
    expect(i.stage).toBe('4 Action');
    expect(i.route).toBe('Public dispute');
    expect(i.urgent).toBe(true);
    expect(i.courtHearing?.toISOString()).toBe('2026-04-09T23:00:00.000Z');
    expect(i.moneyRecovered).toBe(2400.5);
    expect(i.textDates).toEqual([]);
  });

  it('keeps unknown dropdown text for Check data and treats the issue as open', () => {
    const i = issue('ISS-0002', { Stage: 'Dispute', Route: 'Campaign' });
    expect(i.stage).toBeNull();
    expect(i.stageText).toBe('Dispute');
    expect(i.route).toBeNull();
    expect(i.routeText).toBe('Campaign');
  });

  it('understands a UK date typed as text but remembers it was text', () => {
    const i = issue('ISS-0003', { 'Bailiff date': '3/4/2026', 'Follow-up date': 'soon' });
    expect(i.bailiffDate?.toISOString()).toBe('2026-04-02T23:00:00.000Z');
    expect(i.followUpDate).toBeNull();
    expect(i.textDates).toEqual(['Bailiff date', 'Follow-up date']);
  });

  it('never reads sensitive columns into the model', () => {
    const [i] = parseIssues([issueRecord('ISS-0004', { 'Private notes': 'immigration status' })], TZ);
    expect(JSON.stringify(i)).not.toContain('immigration');
  });

  it('skips blank rows but keeps the data row index of the rest', () => {
    const parsed = parseIssues([issueRecord('ISS-0001'), {}, issueRecord('ISS-0003')], TZ);
    expect(parsed.map((i) => [i.id, i.index])).toEqual([
      ['ISS-0001', 0],
      ['ISS-0003', 2],
    ]);
  });

  it('reads members with first names only, next steps with blank status as Open, decision criteria', () => {
    expect(members(['MEM-0001', 'Amina Yusuf', 'member'])[0]).toMatchObject({
      firstName: 'Amina',
      standing: 'Member',
    });
    expect(steps({ 'Issue ID': 'ISS-0001', Status: '' })[0]!.status).toBe('Open');
    const [d] = decisions({
      'Issue ID': 'ISS-0001',
      Route: 'Public dispute',
      'Builds the union’s power': 'Yes',
      'Capacity to see it through': false,
      'Clear power holder': '',
      'Builds the union’s power: note': 'three neighbours',
    });
    expect(d!.criteria.map((c) => c.answer)).toEqual([true, false, null, null]);
    expect(d!.criteria[0]!.note).toBe('three neighbours');
    expect(d!.decidedOn).toEqual(day('2026-03-10'));
    expect(at('2026-01-01T00:00:00Z')).toBeInstanceOf(Date);
  });
});

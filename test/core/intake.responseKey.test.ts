import { responseKey, timestampIdentity } from '../../src/core/intake/responseKey';

describe('responseKey', () => {
  const answers = { 'Your name': 'Jo Bloggs', 'Tell us what is happening': 'Damp in flat 003.' };

  it('is the same whatever date format the spreadsheet shows the timestamp in', () => {
    const key = responseKey('2/3/2026 9:05:03', answers);
    expect(responseKey('02/03/2026 09:05:03', answers)).toBe(key);
    expect(responseKey('3/2/2026 9:05:03', answers)).toBe(key);
    expect(responseKey('2/3/2026 9:05:04', answers)).not.toBe(key);
  });

  it('ignores what the sheet may change in the answers (leading zeros, spacing, case), not the words', () => {
    const key = responseKey('2/3/2026 9:05:03', answers);
    expect(
      responseKey('2/3/2026 9:05:03', { ...answers, 'Tell us what is happening': 'damp in  flat 3' }),
    ).toBe(key);
    expect(responseKey('2/3/2026 9:05:03', { ...answers, 'Your name': 'Jo Blogs' })).not.toBe(key);
  });

  it('reduces a timestamp to its sorted numbers', () => {
    expect(timestampIdentity('22/11/2026 14:05:03')).toBe('3,5,11,14,22,2026');
  });
});

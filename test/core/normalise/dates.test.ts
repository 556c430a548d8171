import { calendarDay, daysBetween, parseUkDate, startOfDay } from '../../../src/core/normalise/dates';

describe('parseUkDate', () => {
  it.each([
    ['3/4/2026', { year: 2026, month: 4, day: 3 }],
    ['03.04.26', { year: 2026, month: 4, day: 3 }],
    ['2026-04-03', { year: 2026, month: 4, day: 3 }],
    ['3rd April 2026', { year: 2026, month: 4, day: 3 }],
    ['Friday 3 Apr 2026', { year: 2026, month: 4, day: 3 }],
    ['April 3, 2026', { year: 2026, month: 4, day: 3 }],
  ])('%s', (text, expected) => {
    expect(parseUkDate(text)).toEqual(expected);
  });

  it.each(['31/2/2026', 'next week', '13/13/2026', ''])('rejects %p', (text) => {
    expect(parseUkDate(text)).toBeNull();
  });
});

describe('time zones', () => {
  it('midnight in London is 23:00 UTC the day before in summer', () => {
    expect(startOfDay({ year: 2026, month: 7, day: 1 }, 'Europe/London').toISOString()).toBe(
      '2026-06-30T23:00:00.000Z',
    );
    expect(startOfDay({ year: 2026, month: 12, day: 1 }, 'Europe/London').toISOString()).toBe(
      '2026-12-01T00:00:00.000Z',
    );
  });

  it('a late summer evening in UTC is already the next day in London', () => {
    expect(calendarDay(new Date('2026-07-01T23:30:00Z'), 'Europe/London')).toEqual({
      year: 2026,
      month: 7,
      day: 2,
    });
  });

  it('counts calendar days across the clocks going back', () => {
    expect(
      daysBetween(new Date('2026-10-24T12:00:00Z'), new Date('2026-10-26T00:30:00Z'), 'Europe/London'),
    ).toBe(2);
  });
});

import {
  clockTime,
  dayCount,
  longDay,
  shortDay,
  today,
  weekOf,
  wholeDaysSince,
} from '../../../src/core/workflow';
import { at, TZ } from './fixtures';

describe('days in the spreadsheet time zone', () => {
  it('today is London midnight, in summer an hour before UTC midnight', () => {
    expect(today(at('2026-07-01T23:30:00Z'), TZ).toISOString()).toBe('2026-07-01T23:00:00.000Z');
    expect(today(at('2026-12-01T23:30:00Z'), TZ).toISOString()).toBe('2026-12-01T00:00:00.000Z');
  });

  it('counts whole days on the wall clock', () => {
    expect(wholeDaysSince(at('2026-04-05T22:40:00Z'), at('2026-04-06T08:00:00Z'), TZ)).toBe(0);
    expect(wholeDaysSince(at('2026-03-28T10:00:00Z'), at('2026-03-30T09:00:00Z'), TZ)).toBe(2);
    // Clocks go back on 25 October: Saturday 11:00 BST to Monday 10:00 GMT is 48 hours but not two days.
    expect(wholeDaysSince(at('2026-10-24T10:00:00Z'), at('2026-10-26T10:00:00Z'), TZ)).toBe(1);
  });

  it('formats days and times the same whatever the ICU version', () => {
    expect(longDay(at('2026-04-05T23:30:00Z'), TZ)).toBe('Monday 6 April 2026');
    expect(shortDay(at('2026-04-09T18:00:00Z'), TZ)).toBe('Thu 9 Apr');
    expect(clockTime(at('2026-04-09T18:05:00Z'), TZ)).toBe('19:05');
    expect(dayCount(1)).toBe('1 day');
    expect(dayCount(0)).toBe('0 days');
  });
});

describe('the week of a day', () => {
  it('is named by its Monday of the week in the time zone', () => {
    expect(weekOf(new Date('2026-11-20T10:00:00Z'), 'Europe/London')).toBe('2026-11-16');
    expect(weekOf(new Date('2026-11-16T00:30:00Z'), 'Europe/London')).toBe('2026-11-16');
    expect(weekOf(new Date('2026-11-22T23:30:00Z'), 'Europe/London')).toBe('2026-11-16');
    // Sunday 23:30 in London is Monday 00:30 in Berlin: the next week there.
    expect(weekOf(new Date('2026-11-22T23:30:00Z'), 'Europe/Berlin')).toBe('2026-11-23');
  });
});

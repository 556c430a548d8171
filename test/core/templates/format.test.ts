// Printing values: UK dates in a time zone, pounds and pence, numbers, booleans, and what counts as filled in.
import { formatDate, formatTime, parseDateText } from '../../../src/core/templates/dates';
import { formatPounds, formatValue, isFilled } from '../../../src/core/templates/format';

describe('dates', () => {
  it('formats long, short and weekday dates on the calendar of the zone', () => {
    const date = new Date('2026-11-20T10:00:00Z');
    expect(formatDate(date, 'Europe/London')).toBe('20 November 2026');
    expect(formatDate(date, 'Europe/London', 'short')).toBe('20/11/2026');
    expect(formatDate(date, 'Europe/London', 'weekday')).toBe('Friday 20 November 2026');
  });

  it('moves to the next day when 23:30 UTC is past midnight in British Summer Time', () => {
    const late = new Date('2026-06-30T23:30:00Z');
    expect(formatDate(late, 'Europe/London')).toBe('1 July 2026');
    expect(formatTime(late, 'Europe/London')).toBe('00:30');
    expect(formatDate(late, 'UTC')).toBe('30 June 2026');
  });

  it('reads ISO dates typed as text without shifting the day', () => {
    expect(formatValue('2026-03-29', 'date', [], 'Pacific/Auckland')).toBe('29 March 2026');
    expect(
      formatValue('2026-03-29', 'text', [{ name: 'date', option: 'short' }], 'America/Los_Angeles'),
    ).toBe('29/03/2026');
    expect(parseDateText('2026-03-29T10:00:00Z')?.toISOString()).toBe('2026-03-29T10:00:00.000Z');
    expect(parseDateText('next Tuesday')).toBeUndefined();
  });
});

describe('formatValue', () => {
  it('prints pounds with thousands separators, pence only when needed unless asked', () => {
    expect(formatPounds(2400)).toBe('£2,400');
    expect(formatPounds(2400.5)).toBe('£2,400.50');
    expect(formatPounds(2400, true)).toBe('£2,400.00');
    expect(formatPounds(1234567.891)).toBe('£1,234,567.89');
    expect(formatPounds(-50)).toBe('-£50');
    expect(formatValue('£1,200.5', 'text', [{ name: 'gbp' }], 'UTC')).toBe('£1,200.50');
    expect(formatValue('a lot', 'money', [], 'UTC')).toBe('a lot');
  });

  it('uses the field type when no format is given', () => {
    const day = new Date('2026-11-20T00:00:00Z');
    expect(formatValue(day, 'date', [], 'Europe/London')).toBe('20 November 2026');
    expect(formatValue(new Date('2026-11-20T14:05:00Z'), 'dateTime', [], 'Europe/London')).toBe(
      '20 November 2026, 14:05',
    );
    expect(formatValue(350, 'money', [], 'UTC')).toBe('£350');
    expect(formatValue(true, 'boolean', [], 'UTC')).toBe('Yes');
    expect(formatValue(12345, 'number', [{ name: 'number' }], 'UTC')).toBe('12,345');
    expect(formatValue('2026-11-20', 'date', [], 'UTC')).toBe('20 November 2026');
  });

  it('prints the default for empty values only, and applies formats in order', () => {
    expect(formatValue('  ', 'text', [], 'UTC', 'not given')).toBe('not given');
    expect(formatValue(undefined, 'date', [{ name: 'date' }], 'UTC', 'to agree')).toBe('to agree');
    expect(formatValue(0, 'number', [], 'UTC', 'none')).toBe('0');
    expect(
      formatValue(new Date('2026-11-20T12:00:00Z'), 'date', [{ name: 'date' }, { name: 'upper' }], 'UTC'),
    ).toBe('20 NOVEMBER 2026');
  });

  it('counts non-blank text, non-zero numbers, true, non-empty lists and dates as filled in', () => {
    expect([' x', 1, true, [1], new Date()].every(isFilled)).toBe(true);
    expect(['  ', 0, false, [], null, undefined, new Date('nonsense')].some(isFilled)).toBe(false);
  });
});

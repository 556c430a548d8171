import { cellBoolean, cellMoney, cellText, neutraliseText, toCell } from '../../src/core/cells';

describe('neutraliseText', () => {
  it.each([
    ['=HYPERLINK("http://evil","click")'],
    ['+44 7700 900123'],
    ['-1+2'],
    ['@SUM(A1)'],
    ['\t=1'],
    ['\r=1'],
    ['00123'],
    ['1/2/2024'],
    ['£3.50'],
    ['10%'],
    ['TRUE'],
    ["'quoted"],
  ])('prefixes %p with an apostrophe so it stays text', (text) => {
    expect(neutraliseText(text)).toBe(`'${text}`);
  });

  it.each([
    ['Jo Bloggs'],
    ['Flat 3, 12 High St'],
    ['N16 7AB'],
    ['Damp for 6 months'],
    ['مرحبا'],
    ['🏠 mould'],
  ])('leaves %p alone', (text) => {
    expect(neutraliseText(text)).toBe(text);
  });
});

describe('toCell', () => {
  it('keeps real numbers, dates and booleans as themselves in typed columns', () => {
    const d = new Date('2026-11-20T00:00:00Z');
    expect(toCell(2400, { type: 'money' })).toBe(2400);
    expect(toCell(d, { type: 'date' })).toBe(d);
    expect(toCell(true, { type: 'boolean' })).toBe('Yes');
    expect(toCell(false, { type: 'text' })).toBe('No');
  });

  it('writes numbers into text columns as text', () => {
    expect(toCell(7700900123, { type: 'phone' })).toBe("'7700900123");
  });

  it('never throws on an object without a usable toString (fuzz seed 1148712993), and writes no formula', () => {
    const parsed = JSON.parse('{"toString": null, "x": "=1+1"}') as unknown;
    expect(toCell(parsed, { type: 'text' })).toBe('{"toString":null,"x":"=1+1"}');
    expect(cellText(parsed)).toBe('{"toString":null,"x":"=1+1"}');
  });

  it('writes nothing for missing values', () => {
    expect(toCell(undefined, { type: 'text' })).toBe('');
    expect(toCell(null, { type: 'date' })).toBe('');
    expect(toCell(Number.NaN, { type: 'money' })).toBe('');
  });
});

describe('reading cells', () => {
  it('reads money typed as text', () => {
    expect(cellMoney('£1,200.50')).toBe(1200.5);
    expect(cellMoney('lots')).toBeNull();
  });

  it('reads booleans the ways volunteers type them', () => {
    expect(['Yes', 'y', 'TRUE', 'x', true].map(cellBoolean)).toEqual([true, true, true, true, true]);
    expect(['No', '', 'n', false].map(cellBoolean)).toEqual([false, false, false, false]);
  });
});

// Contract: Range values as Apps Script documents them: 1-based, '' for empty, typed-input parsing, errors.
import { harness } from './harness';

function sheet() {
  const h = harness();
  return { h, sheet: h.app.getActiveSpreadsheet()!.getSheets()[0]! };
}

describe('Range coordinates and values', () => {
  it('is 1-based and reports empty cells as empty strings', () => {
    const { sheet: s } = sheet();
    const r = s.getRange(2, 3, 2, 2);
    expect([r.getRow(), r.getColumn(), r.getNumRows(), r.getNumColumns()]).toEqual([2, 3, 2, 2]);
    expect(r.getA1Notation()).toBe('C2:D3');
    expect([r.getLastRow(), r.getLastColumn()]).toEqual([3, 4]);
    expect(r.getValues()).toEqual([
      ['', ''],
      ['', ''],
    ]);
    expect(s.getRange('B1').getValue()).toBe('');
  });

  it('accepts A1 forms: cell, box, whole columns, whole rows, open-ended', () => {
    const { sheet: s } = sheet();
    expect(s.getRange('A1').getA1Notation()).toBe('A1');
    expect(s.getRange('A:C').getNumRows()).toBe(1000);
    expect(s.getRange('A:C').getNumColumns()).toBe(3);
    expect(s.getRange('2:5').getNumColumns()).toBe(26);
    expect(s.getRange('2:5').getRow()).toBe(2);
    expect(s.getRange('B2:C').getNumRows()).toBe(999);
  });

  it('keeps numbers, booleans and Dates as their types', () => {
    const { sheet: s } = sheet();
    const when = new Date('2024-06-01T09:30:00Z');
    s.getRange(1, 1, 1, 4).setValues([[42, true, when, 'text']]);
    const [row] = s.getRange(1, 1, 1, 4).getValues();
    expect(row![0]).toBe(42);
    expect(row![1]).toBe(true);
    expect(row![2]).toBeInstanceOf(Date);
    expect((row![2] as Date).getTime()).toBe(when.getTime());
    expect(row![3]).toBe('text');
  });

  it('refuses data of the wrong shape, rows checked before columns, and writes nothing', () => {
    const { sheet: s } = sheet();
    const r = s.getRange(1, 1, 2, 3);
    expect(() => r.setValues([[1, 2, 3]])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
    expect(() =>
      r.setValues([
        [1, 2],
        [3, 4, 5],
      ]),
    ).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 2 but the range has 3.',
    );
    expect(() => r.setValues([[1, 2, 3, 4]])).toThrow(/number of rows/);
    expect(s.getLastRow()).toBe(0);
  });

  it('refuses ranges with no rows or columns, or outside the sheet', () => {
    const { sheet: s } = sheet();
    expect(() => s.getRange(1, 1, 0, 1)).toThrow('The number of rows in the range must be at least 1.');
    expect(() => s.getRange(1, 1, 1, 0)).toThrow('The number of columns in the range must be at least 1.');
    expect(() => s.getRange(1001, 1)).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
    expect(() => s.getRange(1, 27)).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
    expect(() => s.getRange(0, 1)).toThrow(/too small/);
  });

  it('refuses more than 50,000 characters in a cell and writes nothing', () => {
    const { sheet: s } = sheet();
    const long = 'x'.repeat(50_001);
    expect(() => s.getRange(1, 1, 1, 2).setValues([['ok', long]])).toThrow(
      'Your input contains more than the maximum of 50000 characters in a single cell.',
    );
    expect(s.getRange('A1').getValue()).toBe('');
    expect(() => s.appendRow([long])).toThrow(/50000 characters/);
    s.getRange('A1').setValue('y'.repeat(50_000));
    expect((s.getRange('A1').getValue() as string).length).toBe(50_000);
  });

  it('setValue on a multi-cell range fills every cell; offset and getCell move within the sheet', () => {
    const { sheet: s } = sheet();
    s.getRange('A1:B2').setValue(7);
    expect(s.getRange('A1:B2').getValues()).toEqual([
      [7, 7],
      [7, 7],
    ]);
    expect(s.getRange('A1:B2').getCell(2, 2).getA1Notation()).toBe('B2');
    expect(s.getRange('A1').offset(2, 1).getA1Notation()).toBe('B3');
    expect(s.getRange('A1').offset(0, 0, 2, 3).getA1Notation()).toBe('A1:C2');
  });
});

describe('Strings are read as if typed (USER_ENTERED)', () => {
  function typed(input: string, format?: string) {
    const { sheet: s } = sheet();
    const cell = s.getRange('A1');
    if (format) cell.setNumberFormat(format);
    cell.setValue(input);
    return {
      value: cell.getValue(),
      formula: cell.getFormula(),
      display: cell.getDisplayValue(),
      format: cell.getNumberFormat(),
    };
  }

  it('turns = into a formula, computed when it is constant arithmetic', () => {
    expect(typed('=1+2')).toMatchObject({ value: 3, formula: '=1+2', display: '3' });
    expect(typed('=HYPERLINK("http://evil.example","click")')).toMatchObject({
      value: '',
      formula: '=HYPERLINK("http://evil.example","click")',
    });
  });

  it('turns + and - text that is not a number into a formula (phone numbers become #ERROR!)', () => {
    expect(typed('+44 7700 900123')).toMatchObject({
      value: '#ERROR!',
      formula: '=+44 7700 900123',
      display: '#ERROR!',
    });
    expect(typed('-5 apples')).toMatchObject({ formula: '=-5 apples', value: '#ERROR!' });
    expect(typed('-5')).toMatchObject({ value: -5, formula: '' });
    expect(typed('+12')).toMatchObject({ value: 12, formula: '' });
  });

  it('leaves @ and other text alone', () => {
    expect(typed('@SUM(1,2)')).toMatchObject({ value: '@SUM(1,2)', formula: '' });
    expect(typed('07700 900123')).toMatchObject({ value: '07700 900123', formula: '' });
    expect(typed('=')).toMatchObject({ value: '=', formula: '' });
  });

  it('turns number-like text into numbers, losing leading zeros, with the format Sheets infers', () => {
    expect(typed('00123')).toMatchObject({ value: 123, display: '123' });
    expect(typed('07700900123').value).toBe(7700900123);
    expect(typed('1,000')).toMatchObject({ value: 1000, format: '#,##0', display: '1,000' });
    expect(typed('2.5').value).toBe(2.5);
    expect(typed('£3.50')).toMatchObject({ value: 3.5, format: '£#,##0.00', display: '£3.50' });
    expect(typed('10%')).toMatchObject({ value: 0.1, display: '10%' });
  });

  it('turns TRUE/FALSE into booleans and UK dates into Dates', () => {
    expect(typed('TRUE').value).toBe(true);
    expect(typed('false').value).toBe(false);
    const d = typed('1/2/2024');
    expect(d.value).toBeInstanceOf(Date);
    expect((d.value as Date).toISOString()).toBe('2024-02-01T00:00:00.000Z');
    expect(d.display).toBe('01/02/2024');
    expect((typed('2024-07-01').value as Date).toISOString()).toBe('2024-06-30T23:00:00.000Z');
    expect(typed('31/2/2024').value).toBe('31/2/2024');
  });

  it('keeps text exactly after a leading apostrophe, which is not stored', () => {
    expect(typed("'=1+2")).toMatchObject({ value: '=1+2', formula: '', display: '=1+2' });
    expect(typed("'00123")).toMatchObject({ value: '00123' });
    expect(typed("'+44 7700 900123")).toMatchObject({ value: '+44 7700 900123', formula: '' });
  });

  it('keeps strings exactly in plain-text (@) cells', () => {
    expect(typed('00123', '@')).toMatchObject({ value: '00123', display: '00123' });
    expect(typed('=1+2', '@')).toMatchObject({ value: '=1+2', formula: '' });
    expect(typed('+44 7700 900123', '@')).toMatchObject({ value: '+44 7700 900123', formula: '' });
    expect(typed('1/2/2024', '@').value).toBe('1/2/2024');
  });

  it('stores JS values as they are, and appendRow parses like setValues', () => {
    const { sheet: s } = sheet();
    s.appendRow([123, '0123', '=2*3', "'=2*3"]);
    expect(s.getRange('A1:D1').getValues()).toEqual([[123, 123, 6, '=2*3']]);
    expect(s.getRange('A1:D1').getFormulas()).toEqual([['', '', '=2*3', '']]);
  });
});

describe('Display values and formats', () => {
  it('formats Dates on the spreadsheet clock and numbers by pattern', () => {
    const { sheet: s } = sheet();
    const r = s.getRange('A1:D1');
    r.setValues([[new Date('2024-07-01T08:05:09Z'), 1234.5, 0.25, 3]]);
    s.getRange('B1').setNumberFormat('£#,##0.00');
    s.getRange('C1').setNumberFormat('0%');
    s.getRange('D1').setNumberFormat('dd/mm/yyyy');
    expect(r.getDisplayValues()).toEqual([['01/07/2024 09:05:09', '£1,234.50', '25%', '02/01/1900']]);
    s.getRange('A1').setNumberFormat('d mmmm yyyy, hh:mm');
    expect(s.getRange('A1').getDisplayValue()).toBe('1 July 2024, 09:05');
  });

  it('reads and writes number formats, backgrounds, weights, notes and formulas', () => {
    const { sheet: s } = sheet();
    const r = s.getRange('A1:B1');
    expect(r.getNumberFormat()).toBe('General');
    r.setNumberFormats([['@', '0.00']]);
    expect(r.getNumberFormats()).toEqual([['@', '0.00']]);
    r.setBackground('RED').setFontWeight('bold').setNote('why');
    expect([r.getBackground(), r.getFontWeight(), r.getNote()]).toEqual(['#ff0000', 'bold', 'why']);
    r.setFormulas([['=1*2', '=3*4']]);
    expect(r.getValues()).toEqual([[2, 12]]);
    r.clearContent();
    expect(r.getValues()).toEqual([['', '']]);
    expect(r.getBackground()).toBe('#ff0000');
    r.clear();
    expect(r.getBackground()).toBe('#ffffff');
  });

  it('counts each call under Service Class.method', () => {
    const { h, sheet: s } = sheet();
    s.getRange('A1').getValue();
    expect(h.calls).toContain('SpreadsheetApp Sheet.getRange');
    expect(h.calls).toContain('SpreadsheetApp Range.getValue');
  });
});

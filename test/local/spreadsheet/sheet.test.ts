// Contract: sheets and spreadsheets: appendRow, last row/column, inserts and deletes, sorting, sheets, selection.
import { harness } from './harness';

function setup() {
  const h = harness();
  const ss = h.app.getActiveSpreadsheet()!;
  return { h, ss, sheet: ss.getSheets()[0]! };
}

describe('Sheet rows of data', () => {
  it('is empty at first: last row/column 0, data range A1 holding [[""]], 1000 x 26', () => {
    const { sheet } = setup();
    expect(sheet.getLastRow()).toBe(0);
    expect(sheet.getLastColumn()).toBe(0);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1');
    expect(sheet.getDataRange().getValues()).toEqual([['']]);
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([1000, 26]);
  });

  it('appends after the last row with content, not after formatted rows, and returns the sheet', () => {
    const { sheet } = setup();
    sheet.getRange('A5').setBackground('#eeeeee');
    expect(sheet.appendRow(['a', 1]).getName()).toBe('Sheet1');
    expect(sheet.getLastRow()).toBe(1);
    sheet.getRange('C4').setValue('x');
    sheet.appendRow(['b']);
    expect(sheet.getRange('A5').getValue()).toBe('b');
    expect(sheet.getLastColumn()).toBe(3);
  });

  it('grows the sheet when appending past its last row or columns', () => {
    const { h } = setup();
    const small = h.app.create('Small', 2, 2).getSheets()[0]!;
    small.appendRow([1, 2]);
    small.appendRow([3, 4]);
    small.appendRow([5, 6, 7]);
    expect([small.getMaxRows(), small.getMaxColumns(), small.getLastRow()]).toEqual([3, 3, 3]);
  });

  it('shifts cells on inserted and deleted rows and columns', () => {
    const { sheet } = setup();
    sheet.getRange('A1:A3').setValues([['one'], ['two'], ['three']]);
    sheet.insertRowsAfter(1, 2);
    expect(sheet.getRange('A1:A5').getValues().flat()).toEqual(['one', '', '', 'two', 'three']);
    expect(sheet.getMaxRows()).toBe(1002);
    sheet.deleteRows(2, 2);
    sheet.insertRowBefore(1);
    expect(sheet.getRange('A1:A4').getValues().flat()).toEqual(['', 'one', 'two', 'three']);
    sheet.deleteRow(1);
    sheet.insertColumnsBefore(1, 1);
    expect(sheet.getRange('B1').getValue()).toBe('one');
    sheet.deleteColumn(1);
    expect(sheet.getRange('A1').getValue()).toBe('one');
    expect(sheet.getMaxColumns()).toBe(26);
    expect(() => sheet.deleteRows(1000, 5)).toThrow('Those rows are out of bounds.');
  });

  it('moves named ranges and protected ranges with inserted rows', () => {
    const { h, ss, sheet } = setup();
    ss.setNamedRange('Totals', sheet.getRange('B3:C4'));
    sheet.getRange('A10').protect().setDescription('locked');
    sheet.insertRowsBefore(1, 2);
    expect(ss.getRangeByName('Totals')!.getA1Notation()).toBe('B5:C6');
    expect(sheet.getProtections(h.app.ProtectionType.RANGE)[0]!.getRange().getA1Notation()).toBe('A12');
  });

  it('freezes rows and columns, sets widths, hides and shows', () => {
    const { ss, sheet } = setup();
    sheet.setFrozenRows(1);
    sheet.setFrozenColumns(2);
    sheet.setColumnWidth(2, 250).setColumnWidths(3, 2, 40);
    expect([sheet.getFrozenRows(), sheet.getFrozenColumns()]).toEqual([1, 2]);
    expect([sheet.getColumnWidth(1), sheet.getColumnWidth(2), sheet.getColumnWidth(4)]).toEqual([
      100, 250, 40,
    ]);
    expect(() => sheet.hideSheet()).toThrow(/hide all the sheets/);
    ss.insertSheet('Other');
    sheet.hideSheet();
    expect(sheet.isSheetHidden()).toBe(true);
    sheet.getRange('A1').setValue('a much longer piece of text');
    sheet.autoResizeColumns(1, 1);
    expect(sheet.getColumnWidth(1)).toBeGreaterThan(150);
  });

  it('sorts rows below the frozen header: numbers before text, blanks last, stable', () => {
    const { sheet } = setup();
    sheet.getRange('A1:B6').setValues([
      ['Name', 'Score'],
      ['b', 2],
      ['a', ''],
      ['c', 1],
      ['d', 'x'],
      ['e', 1],
    ]);
    sheet.setFrozenRows(1);
    sheet.sort(2);
    expect(sheet.getRange('A2:A6').getValues().flat()).toEqual(['c', 'e', 'b', 'd', 'a']);
    sheet.getRange('A2:B6').sort({ column: 1, ascending: false });
    expect(sheet.getRange('A2:A6').getValues().flat()).toEqual(['e', 'd', 'c', 'b', 'a']);
    sheet.getRange('A2:B6').sort([{ column: 2, ascending: false }, 1]);
    expect(sheet.getRange('B2:B6').getValues().flat()).toEqual(['x', 2, 1, 1, '']);
  });
});

describe('Spreadsheet and its sheets', () => {
  it('inserts sheets that become active, refuses duplicate names, finds the leftmost by name', () => {
    const { h, ss } = setup();
    const issues = ss.insertSheet('Issues');
    expect(ss.getActiveSheet().getName()).toBe('Issues');
    expect(h.app.getActiveSheet()!.getName()).toBe('Issues');
    expect(() => ss.insertSheet('Issues')).toThrow(
      'A sheet with the name "Issues" already exists. Please enter another name.',
    );
    expect(ss.getSheetByName('Nope')).toBeNull();
    ss.insertSheet('First', 0);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['First', 'Sheet1', 'Issues']);
    expect(issues.getIndex()).toBe(3);
    expect(ss.getSheetByName('Issues')!.getSheetId()).toBe(issues.getSheetId());
    ss.deleteSheet(issues);
    expect(ss.getSheetByName('Issues')).toBeNull();
  });

  it('opens by id, refuses unknown ids, reads sheet-qualified A1, time zone London by default', () => {
    const { h, ss } = setup();
    expect(h.app.openById(ss.getId()).getName()).toBe('Casework');
    expect(() => h.app.openById('missing')).toThrow();
    ss.getSheets()[0]!.getRange('B2').setValue('hi');
    expect(ss.getRange('Sheet1!B2').getValue()).toBe('hi');
    expect(ss.getRange("'Sheet1'!B2:B3").getNumRows()).toBe(2);
    expect(ss.getSpreadsheetTimeZone()).toBe('Europe/London');
    expect(ss.getUrl()).toContain(ss.getId());
  });

  it('has no active spreadsheet in an unbound execution', () => {
    const { h } = setup();
    expect(h.globalsFor({ activeSpreadsheetId: null }).app.getActiveSpreadsheet()).toBeNull();
  });

  it('records toasts with a 5-second default', () => {
    const { h, ss } = setup();
    ss.toast('Saved', 'Solidarity Desk');
    expect(h.store.toasts).toEqual([
      { spreadsheetId: ss.getId(), message: 'Saved', title: 'Solidarity Desk', timeoutSeconds: 5 },
    ]);
  });

  it('selects A1 of the active sheet unless a range is activated or set by a test', () => {
    const { h, ss, sheet } = setup();
    expect(ss.getActiveRange().getA1Notation()).toBe('A1');
    sheet.getRange('C3').activate();
    expect(h.app.getActiveRange()!.getA1Notation()).toBe('C3');
    h.store.get(ss.getId())!.setActiveRange('Sheet1', 'B2:B4');
    expect(ss.getActiveRange().getA1Notation()).toBe('B2:B4');
  });
});

describe('Model API for other fakes', () => {
  it('appends rows and reads the used grid without going through the globals', () => {
    const { h } = setup();
    const model = h.store.create('Responses');
    const sheet = model.insertSheet('Form responses 1');
    sheet.appendRow(['Timestamp', 'Name']);
    const row = sheet.appendRow([new Date('2024-03-15T12:00:00Z'), '=cmd']);
    expect(row).toBe(2);
    expect(sheet.values()[1]![1]).toBe('');
    expect(sheet.cell(2, 2)!.formula).toBe('=cmd');
    sheet.appendRow(['x', '=cmd'], 'RAW');
    expect(sheet.values()[2]).toEqual(['x', '=cmd']);
    expect([sheet.lastRow(), sheet.lastColumn()]).toEqual([3, 2]);
  });
});

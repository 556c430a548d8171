// Contract: TextFinder, data validation, protection, conditional formats and charts.
import { harness } from './harness';

function setup() {
  const h = harness();
  const ss = h.app.getActiveSpreadsheet()!;
  return { h, ss, sheet: ss.getSheets()[0]! };
}

describe('TextFinder', () => {
  it('matches case-insensitively and partially by default; options narrow it', () => {
    const { sheet } = setup();
    sheet.getRange('A1:A4').setValues([['Damp in flat'], ['DAMP'], ['sámplé'], ['=1+1']]);
    expect(
      sheet
        .createTextFinder('damp')
        .findAll()
        .map((r) => r.getA1Notation()),
    ).toEqual(['A1', 'A2']);
    expect(sheet.createTextFinder('damp').matchCase(true).findAll()).toEqual([]);
    expect(
      sheet
        .createTextFinder('damp')
        .matchEntireCell(true)
        .findAll()
        .map((r) => r.getA1Notation()),
    ).toEqual(['A2']);
    expect(sheet.createTextFinder('sample').findAll()).toEqual([]);
    expect(sheet.createTextFinder('sample').ignoreDiacritics(true).findAll()).toHaveLength(1);
    expect(
      sheet
        .createTextFinder('2')
        .findAll()
        .map((r) => r.getA1Notation()),
    ).toEqual(['A4']);
    expect(sheet.createTextFinder('=1').findAll()).toEqual([]);
    expect(sheet.createTextFinder('=1').matchFormulaText(true).findAll()).toHaveLength(1);
    expect(sheet.createTextFinder('^d.mp$').useRegularExpression(true).findAll()).toHaveLength(1);
  });

  it('walks with findNext/findPrevious and startFrom, null at the end', () => {
    const { sheet } = setup();
    sheet.getRange('A1:B2').setValues([
      ['x', 'y'],
      ['x', 'x'],
    ]);
    const finder = sheet.createTextFinder('x');
    expect(finder.findNext()!.getA1Notation()).toBe('A1');
    expect(finder.findNext()!.getA1Notation()).toBe('A2');
    expect(finder.findNext()!.getA1Notation()).toBe('B2');
    expect(finder.findNext()).toBeNull();
    expect(sheet.createTextFinder('x').startFrom(sheet.getRange('A2')).findNext()!.getA1Notation()).toBe(
      'B2',
    );
    expect(sheet.createTextFinder('x').findPrevious()!.getA1Notation()).toBe('B2');
  });

  it('replaces every occurrence and counts occurrences, not cells', () => {
    const { ss, sheet } = setup();
    sheet.getRange('A1:A2').setValues([['a-a'], ['b']]);
    ss.insertSheet('Two').getRange('A1').setValue('a');
    expect(ss.createTextFinder('a').replaceAllWith('z')).toBe(3);
    expect(sheet.getRange('A1').getValue()).toBe('z-z');
    expect(sheet.getRange('A1:A2').createTextFinder('q').replaceAllWith('z')).toBe(0);
  });
});

describe('Data validation', () => {
  it('builds list rules with Apps Script defaults and getters', () => {
    const { h, sheet } = setup();
    const rule = h.app.newDataValidation().requireValueInList(['Open', 'Closed'], true).build();
    expect(rule.getCriteriaType()).toBe(h.app.DataValidationCriteria.VALUE_IN_LIST);
    expect(rule.getCriteriaValues()).toEqual([['Open', 'Closed'], true]);
    expect(rule.getAllowInvalid()).toBe(true);
    expect(rule.getHelpText()).toBeNull();
    sheet
      .getRange('B2:B10')
      .setDataValidation(
        h.app
          .newDataValidation()
          .requireValueInList(['Open'])
          .setAllowInvalid(false)
          .setHelpText('Pick one')
          .build(),
      );
    const applied = sheet.getRange('B5').getDataValidation()!;
    expect([applied.getAllowInvalid(), applied.getHelpText()]).toEqual([false, 'Pick one']);
    expect(sheet.getRange('C5').getDataValidation()).toBeNull();
    // UNCONFIRMED in Apps Script: the fake accepts script writes of invalid values.
    sheet.getRange('B5').setValue('Nonsense');
    expect(sheet.getRange('B5').getValue()).toBe('Nonsense');
  });

  it('inserts checkboxes set to false', () => {
    const { sheet } = setup();
    sheet.getRange('A1:A2').insertCheckboxes();
    expect(sheet.getRange('A1:A2').getValues()).toEqual([[false], [false]]);
    expect(sheet.getRange('A1').getDataValidation()!.getCriteriaType()).toBe('CHECKBOX');
    sheet.getRange('A1').check();
    expect(sheet.getRange('A1').isChecked()).toBe(true);
    expect(sheet.getRange('A1:A2').isChecked()).toBeNull();
  });
});

describe('Protection', () => {
  it('returns the existing sheet protection, mirrors editors, and warning-only never blocks', () => {
    const { h, sheet } = setup();
    const p = sheet.protect().setDescription('Casework');
    expect(sheet.protect().getDescription()).toBe('Casework');
    expect(p.isWarningOnly()).toBe(false);
    expect(p.getEditors().map((u) => u.getEmail())).toEqual(['volunteer@branch.example']);
    expect(h.app.getActiveSpreadsheet()!.getProtections(h.app.ProtectionType.SHEET)).toHaveLength(1);
    const other = h
      .globalsFor({ user: 'stranger@elsewhere.example' })
      .app.getActiveSpreadsheet()!
      .getSheets()[0]!;
    expect(() => other.getRange('A1').setValue('x')).toThrow(/protected cell/);
    p.setWarningOnly(true);
    other.getRange('A1').setValue('x');
    expect(sheet.getRange('A1').getValue()).toBe('x');
    p.remove();
    expect(sheet.getProtections(h.app.ProtectionType.SHEET)).toEqual([]);
  });

  it('protects ranges; the owner can always edit', () => {
    const { h, sheet } = setup();
    const p = sheet.getRange('A1:B2').protect();
    p.removeEditors(p.getEditors());
    expect(p.canEdit()).toBe(true);
    expect(p.getEditors().map((u) => u.getEmail())).toEqual(['volunteer@branch.example']);
    expect(sheet.getProtections(h.app.ProtectionType.RANGE)[0]!.getRange().getA1Notation()).toBe('A1:B2');
  });
});

describe('Conditional formats and charts', () => {
  it('stores conditional format rules with their ranges and formats', () => {
    const { h, sheet } = setup();
    const rule = h.app
      .newConditionalFormatRule()
      .whenFormulaSatisfied('=$C2="Urgent"')
      .setBackground('#F4CCCC')
      .setBold(true)
      .setRanges([sheet.getRange('A2:F')])
      .build();
    sheet.setConditionalFormatRules([rule]);
    const [stored] = sheet.getConditionalFormatRules();
    expect(stored!.getRanges().map((r) => r.getA1Notation())).toEqual(['A2:F1000']);
    expect(stored!.getBooleanCondition().getCriteriaValues()).toEqual(['=$C2="Urgent"']);
    expect(stored!.getBooleanCondition().getBackground()).toBe('#f4cccc');
  });

  it('builds and inserts charts with the Charts enum', () => {
    const { h, sheet } = setup();
    const chart = sheet
      .newChart()
      .setChartType(h.charts.ChartType.PIE)
      .addRange(sheet.getRange('A1:B5'))
      .setPosition(2, 4, 0, 0)
      .setOption('title', 'Issues by stage')
      .build();
    sheet.insertChart(chart);
    const [stored] = sheet.getCharts();
    expect(stored!.getOptions().get('title')).toBe('Issues by stage');
    expect(stored!.getRanges()[0]!.getA1Notation()).toBe('A1:B5');
    expect(stored!.modify().getChartType()).toBe('PIE');
    expect(stored!.getContainerInfo().getAnchorColumn()).toBe(4);
  });
});

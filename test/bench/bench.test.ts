// The benchmark's machinery at size 100: the JSON it writes, the cost model, flatness and budget verdicts.
import { CELL_LIMIT, capacity, footprint } from '../../bench/capacity';
import { classify, project } from '../../bench/costModel';
import { OPERATIONS, type Operation } from '../../bench/operations';
import { buildReport, operationTable } from '../../bench/report';
import { runBench, type SizeResult } from '../../bench/runner';
import { isFlat, judge, summaryLine } from '../../bench/verdict';
import { ISSUES } from '../../src/core/schema';

const NOW = new Date('2026-11-20T10:00:00Z');

function byName(name: string): Operation {
  const op = OPERATIONS.find((o) => o.name === name);
  if (!op) throw new Error(`No operation ${name}`);
  return op;
}

function measured(size: number, roundTrips: number, projectedMs = 1000): SizeResult {
  return {
    size,
    status: 'measured',
    projection: {
      roundTrips,
      allCalls: roundTrips * 2,
      serviceMs: projectedMs,
      jsMs: 0,
      projectedMs,
      byClass: {},
      unclassified: [],
    },
    readsBySheet: { Issues: 1 },
  };
}

describe('the benchmark at 100 issues', () => {
  it('measures a form submission and the mail job through the bundle and reports them as JSON', async () => {
    const ghost: Operation = {
      ...byName('Hourly queued mail'),
      name: 'Ghost',
      entryPoint: 'noSuchEntryPoint',
    };
    const operations = [byName('Form submission'), byName('Hourly queued mail'), ghost];
    const report = JSON.parse(
      JSON.stringify(buildReport(await runBench({ sizes: [100], operations, now: NOW }))),
    );
    expect(report.data[0].rows).toMatchObject({ Issues: 100, Members: 80 });
    const [submission, mail, missing] = report.operations;
    expect(submission).toMatchObject({
      name: 'Form submission',
      kind: 'user-action',
      entryPoint: 'onFormSubmit',
    });
    const at100 = submission.sizes[0];
    expect(at100.status).toBe('measured');
    expect(at100.callCounts['SpreadsheetApp Range.getValues']).toBeGreaterThan(0);
    expect(at100.projection.roundTrips).toBeLessThan(at100.projection.allCalls);
    expect(at100.projection.projectedMs).toBeGreaterThan(at100.projection.jsMs);
    expect(at100.cellsRead).toBeGreaterThan(100 * ISSUES.columns.length);
    expect(at100.readsBySheet.Issues).toBe(1);
    expect(mail.verdict).toBe('within budget');
    expect(missing.verdict).toBe('not built yet');
    expect(report.summary.notBuilt).toBe(1);
    expect(report.costModel.classes.sheetRead.ms).toBeGreaterThan(0);
    expect(summaryLine(report.summary)).toMatch(/^\d+ operations within budget, \d+ over, 1 not built yet$/);
  });
});

describe('flatness and budgets', () => {
  const action = byName('Open an issue card');

  it('calls an operation flat only when its round trips are the same at every size', () => {
    expect(isFlat([measured(100, 6), measured(50_000, 6)])).toBe(true);
    expect(isFlat([measured(100, 6), measured(50_000, 7)])).toBe(false);
    expect(isFlat([measured(100, 6), { size: 50_000, status: 'failed', error: 'boom' }])).toBe(true);
  });

  it('marks a user action whose calls grow with the rows as over budget, saying why', () => {
    const v = judge(action, [measured(100, 6), measured(50_000, 9)]);
    expect(v).toMatchObject({ verdict: 'OVER', flat: false });
    expect(v.reasons).toEqual(['round trips grow with rows: 6 at 100 -> 9 at 50,000']);
  });

  it('marks a user action projected over 30 s, or reading a table twice, as over budget', () => {
    expect(judge(action, [measured(100, 6, 31_000)]).reasons).toEqual(['projected 31.0 s > 30 s at 100']);
    const twice = { ...measured(100, 6), readsBySheet: { Issues: 2 } };
    expect(judge(action, [twice]).reasons).toEqual(['2 reads of Issues at 100']);
  });

  it('prints a table with a column per size and the verdict', () => {
    const report = buildReport({
      sizes: [],
      results: new Map([[action, [measured(100, 6), measured(1000, 6)]]]),
    });
    const table = operationTable(report.operations[0]!);
    expect(table).toMatch(/round trips\s+6\s+6/);
    expect(table).toContain('verdict: within budget (flat)');
  });
});

describe('the cost model', () => {
  it('tells round trips from local handles', () => {
    expect(classify('SpreadsheetApp Range.getValues')).toBe('sheetRead');
    expect(classify('SpreadsheetApp Sheet.appendRow')).toBe('sheetWrite');
    expect(classify('SpreadsheetApp Spreadsheet.getSheetByName')).toBe('handle');
    expect(classify('SpreadsheetApp Sheet.getRange')).toBe('handle');
    expect(classify('SpreadsheetApp DataValidationBuilder.setAllowInvalid')).toBe('handle');
    expect(classify('SpreadsheetApp Range.setDataValidation')).toBe('sheetStructure');
    expect(classify('LockService Lock.waitLock')).toBe('lock');
    expect(classify('MailApp MailApp.sendEmail')).toBe('mail');
    expect(classify('ScriptApp ScriptApp.newTrigger')).toBe('handle');
    expect(classify('ScriptApp ClockTriggerBuilder.everyHours')).toBe('handle');
    expect(classify('ScriptApp ClockTriggerBuilder.create')).toBe('trigger');
  });

  it('projects the sum of call costs, per-cell costs and JS time', () => {
    const p = project(
      { 'SpreadsheetApp Range.getValues': 2, 'SpreadsheetApp Sheet.getRange': 5 },
      { cellsRead: 1000, cellsWritten: 0 },
      12,
    );
    expect(p).toMatchObject({ roundTrips: 2, allCalls: 7, jsMs: 12 });
    expect(p.projectedMs).toBeCloseTo(2 * 100 + 1000 * 0.002 + 12);
  });
});

describe('past one spreadsheet', () => {
  it('counts every table at its schema width and divides Google’s 10 million cells', () => {
    const issues = footprint().find((t) => t.sheet === 'Issues')!;
    expect(issues.columns).toBe(ISSUES.columns.length);
    const c = capacity();
    expect(c.issuesTrimmed).toBe(Math.floor(CELL_LIMIT / c.cellsPerIssueTrimmed));
    expect(c.issuesGrid).toBeLessThan(c.issuesTrimmed);
  });
});

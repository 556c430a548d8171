// The Dashboard sheet: its period cells read once, then cleared and rewritten in four calls, charts re-pointed when moved.
import type { DashboardSheet } from '../../app/reports/dashboard';
import { type CellValue, cellDate, neutraliseText } from '../../core/cells';
import {
  type ChartPlan,
  DASHBOARD_SHEET,
  DASHBOARD_WIDTH,
  type DashboardLayout,
  PERIOD_CELLS,
} from '../../core/reports/layout';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Charts sit to the right of the figures, one under another. */
const CHART_COLUMN = DASHBOARD_WIDTH + 2;
const CHART_ROWS_APART = 20;

/** The Dashboard sheet of the casework spreadsheet, created on first write. */
export class SheetDashboard implements DashboardSheet {
  constructor(private readonly spreadsheet: Spreadsheet) {}

  readPeriod(): { from: Date | null; to: Date | null } {
    const sheet = this.spreadsheet.getSheetByName(DASHBOARD_SHEET);
    if (!sheet) return { from: null, to: null };
    const { from, to } = PERIOD_CELLS;
    const values = sheet.getRange(from.row, from.column, to.row - from.row + 1, 1).getValues();
    return { from: cellDate(values[0]?.[0]), to: cellDate(values[to.row - from.row]?.[0]) };
  }

  write(layout: DashboardLayout): void {
    const sheet = this.sheet();
    // Cleared first: text written with a protective apostrophe must not land on last refresh's "@" format.
    sheet.clear();
    const rows = layout.rows.length;
    // Rows are added only when the block outgrows the sheet: never for a new sheet's 1,000 rows, since
    // the lists are capped (see layout.ts), so the calls are the same at 100 issues or 50,000.
    const maxRows = sheet.getMaxRows();
    if (maxRows < rows) sheet.insertRowsAfter(maxRows, rows - maxRows);
    const range = sheet.getRange(1, 1, rows, DASHBOARD_WIDTH);
    // Team-typed text (a next step's "Who", an urgent reason) must never become a formula on the dashboard.
    range.setValues(
      layout.rows.map((row) => row.map((v): CellValue => (typeof v === 'string' ? neutraliseText(v) : v))),
    );
    range.setNumberFormats(layout.formats);
    const bold = new Set(layout.headingRows);
    range.setFontWeights(
      layout.rows.map((_, i) => Array(DASHBOARD_WIDTH).fill(bold.has(i + 1) ? 'bold' : 'normal')),
    );
    const charts = sheet.getCharts();
    layout.charts.forEach((plan, i) => {
      this.placeChart(sheet, charts, plan, 1 + i * CHART_ROWS_APART);
    });
  }

  private sheet(): Sheet {
    const existing = this.spreadsheet.getSheetByName(DASHBOARD_SHEET);
    if (existing) return existing;
    const sheet = this.spreadsheet.insertSheet(DASHBOARD_SHEET, 0);
    sheet.setColumnWidth(1, 320);
    return sheet;
  }

  /** Updates the chart with this title (found by its title option) or inserts it once. */
  private placeChart(
    sheet: Sheet,
    charts: readonly GoogleAppsScript.Spreadsheet.EmbeddedChart[],
    plan: ChartPlan,
    anchorRow: number,
  ): void {
    const range = sheet.getRange(plan.row, 1, plan.numRows, plan.numColumns);
    const existing = charts.find((c) => c.getOptions().get('title') === plan.title);
    if (existing) {
      // Most days a chart's table has not moved: re-pointing it anyway would be a write for nothing.
      const now = existing.getRanges().map((r) => r.getA1Notation());
      if (now.length === 1 && now[0] === range.getA1Notation()) return;
      sheet.updateChart(existing.modify().clearRanges().addRange(range).build());
      return;
    }
    const chart = sheet
      .newChart()
      .setChartType(Charts.ChartType[plan.type])
      .addRange(range)
      .setPosition(anchorRow, CHART_COLUMN, 0, 0)
      .setOption('title', plan.title)
      .setOption('legend', { position: plan.numColumns > 2 ? 'bottom' : 'none' })
      .build();
    sheet.insertChart(chart);
  }
}

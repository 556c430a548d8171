// Use case: refresh the Dashboard sheet from the casework, for the period the team chose (or the last twelve months).
import { type DashboardFigures, dashboardFigures } from '../../core/reports/dashboard';
import { type DashboardLayout, dashboardLayout } from '../../core/reports/layout';
import { lastTwelveMonths, type Period } from '../../core/reports/period';
import type { Database } from '../ports';
import type { Config } from '../receiveIntake';
import { readCasework } from './casework';

/** The Dashboard sheet: the period typed into it, and a way to rewrite it whole. */
export interface DashboardSheet {
  /** The dates in the period cells, null where a cell holds no date (or the sheet does not exist yet). */
  readPeriod(): { readonly from: Date | null; readonly to: Date | null };
  /** Clears the sheet and writes the layout in a few batched calls; charts are kept and re-pointed. */
  write(layout: DashboardLayout): void;
}

/** The period to show: the one asked for, else the dates in the sheet, else the last twelve months. */
export function choosePeriod(sheet: DashboardSheet, now: Date, timeZone: string, asked?: Period): Period {
  if (asked) return asked;
  const typed = sheet.readPeriod();
  const fallback = lastTwelveMonths(now, timeZone);
  const period = { from: typed.from ?? fallback.from, to: typed.to ?? fallback.to };
  if (period.from > period.to)
    throw new Error(
      'The Dashboard\'s "Period from" date (B2) is after its "Period to" date (B3): swap them, or clear both to see the last twelve months.',
    );
  return period;
}

/** Computes the figures from one read of each table and rewrites the Dashboard sheet. */
export function refreshDashboard(
  db: Database,
  sheet: DashboardSheet,
  config: Config,
  now: Date,
  asked?: Period,
): DashboardFigures {
  const period = choosePeriod(sheet, now, db.timeZone, asked);
  const c = readCasework(db);
  const figures = dashboardFigures(
    c.issues,
    c.members,
    c.nextSteps,
    c.decisions,
    config.branches,
    config.settings,
    period,
    now,
    db.timeZone,
  );
  sheet.write(dashboardLayout(figures, now));
  return figures;
}

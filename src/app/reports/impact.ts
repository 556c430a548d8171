// Use case: the impact report's figures and consented case studies, as data for the report template.
import { type CaseStudy, caseStudies, type ImpactFigures, impactFigures } from '../../core/reports/impact';
import type { Period } from '../../core/reports/period';
import { impactReportData } from '../../core/reports/reportData';
import type { Database } from '../ports';
import type { Config } from '../receiveIntake';
import { readCasework } from './casework';

/** The report for a period and a branch (null: the whole union). */
export interface ImpactReport {
  readonly figures: ImpactFigures;
  readonly studies: readonly CaseStudy[];
  /** Data for `render(IMPACT_REPORT_TEMPLATE, data, IMPACT_REPORT_SHAPE, ...)`. */
  readonly data: Record<string, unknown>;
}

/** Reads the casework once and builds the report's anonymous figures and consented stories. */
export function impactReport(
  db: Database,
  config: Config,
  period: Period,
  branch: string | null,
): ImpactReport {
  const known = config.branches.map((b) => b.name);
  if (branch !== null && !known.some((n) => n.toLowerCase() === branch.trim().toLowerCase()))
    throw new Error(`There is no branch called "${branch}" in Branches. Pick one of: ${known.join(', ')}.`);
  const c = readCasework(db);
  const figures = impactFigures(c.issues, known, period, branch, db.timeZone);
  const studies = caseStudies(c.issues, c.memberRecords, period, branch, db.timeZone);
  return { figures, studies, data: impactReportData(figures, studies) };
}

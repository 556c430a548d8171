// Use case: the impact report Doc for a period and a branch (or the whole union): anonymous figures, consented stories.
import { parseBranches } from '../../core/branches';
import { type CalendarDate, startOfDay } from '../../core/normalise/dates';
import type { Period } from '../../core/reports/period';
import type { Database } from '../ports';
import type { Config } from '../receiveIntake';
import { impactReport } from '../reports/impact';
import { type DocumentBranch, findBranch, isoDay, readDocumentSettings } from './context';
import { create, prepare, resultOf } from './fill';
import type { DocumentDeps, DocumentFolder, DocumentResult, OutputOptions } from './ports';

/** Which report: whole calendar days, both ends included, and a branch name or null for the whole union. */
export interface ImpactReportRequest {
  readonly from: CalendarDate;
  readonly to: CalendarDate;
  readonly branch: string | null;
}

/** Document deps plus the Solidarity Desk folder itself, where whole-union reports are filed. */
export interface ImpactReportDeps extends DocumentDeps {
  readonly unionFolder: () => DocumentFolder;
}

/**
 * Fills the impact report template with the period's anonymous figures and the stories of members who consented
 * to publicity, names it "<today> Impact report <Branch or Union> <from> to <to>", and files it in the branch's
 * folder (or the Solidarity Desk folder for the whole union). Nothing about members but consented first names
 * and stories reaches the document: the data comes from `impactReport`, which never reads notes or contacts.
 */
export function generateImpactReport(
  deps: ImpactReportDeps,
  request: ImpactReportRequest,
  options: OutputOptions = {},
): DocumentResult {
  const { db } = deps;
  const { settings, templateOverrides } = readDocumentSettings(db, deps.config);
  const config: Config = deps.config ?? { settings, branches: readBranches(db) };
  const period = periodOf(request, db.timeZone);
  const branch = request.branch === null ? null : findBranch(db, request.branch, config.branches);
  const report = impactReport(db, config, period, branch?.name ?? null);
  const prepared = prepare(deps, 'impactReport', report.data, templateOverrides);
  const name = reportName(deps.now, period, branch?.name ?? null, db.timeZone);
  const made = create(deps, prepared, {
    name,
    folder: branch ? deps.documents.folderFor(branch.name, branch.folderUrl) : deps.unionFolder(),
    pdf: options.pdf === true,
  });
  db.log(branch?.name ?? 'Union', 'Impact report made', `${made.doc.name}: ${made.doc.url}`);
  db.commit();
  return resultOf(made, warningsOf(report.studies.length, branch));
}

/** "2026-11-16 Impact report Hackney 2026-04-01 to 2026-10-31" ("Union" for the whole union). */
export function reportName(now: Date, period: Period, branch: string | null, timeZone: string): string {
  const days = `${isoDay(period.from, timeZone)} to ${isoDay(period.to, timeZone)}`;
  return `${isoDay(now, timeZone)} Impact report ${branch ?? 'Union'} ${days}`;
}

/** The period as midnights in the spreadsheet's zone, refused when it ends before it starts. */
function periodOf(request: ImpactReportRequest, timeZone: string): Period {
  const period = { from: startOfDay(request.from, timeZone), to: startOfDay(request.to, timeZone) };
  if (period.to.getTime() < period.from.getTime())
    throw new Error(
      `The report period ends (${isoDay(period.to, timeZone)}) before it starts (${isoDay(period.from, timeZone)}). ` +
        'Swap the two dates and try again.',
    );
  return period;
}

/** The Branches sheet, read once, when no cached config was given. */
function readBranches(db: Database): Config['branches'] {
  const table = db.table('branches');
  return parseBranches(Array.from({ length: table.size }, (_, i) => table.record(i)));
}

/** A word for volunteers when the report has no stories, so they know why and what to do. */
function warningsOf(stories: number, branch: DocumentBranch | null): string[] {
  if (stories > 0) return [];
  const scope = branch ? `${branch.name} branch` : 'the union';
  return [
    `No member stories for ${scope} in this period: stories only come from wins of members whose ` +
      '"Consent to publicity" is Yes in the Members sheet.',
  ];
}

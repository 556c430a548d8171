// Use case: answers the "Form responses" sheet retyped ("00123" as 123, "'quoted" as quoted) are put back
// as typed, from the form's own responses, and the Intake review reasons they raised are resolved.
import { cellDate, cellText } from '../core/cells';
import { isGhost, matchAnswers } from '../core/intake/answers';
import { type ParsedIntake, parseIntake } from '../core/intake/parse';
import { couldBeShownAs, resolveRetypedReasons } from '../core/intake/retyped';
import {
  compareStored,
  ISSUE_TEXT_COLUMNS,
  MEMBER_TEXT_COLUMNS,
  RETURNING_MEMBER_FILLS,
  shownAtFiling,
  typedForFiling,
} from '../core/intake/typedAnswers';
import type { Settings } from '../core/settings';
import type { IntakeResponse } from './intake';
import type { Database, Locker, Table } from './ports';
import type { Config } from './receiveIntake';

/** One chunk of the form's own responses, oldest first, and when the next chunk begins. */
export interface TypedChunk {
  readonly responses: readonly IntakeResponse[];
  /** Timestamp of the first response after this chunk; null when the chunk reaches the newest. */
  readonly next: Date | null;
}

/** What one verification run did. */
export interface VerifyReport {
  /** Responses of the chunk dealt with (compared, or nothing to compare). */
  readonly checked: number;
  /** Ids of the issues and members whose text was corrected. */
  readonly corrected: readonly string[];
  /** Intake review rows whose retyped-answer reasons were resolved. */
  readonly resolved: number;
  /** Where the next run starts reading the form's responses; null leaves the cursor where it was. */
  readonly resumeFrom: Date | null;
}

/** The Activity log action for each corrected record. */
export const ANSWER_CORRECTED = "Answer corrected from the form's own response";

/**
 * How long a response not filed yet is waited for: an hour when the sheet showed no row for it (the row
 * and trigger may still be on their way), a day when it did (the hourly reconciliation files it; one that
 * keeps failing is in the Errors sheet and must not hold back every later check).
 */
const WAIT_UNSEEN_MS = 60 * 60 * 1000;
const WAIT_IN_SHEET_MS = 24 * 60 * 60 * 1000;

/**
 * The sheet's reading of each form response: the one with its response key, or else (a sheet showing its
 * timestamps in another format) the one of the same second. Either must agree answer by answer, up to
 * the sheet's retyping, so two people submitting in the same second are never mixed up.
 */
class SheetReadings {
  private readonly byKey = new Map<string, IntakeResponse>();
  private readonly bySecond = new Map<number, IntakeResponse[]>();

  constructor(shown: readonly IntakeResponse[]) {
    for (const r of shown) {
      if (!this.byKey.has(r.responseId)) this.byKey.set(r.responseId, r);
      const second = Math.floor(r.receivedAt.getTime() / 1000);
      this.bySecond.set(second, [...(this.bySecond.get(second) ?? []), r]);
    }
  }

  of(typed: IntakeResponse): IntakeResponse | null {
    const same = this.byKey.get(typed.responseId);
    const candidates = same
      ? [same]
      : (this.bySecond.get(Math.floor(typed.receivedAt.getTime() / 1000)) ?? []);
    const agreeing = candidates.filter((r) => couldBeShownAs(typed.answers, r.answers));
    return agreeing.length === 1 ? agreeing[0]! : null;
  }
}

/** Issues by Response ID, each member's first issue, and review rows by Response ID: one pass each. */
class FiledIndex {
  readonly issueByResponse = new Map<string, number>();
  readonly firstIssueOf = new Map<string, number>();
  readonly reviewsByResponse = new Map<string, number[]>();

  constructor(issues: Table, reviews: Table) {
    for (let i = 0; i < issues.size; i++) {
      const key = cellText(issues.value(i, 'Response ID'));
      if (key && !this.issueByResponse.has(key)) this.issueByResponse.set(key, i);
      const member = cellText(issues.value(i, 'Member ID'));
      if (member && !this.firstIssueOf.has(member)) this.firstIssueOf.set(member, i);
    }
    for (let i = 0; i < reviews.size; i++) {
      const key = cellText(reviews.value(i, 'Response ID'));
      if (key) this.reviewsByResponse.set(key, [...(this.reviewsByResponse.get(key) ?? []), i]);
    }
  }
}

interface Run {
  readonly db: Database;
  readonly settings: Settings;
  readonly filed: FiledIndex;
  readonly corrected: string[];
  resolved: number;
}

/**
 * Compares each response of the chunk that is already filed with its Issue and (when that response
 * created it) Member, corrects what the sheet retyped, and resolves the review reasons it raised. Under
 * the lock: one read per table, one commit. Running it again changes nothing.
 */
export function verifyAnswers(
  chunk: TypedChunk,
  shown: readonly IntakeResponse[],
  db: Database,
  locker: Locker,
  loadConfig: (db: Database) => Config,
  now: () => Date,
): VerifyReport {
  if (chunk.responses.length === 0) return { checked: 0, corrected: [], resolved: 0, resumeFrom: null };
  const readings = new SheetReadings(shown);
  return locker.withLock(() => {
    const config = loadConfig(db);
    db.useSheetNames(config.settings.sheetNames);
    const filed = new FiledIndex(db.table('issues'), db.table('intakeReview'));
    const run: Run = { db, settings: config.settings, filed, corrected: [], resolved: 0 };
    let checked = 0;
    // The oldest response that may not be filed yet: the next run reads again from it.
    let waitingFrom: Date | null = null;
    for (const typed of chunk.responses) {
      const sheet = readings.of(typed);
      const row =
        filed.issueByResponse.get(sheet?.responseId ?? typed.responseId) ??
        filed.issueByResponse.get(typed.responseId);
      const age = now().getTime() - typed.receivedAt.getTime();
      if (row === undefined && !isGhost(typed.answers) && age < (sheet ? WAIT_IN_SHEET_MS : WAIT_UNSEEN_MS)) {
        waitingFrom ??= typed.receivedAt;
        continue;
      }
      if (row !== undefined && sheet) verifyOne(run, typed, sheet, row);
      checked++;
    }
    if (run.corrected.length > 0 || run.resolved > 0) db.commit();
    const last = chunk.responses[chunk.responses.length - 1];
    const resumeFrom = waitingFrom ?? chunk.next ?? (last ? new Date(last.receivedAt.getTime() + 1) : null);
    return { checked, corrected: run.corrected, resolved: run.resolved, resumeFrom };
  });
}

function parsed(run: Run, response: IntakeResponse): ParsedIntake {
  return parseIntake(matchAnswers(response.answers, run.settings.questionMap), run.db.timeZone);
}

/** One filed response: its issue, its member, then its review rows if nothing was left as edited. */
function verifyOne(run: Run, typed: IntakeResponse, sheet: IntakeResponse, row: number): void {
  const asTyped = parsed(run, { ...typed, answers: typedForFiling(typed.answers, sheet.answers) });
  const asShown = parsed(run, { ...sheet, answers: shownAtFiling(typed.answers, sheet.answers) });
  const issues = run.db.table('issues');
  const issueId = cellText(issues.value(row, 'Issue ID'));
  const issue = compareStored(asTyped.issue, asShown.issue, issues.record(row), ISSUE_TEXT_COLUMNS);
  correct(run, issues, row, issueId, issue.corrections);
  const memberId = cellText(issues.value(row, 'Member ID'));
  const members = run.db.table('members');
  const m = memberId ? members.indexOf(memberId) : -1;
  let edited = issue.edited.length > 0;
  if (m >= 0) {
    const columns = createdBy(run, row, members, m, memberId) ? MEMBER_TEXT_COLUMNS : RETURNING_MEMBER_FILLS;
    const member = compareStored(asTyped.member, asShown.member, members.record(m), columns);
    correct(run, members, m, memberId, member.corrections);
    edited ||= member.edited.length > 0;
  }
  // A value a volunteer changed is theirs: the flag stays so they can compare it with the form themselves.
  if (!edited) resolveReviews(run, cellText(issues.value(row, 'Response ID')));
}

/** Whether this issue's response created the member: their first issue, written in the same filing. */
function createdBy(run: Run, row: number, members: Table, m: number, memberId: string): boolean {
  if (run.filed.firstIssueOf.get(memberId) !== row) return false;
  const issueCreated = cellDate(run.db.table('issues').value(row, 'Created'));
  const memberCreated = cellDate(members.value(m, 'Created'));
  if (!issueCreated || !memberCreated) return false;
  return Math.abs(issueCreated.getTime() - memberCreated.getTime()) < 60_000;
}

function correct(
  run: Run,
  table: Table,
  index: number,
  id: string,
  corrections: Readonly<Record<string, string>>,
): void {
  const columns = Object.keys(corrections);
  if (columns.length === 0) return;
  table.update(index, corrections);
  // Column names only: the Activity log is read widely, the answers themselves are personal.
  run.db.log(
    id,
    ANSWER_CORRECTED,
    `${columns.join(', ')}: now as typed in the form (the Form responses sheet had changed ${columns.length === 1 ? 'it' : 'them'}).`,
  );
  run.corrected.push(id);
}

function resolveReviews(run: Run, responseId: string): void {
  const reviews = run.db.table('intakeReview');
  for (const i of run.filed.reviewsByResponse.get(responseId) ?? []) {
    if (cellText(reviews.value(i, 'Status')) !== 'To review') continue;
    const { reason, resolved, stillToReview } = resolveRetypedReasons(cellText(reviews.value(i, 'Reason')));
    if (resolved === 0) continue;
    const status = stillToReview ? 'To review' : 'Filed';
    reviews.update(i, { Reason: reason, Status: status });
    run.resolved++;
  }
}

// Use case: file one new-issue form response as a member and an issue, triaged, exactly once.
import type { Branch } from '../core/branches';
import { branchFor } from '../core/branches';
import { cellBoolean, cellText } from '../core/cells';
import { isGhost, matchAnswers, type NamedAnswers } from '../core/intake/answers';
import { MemberIndex } from '../core/intake/members';
import { parseIntake } from '../core/intake/parse';
import { retypedAnswers } from '../core/intake/retyped';
import { triage } from '../core/intake/triage';
import { RETURNING_MEMBER_FILLS } from '../core/intake/typedAnswers';
import { fitRecord, type Overflow, splitLongText } from '../core/longText';
import type { Settings } from '../core/settings';
import type { Database } from './ports';

/** A response as both form-submit event shapes can deliver it. */
export interface IntakeResponse {
  readonly responseId: string;
  readonly receivedAt: Date;
  readonly answers: NamedAnswers;
  /** True when the answers come as the "Form responses" sheet shows them (it types numbers and dates). */
  readonly shownBySheet?: boolean;
}

/** What filing did, and who must hear about it (mail goes out after the lock is released). */
export interface FilingResult {
  readonly status: 'filed' | 'duplicate' | 'ghost';
  readonly issueId?: string;
  readonly memberId?: string;
  readonly returning?: boolean;
  readonly branch?: Branch | null;
  readonly urgent?: boolean;
  readonly urgentReason?: string;
  readonly toWorkingGroup?: boolean;
  readonly reviewReasons?: readonly string[];
  readonly member?: {
    readonly name: string;
    readonly email: string;
    readonly phone: string;
    readonly consent: boolean;
    readonly preferred: string;
    readonly safeTimes: string;
  };
  readonly category?: string;
  readonly summary?: string;
}

/** Text too long for one cell (a cell holds 50,000 characters) continues in Intake review rows. */
function keepOverflow(
  db: Database,
  response: IntakeResponse,
  issueId: string,
  overflow: readonly Overflow[],
): void {
  for (const { column, parts } of overflow) {
    parts.slice(1).forEach((part, i) => {
      db.table('intakeReview').append({
        Received: response.receivedAt,
        'Response ID': response.responseId,
        Reason: `${column} continued (part ${i + 2} of ${parts.length})`,
        Answers: part,
        'Filed as': issueId,
        Status: 'Filed',
      });
    });
  }
}

/** Files a response. Call inside the script lock: it reads, decides and writes in one commit. */
export function fileIntake(
  db: Database,
  response: IntakeResponse,
  settings: Settings,
  branches: readonly Branch[],
  now: Date,
): FilingResult {
  if (isGhost(response.answers)) return { status: 'ghost' };
  const issues = db.table('issues');
  const already = response.responseId
    ? issues.where('Response ID', (v) => cellText(v) === response.responseId)[0]
    : undefined;
  if (already !== undefined)
    return { status: 'duplicate', issueId: cellText(issues.value(already, 'Issue ID')) };

  const parsed = parseIntake(matchAnswers(response.answers, settings.questionMap), db.timeZone);
  const { member, issue } = parsed;
  const { alreadyMember, ...memberColumns } = member;
  const { wantsToResist, ...issueColumns } = issue;
  const members = db.table('members');
  const index = new MemberIndex(Array.from({ length: members.size }, (_, i) => members.record(i)));
  const found = index.find(member.Email, member.Phone);
  const branch = branchFor(member.Postcode, branches);
  let memberId: string;
  let memberOverflow: readonly Overflow[] = [];
  if (found >= 0) {
    memberId = cellText(members.value(found, 'Member ID'));
    const fill: Record<string, unknown> = {};
    for (const key of RETURNING_MEMBER_FILLS) {
      if (member[key] && cellText(members.value(found, key)) === '') fill[key] = member[key];
    }
    // A "Yes" (or a team's own TRUE tick) already there is left alone: nothing to write.
    if (member['Consent to contact'] && !cellBoolean(members.value(found, 'Consent to contact')))
      fill['Consent to contact'] = true;
    members.update(found, fill);
  } else {
    const fitted = fitRecord(
      {
        ...memberColumns,
        Branch: branch?.name ?? '',
        'Membership standing': alreadyMember ? 'Member' : 'Not yet a member',
      },
      'the Intake review sheet',
    );
    memberId = members.append(fitted.values);
    memberOverflow = fitted.overflow;
  }
  const t = triage(
    {
      category: issue.Category,
      courtHearing: issue['Court hearing'],
      bailiffDate: issue['Bailiff date'],
      wantsToResist,
      description: issue.Description,
    },
    now,
    settings.urgentWindowDays,
    db.timeZone,
  );
  const issueRecord = fitRecord(
    {
      ...issueColumns,
      'Member ID': memberId,
      Branch: branch?.name ?? '',
      Stage: '1 Initial contact',
      Urgent: t.urgent,
      'Urgent reason': t.reason,
      Opened: response.receivedAt,
      'Last activity': now,
      'Response ID': response.responseId,
    },
    'the Intake review sheet',
  );
  const issueId = issues.append(issueRecord.values);
  keepOverflow(db, response, issueId, [...memberOverflow, ...issueRecord.overflow]);
  const reviewReasons = [
    ...parsed.problems,
    ...(response.shownBySheet ? retypedAnswers(response.answers) : []),
  ];
  if (!branch)
    reviewReasons.push(
      `No branch covers "${member.Postcode || 'no postcode'}": signpost, or pass to the nearest branch.`,
    );
  if (reviewReasons.length > 0) {
    const [answers = '', ...more] = splitLongText(JSON.stringify(response.answers));
    db.table('intakeReview').append({
      Received: response.receivedAt,
      'Response ID': response.responseId,
      Reason: reviewReasons.join('\n'),
      Answers: answers,
      'Filed as': issueId,
      Status: 'To review',
    });
    keepOverflow(
      db,
      response,
      issueId,
      more.length > 0 ? [{ column: 'Answers', parts: [answers, ...more] }] : [],
    );
  }
  // No Activity log line: the Issues row (Opened, Response ID, Member ID, Branch, Urgent) is the record,
  // and the issue card shows it as the first line of the issue's activity.
  const returning = found >= 0;
  return {
    status: 'filed',
    issueId,
    memberId,
    returning,
    branch,
    urgent: t.urgent,
    urgentReason: t.reason,
    toWorkingGroup: t.toWorkingGroup,
    reviewReasons,
    member: {
      name: member.Name,
      email: member.Email,
      phone: member.Phone,
      consent: member['Consent to contact'],
      preferred: member['Preferred contact'],
      safeTimes: member['Safe times to contact'],
    },
    category: issue.Category,
    summary: issue.Summary,
  };
}

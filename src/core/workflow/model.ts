// Sheet records parsed once into typed casework objects; sensitive columns are never read into them.
import { cellMoney, cellText, type RecordValues } from '../cells';
import {
  DISPUTE_CRITERIA,
  NEXT_STEP_STATUSES,
  type NextStepStatus,
  OUTCOMES,
  type Outcome,
  ROUTES,
  type Route,
  STAGES,
  STANDINGS,
  type Stage,
  type Standing,
} from '../schema';
import { RecordReader } from './reader';

/** An issue as the workflow rules see it. `index` is its data row in the Issues table. */
export interface Issue {
  readonly index: number;
  readonly id: string;
  readonly memberId: string;
  readonly branch: string;
  readonly category: string;
  readonly summary: string;
  readonly landlord: string;
  readonly lettingAgent: string;
  readonly propertyAddress: string;
  /** Null when the cell is empty or holds something that is not a stage (see `stageText`). */
  readonly stage: Stage | null;
  readonly stageText: string;
  readonly route: Route | null;
  readonly routeText: string;
  readonly urgent: boolean;
  readonly urgentReason: string;
  readonly noticeServed: Date | null;
  readonly courtHearing: Date | null;
  readonly bailiffDate: Date | null;
  readonly actionDate: Date | null;
  readonly opened: Date | null;
  readonly firstContactOn: Date | null;
  readonly lastActivity: Date | null;
  readonly owner: string;
  readonly signpostedTo: string;
  readonly followUpDate: Date | null;
  readonly outcome: Outcome | null;
  readonly outcomeText: string;
  readonly moneyRecovered: number | null;
  readonly moneyText: string;
  readonly repairsWon: boolean;
  readonly evictionStopped: boolean;
  readonly rentIncreaseWithdrawn: boolean;
  readonly whatWasWon: string;
  readonly whatWeLearned: string;
  readonly closedOn: Date | null;
  readonly created: Date | null;
  readonly updated: Date | null;
  /** Date columns holding text the sheet did not take as a date. */
  readonly textDates: readonly string[];
}

/** The closing columns of an issue (see outcomes.ts). */
function readOutcome(r: RecordReader, record: RecordValues) {
  return {
    outcome: r.choice('Outcome', OUTCOMES),
    outcomeText: r.text('Outcome'),
    moneyRecovered: cellMoney(record['Money recovered']),
    moneyText: r.text('Money recovered'),
    repairsWon: r.bool('Repairs won'),
    evictionStopped: r.bool('Eviction stopped'),
    rentIncreaseWithdrawn: r.bool('Rent increase withdrawn'),
    whatWasWon: cellText(record['What was won']).trim(),
    whatWeLearned: cellText(record['What we learned']).trim(),
  };
}

/** Reads Issues records (blank rows skipped, indexes kept). */
export function parseIssues(records: readonly RecordValues[], timeZone: string): Issue[] {
  return records.flatMap((record, index) => {
    const r = new RecordReader(record, timeZone);
    if (r.text('Issue ID') === '' && r.text('Stage') === '' && r.text('Summary') === '') return [];
    const issue: Omit<Issue, 'textDates'> = {
      index,
      id: r.text('Issue ID'),
      memberId: r.text('Member ID'),
      branch: r.text('Branch'),
      category: r.text('Category'),
      summary: r.text('Summary'),
      landlord: r.text('Landlord'),
      lettingAgent: r.text('Letting agent'),
      propertyAddress: cellText(record['Property address']).trim(),
      stage: r.choice('Stage', STAGES),
      stageText: r.text('Stage'),
      route: r.choice('Route', ROUTES),
      routeText: r.text('Route'),
      urgent: r.bool('Urgent'),
      urgentReason: r.text('Urgent reason'),
      noticeServed: r.date('Notice served'),
      courtHearing: r.date('Court hearing'),
      bailiffDate: r.date('Bailiff date'),
      actionDate: r.date('Action date'),
      opened: r.date('Opened'),
      firstContactOn: r.date('First contact on'),
      lastActivity: r.date('Last activity'),
      owner: r.text('Owner'),
      signpostedTo: r.text('Signposted to'),
      followUpDate: r.date('Follow-up date'),
      ...readOutcome(r, record),
      closedOn: r.date('Closed on'),
      created: r.date('Created'),
      updated: r.date('Updated'),
    };
    return [{ ...issue, textDates: r.textDates }];
  });
}

/** Open means anything but Closed: an unreadable stage counts as open, so nothing slips. */
export function isOpen(issue: Pick<Issue, 'stage'>): boolean {
  return issue.stage !== 'Closed';
}

/** A next step: who does what, by when, for which issue. */
export interface NextStep {
  readonly index: number;
  readonly id: string;
  readonly issueId: string;
  readonly what: string;
  readonly who: string;
  readonly byWhen: Date | null;
  readonly where: string;
  readonly status: NextStepStatus | null;
  readonly statusText: string;
  readonly meetingId: string;
  readonly doneOn: Date | null;
  readonly created: Date | null;
  readonly updated: Date | null;
  readonly textDates: readonly string[];
}

/** Reads Next steps records; a blank Status counts as Open (volunteers often leave it). */
export function parseNextSteps(records: readonly RecordValues[], timeZone: string): NextStep[] {
  return records.flatMap((record, index) => {
    const r = new RecordReader(record, timeZone);
    if (r.text('Issue ID') === '' && r.text('What') === '') return [];
    const step: Omit<NextStep, 'textDates'> = {
      index,
      id: r.text('Next step ID'),
      issueId: r.text('Issue ID'),
      what: cellText(record.What).trim(),
      who: r.text('Who'),
      byWhen: r.date('By when'),
      where: r.text('Where'),
      status: r.text('Status') === '' ? 'Open' : r.choice('Status', NEXT_STEP_STATUSES),
      statusText: r.text('Status'),
      meetingId: r.text('Meeting ID'),
      doneOn: r.date('Done on'),
      created: r.date('Created'),
      updated: r.date('Updated'),
    };
    return [{ ...step, textDates: r.textDates }];
  });
}

/** A member, with only what the workflow needs: no contact details, no notes. */
export interface Member {
  readonly index: number;
  readonly id: string;
  /** First name only, for lists and digests (minimal personal data). */
  readonly firstName: string;
  readonly branch: string;
  readonly standing: Standing | null;
  readonly standingText: string;
  readonly joinedOn: Date | null;
  readonly textDates: readonly string[];
}

/** Reads Members records. */
export function parseMembers(records: readonly RecordValues[], timeZone: string): Member[] {
  return records.flatMap((record, index) => {
    const r = new RecordReader(record, timeZone);
    if (r.text('Member ID') === '' && r.text('Name') === '') return [];
    const member: Omit<Member, 'textDates'> = {
      index,
      id: r.text('Member ID'),
      firstName: r.text('Name').split(' ')[0] ?? '',
      branch: r.text('Branch'),
      standing: r.choice('Membership standing', STANDINGS),
      standingText: r.text('Membership standing'),
      joinedOn: r.date('Joined on'),
    };
    return [{ ...member, textDates: r.textDates }];
  });
}

/** One public-dispute criterion as answered in a decision. */
export interface CriterionAnswer {
  readonly criterion: string;
  /** Null when left blank. */
  readonly answer: boolean | null;
  readonly note: string;
}

/** A stage 3 decision. */
export interface Decision {
  readonly index: number;
  readonly id: string;
  readonly issueId: string;
  readonly route: Route | null;
  readonly routeText: string;
  readonly decidedBy: string;
  readonly decidedOn: Date | null;
  readonly reason: string;
  readonly criteria: readonly CriterionAnswer[];
  readonly overCapacity: boolean;
  readonly overrideReason: string;
  readonly signpostedTo: string;
  readonly followUpDate: Date | null;
  readonly textDates: readonly string[];
}

/** Reads Decisions records. */
export function parseDecisions(records: readonly RecordValues[], timeZone: string): Decision[] {
  return records.flatMap((record, index) => {
    const r = new RecordReader(record, timeZone);
    if (r.text('Issue ID') === '' && r.text('Route') === '') return [];
    const decision: Omit<Decision, 'textDates'> = {
      index,
      id: r.text('Decision ID'),
      issueId: r.text('Issue ID'),
      route: r.choice('Route', ROUTES),
      routeText: r.text('Route'),
      decidedBy: r.text('Decided by'),
      decidedOn: r.date('Decided on'),
      reason: cellText(record.Reason).trim(),
      criteria: DISPUTE_CRITERIA.map((criterion) => ({
        criterion,
        answer: r.yesNo(criterion),
        note: cellText(record[`${criterion}: note`]).trim(),
      })),
      overCapacity: r.bool('Over capacity'),
      overrideReason: cellText(record['Override reason']).trim(),
      signpostedTo: r.text('Signposted to'),
      followUpDate: r.date('Follow-up date'),
    };
    return [{ ...decision, textDates: r.textDates }];
  });
}

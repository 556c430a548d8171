// Entry points for casework: the side panel's server functions, Check data, Capacity and the weekly digest.
import {
  addDisputeAction,
  addPowerTarget,
  addNextStep as addStep,
  closeWithOutcome,
  completeNextStep as completeStep,
  recordDecision as decide,
  logCall as logACall,
  moveStage as moveToStage,
  signpost as signpostTo,
} from '../app/casework/actions';
import { change, view } from '../app/casework/session';
import {
  attentionView,
  capacityRows,
  contactView,
  decisionFormView,
  findIssuesView,
  isoDay,
  issueCardView,
  organisationsView,
} from '../app/casework/views';
import { cellText, isDate } from '../core/cells';
import { DISPUTE_CRITERIA, OUTCOMES, ROUTES, STAGES } from '../core/schema';
import { parseClose } from '../ui/closePayload';
import { parseDisputeAction, parsePowerTarget } from '../ui/disputePayload';
import {
  dayInZone,
  parseAddNextStep,
  parseBranchFilter,
  parseCompleteNextStep,
  parseDecision,
  parseIssueId,
  parseLogCall,
  parseMoveStage,
  parseSearchQuery,
  parseSignpost,
} from '../ui/payloads';
import { actingUser, activeSpreadsheet } from '../workspace/casework';
import { caseworkDeps } from '../workspace/caseworkDeps';

/** Side panel: what the forms need (branches, today, the choices). */
export function sidebarBootstrap() {
  return view(caseworkDeps(), (c, config) => ({
    branches: config.branches.map((b) => b.name),
    today: isoDay(c.now, c.db.timeZone),
    stages: [...STAGES],
    routes: [...ROUTES],
    criteria: [...DISPUTE_CRITERIA],
    outcomes: [...OUTCOMES],
  }));
}

/** Side panel: the needs-attention list in priority order, optionally for one branch. */
export function needsAttention(branch?: unknown) {
  const filter = parseBranchFilter(branch);
  return view(caseworkDeps(), (c, config) => attentionView(c, config.settings, filter));
}

/** Side panel: the Issue ID of the selected row, when the Issues sheet is active. */
export function selectedIssueId(): string | null {
  const spreadsheet = activeSpreadsheet();
  const range = spreadsheet.getActiveRange();
  if (!range) return null;
  return view(caseworkDeps(), (c) => {
    const issues = c.db.table('issues');
    if (range.getSheet().getName() !== issues.sheetName || range.getRow() < 2) return null;
    const index = range.getRow() - 2;
    return index < issues.size ? cellText(issues.value(index, 'Issue ID')) || null : null;
  });
}

export function findIssues(query: unknown) {
  const q = parseSearchQuery(query);
  return view(caseworkDeps(), (c) => findIssuesView(c, q));
}

export function openIssueCard(issueId: unknown) {
  const id = parseIssueId(issueId);
  return view(caseworkDeps(), (c) => issueCardView(c, id));
}

/** Contact details on demand; the viewing is logged. */
export function revealContact(issueId: unknown) {
  const id = parseIssueId(issueId);
  return change(
    caseworkDeps(),
    (c) => c.db.log(id, 'Contact details viewed', `By ${actingUser()}`),
    (c) => contactView(c, id),
  );
}

export function addNextStep(payload: unknown) {
  const p = parseAddNextStep(payload);
  return change(
    caseworkDeps(),
    (c) => addStep(c, { ...p, byWhen: p.byWhen ? dayInZone(p.byWhen, c.db.timeZone) : null }),
    (c) => issueCardView(c, p.issueId),
  );
}

export function completeNextStep(payload: unknown) {
  const p = parseCompleteNextStep(payload);
  return change(
    caseworkDeps(),
    (c) => completeStep(c, p.nextStepId),
    (c, _config, issueId) => issueCardView(c, issueId),
  );
}

export function moveStage(payload: unknown) {
  const p = parseMoveStage(payload);
  return change(
    caseworkDeps(),
    (c) => moveToStage(c, p.issueId, p.stage, p.reason),
    (c) => issueCardView(c, p.issueId),
  );
}

export function logCall(payload: unknown) {
  const p = parseLogCall(payload);
  return change(
    caseworkDeps(),
    (c) => logACall(c, p.issueId, p.note),
    (c) => issueCardView(c, p.issueId),
  );
}

export function signpost(payload: unknown) {
  const p = parseSignpost(payload);
  return change(
    caseworkDeps(),
    (c) =>
      signpostTo(c, p.issueId, p.organisationId, p.followUp ? dayInZone(p.followUp, c.db.timeZone) : null),
    (c) => issueCardView(c, p.issueId),
  );
}

/** Side panel: the signposting directory filtered by the issue's category and the member's area. */
export function organisationsFor(issueId: unknown) {
  const id = parseIssueId(issueId);
  return view(caseworkDeps(), (c) => organisationsView(c, id));
}

export function decisionForm(issueId: unknown) {
  const id = parseIssueId(issueId);
  return view(caseworkDeps(), (c, config) => decisionFormView(c, id, config.branches, config.settings));
}

/** Records a stage 3 decision; over capacity it is refused unless an override reason is given. */
export function recordDecision(payload: unknown) {
  const p = parseDecision(payload);
  return change(
    caseworkDeps(),
    (c, config) =>
      decide(
        c,
        {
          issueId: p.issueId,
          route: p.route,
          decidedBy: p.decidedBy,
          decidedOn: dayInZone(p.decidedOn, c.db.timeZone),
          reason: p.reason,
          criteria: p.criteria,
          // Sending the form after seeing its warnings is the acknowledgement.
          acknowledged: true,
          ...(p.overrideReason ? { overrideReason: p.overrideReason } : {}),
        },
        config.branches,
        config.settings,
      ),
    (_c, _config, result) => ({ ok: true, warnings: result.warnings }),
  );
}

/** Closes an issue with its outcome (won, partly won, ...), what was won and what was learned. */
export function closeIssue(payload: unknown) {
  const p = parseClose(payload);
  return change(
    caseworkDeps(),
    (c) => closeWithOutcome(c, p.issueId, p.draft, p.reason),
    (c) => issueCardView(c, p.issueId),
  );
}

/** Dispute: adds a target (landlord, agent, council, investor...) to the power map. */
export function addPowerMapTarget(payload: unknown) {
  const p = parsePowerTarget(payload);
  const target = {
    Name: p.name,
    Kind: p.kind,
    Role: p.role,
    Influence: p.influence,
    Stance: p.stance,
    Leverage: p.leverage,
  };
  return change(
    caseworkDeps(),
    (c) => addPowerTarget(c, p.issueId, target),
    (_c, _config, id) => id,
  );
}

/** Dispute: records an action (date, type, turnout, result). */
export function recordDisputeAction(payload: unknown) {
  const p = parseDisputeAction(payload);
  return change(
    caseworkDeps(),
    (c) =>
      addDisputeAction(c, p.issueId, {
        Date: dayInZone(p.date, c.db.timeZone),
        Type: p.type,
        Description: p.description,
        Turnout: p.turnout,
        Result: p.result,
      }),
    (_c, _config, id) => id,
  );
}

export function capacityView() {
  return view(caseworkDeps(), (c, config) => capacityRows(c, config.branches, config.settings));
}

/** Meetings for the write-up dialog, newest first. */
export function listMeetings() {
  return view(caseworkDeps(), (c) => {
    const meetings = c.db.table('meetings');
    return Array.from({ length: meetings.size }, (_, i) => meetings.record(i))
      .map((r) => ({
        meetingId: cellText(r['Meeting ID']),
        branch: cellText(r.Branch),
        date: isDate(r.Date) ? isoDay(r.Date, c.db.timeZone) : cellText(r.Date),
      }))
      .filter((m) => m.meetingId)
      .reverse();
  });
}

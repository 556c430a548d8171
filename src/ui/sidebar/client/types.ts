// The shapes the casework entry points send back to the side panel (plain JSON), as the client reads them.

/** sidebarBootstrap(). */
export interface Boot {
  readonly branches: readonly string[];
  /** YYYY-MM-DD in the spreadsheet's time zone. */
  readonly today: string;
  readonly stages: readonly string[];
  readonly routes: readonly string[];
  readonly criteria: readonly string[];
  readonly outcomes: readonly string[];
}

/** One line of needsAttention(). */
export interface AttentionLine {
  readonly kind: string;
  readonly issueId: string;
  readonly memberName: string;
  readonly branch: string;
  readonly detail: string;
}

/** needsAttention(branch?). */
export interface Attention {
  readonly items: readonly AttentionLine[];
  readonly groups: ReadonlyArray<{
    readonly sharedBy: string;
    readonly name: string;
    readonly issueIds: readonly string[];
  }>;
}

/** One result of findIssues(query). */
export interface FoundIssue {
  readonly issueId: string;
  readonly memberName: string;
  readonly summary: string;
  readonly stage: string;
}

/** A next step on the issue card. */
export interface CardNextStep {
  readonly nextStepId: string;
  readonly what: string;
  readonly who: string;
  readonly byWhen: string;
  readonly where: string;
  readonly status: string;
}

/** openIssueCard(issueId) and every quick action's answer. */
export interface IssueCard {
  readonly issue: {
    readonly issueId: string;
    readonly summary: string;
    readonly category: string;
    readonly stage: string;
    readonly route: string;
    readonly branch: string;
    readonly urgent: boolean;
    readonly urgentReason: string;
    readonly opened: string;
    readonly landlord: string;
    readonly lettingAgent: string;
    readonly legalDates: ReadonlyArray<{ readonly label: string; readonly date: string }>;
  };
  readonly member: { readonly memberId: string; readonly name: string; readonly standing: string };
  readonly nextSteps: readonly CardNextStep[];
  readonly activity: ReadonlyArray<{
    readonly when: string;
    readonly who: string;
    readonly action: string;
    readonly details: string;
  }>;
  readonly stages: readonly string[];
}

/** revealContact(issueId). */
export interface Contact {
  readonly email: string;
  readonly phone: string;
  readonly address: string;
  readonly preferred: string;
  readonly safeTimes: string;
}

/** One entry of organisationsFor(issueId). */
export interface Organisation {
  readonly organisationId: string;
  readonly name: string;
  readonly helpsWith: string;
  readonly website: string;
}

/** decisionForm(issueId). */
export interface DecisionForm {
  readonly issueId: string;
  readonly summary: string;
  readonly branch: string;
  readonly capacity: { readonly live: number; readonly limit: number; readonly over: boolean };
  readonly routes: readonly string[];
  readonly criteria: readonly string[];
}

/** One entry of listMeetings(). */
export interface MeetingLine {
  readonly meetingId: string;
  readonly branch: string;
  readonly date: string;
}

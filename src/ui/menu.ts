// The Solidarity Desk menu as data: labels in volunteers' words, each naming an entry point in main.ts.

/** One menu line; `separatorBefore` draws a line above it. */
export interface MenuItem {
  readonly label: string;
  readonly functionName: string;
  readonly separatorBefore?: boolean;
}

/** The menu's title in the spreadsheet's menu bar. */
export const MENU_TITLE = 'Solidarity Desk';

/** Menu items in the order volunteers meet them; only capabilities that exist are listed. */
export const MENU_ITEMS: readonly MenuItem[] = [
  { label: 'Set up Solidarity Desk', functionName: 'setup' },
  { label: 'Create intake form', functionName: 'createIntakeForm' },
  { label: 'Needs attention', functionName: 'showSidebar', separatorBefore: true },
  { label: 'Open selected issue', functionName: 'showIssue' },
  { label: 'Record decision', functionName: 'showDecisionForm' },
  { label: 'Plan meeting (agenda)', functionName: 'showPlanMeetingDialog', separatorBefore: true },
  { label: 'Write up meeting', functionName: 'showWriteUpDialog' },
  { label: 'Import write-up', functionName: 'showWriteUpDialog' },
  { label: 'Draft a demand letter (selected issue)', functionName: 'draftDemandLetter' },
  { label: 'Draft a repair request letter (selected issue)', functionName: 'draftRepairLetter' },
  { label: 'Impact report…', functionName: 'impactReportFromMenu' },
  { label: 'Capacity', functionName: 'showCapacity', separatorBefore: true },
  { label: 'Check data', functionName: 'showCheckData' },
  { label: 'Dashboard (refresh)', functionName: 'showDashboard' },
  { label: 'Erase a member…', functionName: 'eraseMemberFromMenu', separatorBefore: true },
  { label: 'Retention: preview', functionName: 'showRetentionPreview' },
  { label: 'Protect database sheets', functionName: 'showProtectDatabase' },
  { label: 'Check sharing', functionName: 'showSharingCheck' },
  { label: 'Create document templates', functionName: 'createTemplates' },
  {
    label: 'Union roll-up (in the union’s spreadsheet)',
    functionName: 'showUnionRollUp',
    separatorBefore: true,
  },
  { label: 'Settings', functionName: 'showSettings', separatorBefore: true },
  { label: 'Help', functionName: 'showHelp' },
];

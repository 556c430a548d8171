// The Solidarity Desk menu as data: labels in volunteers' words, each naming an entry point in main.ts.

/** One menu line; `separatorBefore` draws a line above it; items sharing a `group` form a submenu. */
export interface MenuItem {
  readonly label: string;
  readonly functionName: string;
  readonly separatorBefore?: boolean;
  readonly group?: string;
}

/** The menu's title in the spreadsheet's menu bar. */
export const MENU_TITLE = 'Solidarity Desk';

const LETTERS = 'Letters and reports';
const PRIVACY = 'Privacy and access';

/** Menu items in the order volunteers meet them; everyday work first, rarer tasks in two submenus. */
export const MENU_ITEMS: readonly MenuItem[] = [
  { label: 'Needs attention', functionName: 'showSidebar' },
  { label: 'Open selected issue', functionName: 'showIssue' },
  { label: 'Record decision', functionName: 'showDecisionForm' },
  { label: 'Plan meeting (agenda)', functionName: 'showPlanMeetingDialog', separatorBefore: true },
  { label: 'Write up meeting', functionName: 'showWriteUpDialog' },
  { label: 'Import write-up', functionName: 'showWriteUpDialog' },
  { label: 'Capacity', functionName: 'showCapacity', separatorBefore: true },
  { label: 'Check data', functionName: 'showCheckData' },
  { label: 'Dashboard', functionName: 'showDashboard' },
  { label: 'Draft a demand letter (selected issue)', functionName: 'draftDemandLetter', group: LETTERS },
  {
    label: 'Draft a repair request letter (selected issue)',
    functionName: 'draftRepairLetter',
    group: LETTERS,
  },
  { label: 'Impact report…', functionName: 'impactReportFromMenu', group: LETTERS },
  { label: 'Create document templates', functionName: 'createTemplates', group: LETTERS },
  { label: 'Union roll-up (in the union’s spreadsheet)', functionName: 'showUnionRollUp', group: LETTERS },
  { label: 'Erase a member…', functionName: 'eraseMemberFromMenu', group: PRIVACY },
  { label: 'Retention: preview', functionName: 'showRetentionPreview', group: PRIVACY },
  { label: 'Protect database sheets', functionName: 'showProtectDatabase', group: PRIVACY },
  { label: 'Check sharing', functionName: 'showSharingCheck', group: PRIVACY },
  { label: 'Set up Solidarity Desk', functionName: 'setup', separatorBefore: true },
  { label: 'Create intake form', functionName: 'createIntakeForm' },
  { label: 'Settings', functionName: 'showSettings' },
  { label: 'Help', functionName: 'showHelp' },
];

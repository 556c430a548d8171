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
  { label: 'Capacity', functionName: 'showCapacity', separatorBefore: true },
  { label: 'Check data', functionName: 'showCheckData' },
  { label: 'Settings', functionName: 'showSettings', separatorBefore: true },
  { label: 'Help', functionName: 'showHelp' },
];

// Adapter for the spreadsheet's own user interface: the menu bar, dialogs and toasts.
import { MENU_ITEMS, MENU_TITLE, type MenuItem } from '../ui/menu';

/** Adds the Solidarity Desk menu to the open spreadsheet's menu bar. */
export function addSolidarityDeskMenu(
  items: readonly MenuItem[] = MENU_ITEMS,
  ui: GoogleAppsScript.Base.Ui = SpreadsheetApp.getUi(),
): void {
  const menu = ui.createMenu(MENU_TITLE);
  const groups = new Map<string, MenuItem[]>();
  for (const item of items) if (item.group) groups.set(item.group, [...(groups.get(item.group) ?? []), item]);
  const placed = new Set<string>();
  for (const item of items) {
    if (item.group) {
      if (placed.has(item.group)) continue;
      placed.add(item.group);
      const sub = ui.createMenu(item.group);
      for (const member of groups.get(item.group) ?? []) sub.addItem(member.label, member.functionName);
      if (placed.size === 1) menu.addSeparator();
      menu.addSubMenu(sub);
      continue;
    }
    if (item.separatorBefore) menu.addSeparator();
    menu.addItem(item.label, item.functionName);
  }
  menu.addToUi();
}

/** Opens a modal dialog with already-safe HTML (built by src/ui, which escapes every value). */
export function showDialog(
  html: string,
  title: string,
  width = 480,
  height = 520,
  ui: GoogleAppsScript.Base.Ui = SpreadsheetApp.getUi(),
): void {
  const output = HtmlService.createHtmlOutput(html).setWidth(width).setHeight(height);
  ui.showModalDialog(output, title);
}

/** Asks a yes/no question with plain text (never HTML); true when the volunteer says yes. */
export function confirm(
  title: string,
  text: string,
  ui: GoogleAppsScript.Base.Ui = SpreadsheetApp.getUi(),
): boolean {
  return ui.alert(title, text, ui.ButtonSet.YES_NO) === ui.Button.YES;
}

/** Tells the volunteer something in a plain-text alert. */
export function tell(
  title: string,
  text: string,
  ui: GoogleAppsScript.Base.Ui = SpreadsheetApp.getUi(),
): void {
  ui.alert(title, text, ui.ButtonSet.OK);
}

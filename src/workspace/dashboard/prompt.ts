// Asking a volunteer for a typed answer (a member id, the confirmation word) in the spreadsheet.

/** The text typed, or null when the volunteer pressed Cancel or closed the box. */
export function ask(
  title: string,
  text: string,
  ui: GoogleAppsScript.Base.Ui = SpreadsheetApp.getUi(),
): string | null {
  const response = ui.prompt(title, text, ui.ButtonSet.OK_CANCEL);
  return response.getSelectedButton() === ui.Button.OK ? response.getResponseText().trim() : null;
}

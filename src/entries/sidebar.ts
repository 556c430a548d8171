// Entry points for the side panel, dialogs and the Workspace add-on homepage (re-exported by src/main.ts).

import { fileAccessCard, type HomepageData, homepageCard } from '../ui/cards/homepage';
import { type AddonEvent, formAnswer, planMeetingCard } from '../ui/cards/meetingCard';
import { parsePlanMeeting } from '../ui/payloads';
import { type Surface, surfacePage } from '../ui/sidebar/page';
import { activeSpreadsheet } from '../workspace/casework';
import { capacityView, needsAttention, sidebarBootstrap } from './casework';
import { planMeeting } from './documents';

type Card = GoogleAppsScript.Card_Service.Card;

/** Opens a surface's page: the HTML is static, the page asks the server for data itself. */
function showSurface(surface: Surface, title: string, dialog: boolean): void {
  const output = HtmlService.createHtmlOutput(surfacePage(surface)).setTitle(title);
  const ui = SpreadsheetApp.getUi();
  if (dialog) ui.showModalDialog(output.setWidth(480).setHeight(600), title);
  else ui.showSidebar(output);
}

/** Menu: Needs attention. Opens the side panel on the list of issues to look at, most pressing first. */
export function showSidebar(): void {
  showSurface('attention', 'Solidarity Desk', false);
}

/** Menu: Open selected issue. Opens the side panel on the issue of the selected row of Issues. */
export function showIssue(): void {
  showSurface('issue', 'Solidarity Desk', false);
}

/** Menu: Record a decision. Opens the side panel's decision form for the selected issue. */
export function showDecisionForm(): void {
  showSurface('decision', 'Solidarity Desk', false);
}

/** Menu: Plan a meeting. */
export function showPlanMeetingDialog(): void {
  showSurface('plan', 'Plan a meeting', true);
}

/** Menu: Write up a meeting (make the write-up document, or read a filled-in one back). */
export function showWriteUpDialog(): void {
  showSurface('writeup', 'Write up a meeting', true);
}

/** The link that opens the spreadsheet on its Issues sheet. */
function issuesLink(): string | null {
  const spreadsheet = activeSpreadsheet();
  const issues = spreadsheet.getSheetByName('Issues');
  return issues ? `${spreadsheet.getUrl()}#gid=${issues.getSheetId()}` : spreadsheet.getUrl();
}

function homepageData(): HomepageData {
  return { attention: needsAttention().items, capacity: capacityView(), issuesLink: issuesLink() };
}

/** Add-on event fields the homepage reads (Sheets says whether the add-on may open this file yet). */
interface HomepageEvent {
  readonly sheets?: { readonly addonHasFileScopePermission?: boolean };
}

/** Add-on homepage trigger: the needs-attention summary, capacity, and the main actions. */
export function onHomepage(event?: HomepageEvent): Card {
  if (event?.sheets?.addonHasFileScopePermission === false) return fileAccessCard();
  return homepageCard(homepageData());
}

/** Add-on trigger: the volunteer let the add-on open this spreadsheet, so the real homepage can show. */
export function onFileScopeGranted(): Card {
  return homepageCard(homepageData());
}

/** Add-on button: asks Google for access to this spreadsheet only (drive.file). */
export function homepageRequestFileAccess(): GoogleAppsScript.Card_Service.EditorFileScopeActionResponse {
  return CardService.newEditorFileScopeActionResponseBuilder().requestFileScopeForActiveDocument().build();
}

/** Add-on button: Refresh. Redraws the homepage with what the sheets say now. */
export function homepageRefresh(): GoogleAppsScript.Card_Service.ActionResponse {
  return CardService.newActionResponseBuilder()
    .setNavigation(CardService.newNavigation().updateCard(homepageCard(homepageData())))
    .build();
}

/** Add-on button: Plan a meeting. Shows the form card. */
export function homepagePlanMeetingCard(): GoogleAppsScript.Card_Service.ActionResponse {
  const boot = sidebarBootstrap();
  return CardService.newActionResponseBuilder()
    .setNavigation(CardService.newNavigation().pushCard(planMeetingCard(boot.branches, boot.today)))
    .build();
}

/** Add-on form: plans the meeting (answers checked like any side-panel payload), then goes back home. */
export function homepagePlanMeeting(event?: AddonEvent): GoogleAppsScript.Card_Service.ActionResponse {
  const request = parsePlanMeeting({
    branch: formAnswer(event, 'branch'),
    date: formAnswer(event, 'date'),
    place: formAnswer(event, 'place') ?? '',
    kind: formAnswer(event, 'kind'),
  });
  planMeeting(request);
  return CardService.newActionResponseBuilder()
    .setNotification(
      CardService.newNotification().setText(`Meeting planned for ${request.branch}, ${request.date}.`),
    )
    .setNavigation(CardService.newNavigation().popToRoot().updateCard(homepageCard(homepageData())))
    .build();
}

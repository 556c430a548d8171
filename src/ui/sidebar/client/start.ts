// Starting a surface, run in the browser: bootstrap data, navigation, and the view the menu item asked for.
import { loadAttention } from './attention';
import { callServer, el, part, say, showView } from './core';
import { openDecision } from './decision';
import type { ClientDocument } from './dom';
import { openIssue, searchIssues } from './issue';
import { loadMeetings, renderPlanMeeting } from './meetings';
import type { Boot } from './types';

declare const document: ClientDocument;
declare const window: { solidarityDesk?: Boot };

/** What sidebarBootstrap() said, kept for the page's lifetime. */
export function bootData(): Boot {
  return (
    window.solidarityDesk ?? { branches: [], today: '', stages: [], routes: [], criteria: [], outcomes: [] }
  );
}

/** Tabs, the branch filter and the search box: wired once, they act on whatever the server sends later. */
export function wireSidebar(): void {
  const tabs = document.querySelectorAll('[data-view-tab]');
  for (let i = 0; i < tabs.length; i += 1) {
    const tab = tabs[i]!;
    tab.addEventListener('click', () => {
      const view = tab.dataset.viewTab ?? 'attention';
      showView(view);
      if (view === 'attention') loadAttention();
    });
  }
  part('attention-branch').addEventListener('change', () => loadAttention());
  part('issue-search').addEventListener('submit', (event) => {
    event.preventDefault();
    searchIssues();
  });
}

/** Fills the branch filter from the Branches sheet. */
export function fillBranches(boot: Boot): void {
  const select = part('attention-branch');
  select.replaceChildren(el('option', { value: '' }, ['All branches']));
  for (const branch of boot.branches) select.append(el('option', { value: branch }, [branch]));
}

/** Opens the issue of the selected row (Issues sheet), or asks the volunteer to pick one. */
export function openSelected(view: string): void {
  callServer('selectedIssueId', [], 'Reading the selected row…', (v) => {
    const issueId = typeof v === 'string' ? v : '';
    if (issueId === '') {
      showView('issue');
      say('Select a row of the Issues sheet, or search for a member or issue.');
      part('issue-query').focus();
    } else if (view === 'decision') openDecision(issueId);
    else openIssue(issueId);
  });
}

/** Runs when the page loads: the body's data-start says which surface the menu item opened. */
export function startSurface(): void {
  const start = document.body.dataset.start ?? 'attention';
  callServer('sidebarBootstrap', [], 'Opening Solidarity Desk…', (v) => {
    window.solidarityDesk = v as Boot;
    if (start === 'plan') return renderPlanMeeting(v as Boot);
    if (start === 'writeup') return loadMeetings();
    wireSidebar();
    fillBranches(v as Boot);
    if (start === 'attention') {
      showView('attention');
      loadAttention();
    } else openSelected(start);
  });
}

// The side panel and dialog pages: static HTML (no member data is ever put into it); the script fills it in.
import { MEETING_KINDS } from '../../core/schema';
import { escapeAttribute, escapeScript, escapeText } from '../escape';
import { clientScript } from './script';
import { STYLES } from './styles';

/** Which surface a page opens on. */
export type Surface = 'attention' | 'issue' | 'decision' | 'plan' | 'writeup';

function head(title: string): string {
  return [
    '<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeText(title)}</title>`,
    `<style>${escapeScript(STYLES)}</style>`,
    '</head>',
  ].join('\n');
}

/** Where progress and errors are said: a polite status line and an alert region. */
const MESSAGES =
  '<p id="status" role="status" aria-live="polite"></p>\n<div id="problem" role="alert" tabindex="-1" hidden></div>';

const SIDEBAR_BODY = `
<nav aria-label="Solidarity Desk">
<button type="button" data-view-tab="attention">Needs attention</button>
<button type="button" data-view-tab="issue">Issue</button>
<button type="button" data-view-tab="decision">Decision</button>
</nav>
${MESSAGES}
<main>
<section data-view-panel="attention" aria-labelledby="attention-heading">
<h1 id="attention-heading" tabindex="-1">Needs attention</h1>
<div class="field"><label for="attention-branch">Branch</label>
<select id="attention-branch"><option value="">All branches</option></select></div>
<div id="attention-list"></div>
<div id="attention-groups"></div>
</section>
<section data-view-panel="issue" aria-labelledby="issue-heading" hidden>
<h1 id="issue-heading" tabindex="-1">Issue</h1>
<form id="issue-search" role="search" aria-label="Find a member or issue">
<label for="issue-query">Find a member or issue</label>
<input id="issue-query" type="search" autocomplete="off" maxlength="200" placeholder="Name, ISS-0012 or words">
<button type="submit">Search</button>
</form>
<div id="issue-results"></div>
<div id="issue-card"></div>
</section>
<section data-view-panel="decision" aria-labelledby="decision-heading" hidden>
<h1 id="decision-heading" tabindex="-1">Record a decision</h1>
<div id="decision-body"><p>Open an issue first, then choose “Record the team’s decision”.</p></div>
</section>
</main>`;

function dialogBody(heading: string): string {
  return `<main><h1 id="dialog-heading" tabindex="-1">${escapeText(heading)}</h1>\n${MESSAGES}\n<div id="dialog-body"></div>\n<div id="dialog-result"></div></main>`;
}

/** The complete page for a surface; the body's data attributes hold fixed words only, escaped. */
export function surfacePage(surface: Surface): string {
  const dialog = surface === 'plan' || surface === 'writeup';
  const title =
    surface === 'plan' ? 'Plan a meeting' : surface === 'writeup' ? 'Write up a meeting' : 'Solidarity Desk';
  const kinds = escapeAttribute(JSON.stringify(MEETING_KINDS));
  return [
    head(title),
    `<body data-start="${escapeAttribute(surface)}" data-meeting-kinds="${kinds}">`,
    dialog ? dialogBody(title) : SIDEBAR_BODY,
    `<script>${clientScript()}</script>`,
    '</body></html>',
  ].join('\n');
}

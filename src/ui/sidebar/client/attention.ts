// The Needs attention view, run in the browser: the list in priority order, filtered by branch.
import { callServer, el, entered, part } from './core';
import type { ClientElement } from './dom';
import { openIssue } from './issue';
import type { Attention, AttentionLine } from './types';

/** Plain words for each kind of attention. */
export function kindLabel(kind: string): string {
  const labels: Record<string, string> = {
    urgent: 'Urgent',
    overdue: 'Next step overdue',
    noNextStep: 'No next step',
    silent: 'Gone quiet',
    notCalledBack: 'Not called back yet',
    followUpDue: 'Follow-up due',
  };
  return labels[kind] ?? kind;
}

/** Asks the server for the list (for the chosen branch) and shows it. */
export function loadAttention(): void {
  const branch = entered('attention-branch');
  callServer('needsAttention', branch === '' ? [] : [branch], 'Finding issues that need attention…', (v) =>
    renderAttention(v as Attention),
  );
}

/** One line of the list: a button that opens the issue. */
export function attentionLine(line: AttentionLine): ClientElement {
  const open = el('button', { type: 'button', class: `item kind-${line.kind}`, 'data-issue': line.issueId }, [
    el('span', { class: 'tag' }, [kindLabel(line.kind)]),
    el('strong', {}, [line.memberName || 'No name']),
    el('span', { class: 'meta' }, [`${line.issueId} · ${line.branch || 'No branch'}`]),
    el('span', { class: 'detail' }, [line.detail]),
  ]);
  open.addEventListener('click', () => openIssue(line.issueId));
  return el('li', {}, [open]);
}

/** Shows the list, or says plainly that nothing is waiting; then the shared-landlord groups. */
export function renderAttention(result: Attention): void {
  const list = part('attention-list');
  if (result.items.length === 0) {
    list.replaceChildren(el('p', {}, ['Nothing needs attention: every open issue has a next step.']));
  } else {
    list.replaceChildren(
      el('p', { class: 'count' }, [`${result.items.length} to look at, most pressing first.`]),
      el('ol', { class: 'items' }, result.items.map(attentionLine)),
    );
  }
  const groups = result.groups.map((g) =>
    el('li', {}, [`${g.name} (same ${g.sharedBy}): `, ...g.issueIds.map((id) => issueLink(id))]),
  );
  part('attention-groups').replaceChildren(
    ...(groups.length === 0 ? [] : [el('h2', {}, ['Members with the same landlord']), el('ul', {}, groups)]),
  );
}

/** A small button naming an issue id, opening it. */
export function issueLink(issueId: string): ClientElement {
  const link = el('button', { type: 'button', class: 'link' }, [issueId]);
  link.addEventListener('click', () => openIssue(issueId));
  return link;
}

// The Issue view, run in the browser: search, the issue card, next steps, the timeline, contact on demand.
import { button, callServer, el, entered, part, showView } from './core';
import type { ClientElement } from './dom';
import { quickActions } from './issueActions';
import type { CardNextStep, Contact, FoundIssue, IssueCard } from './types';

/** Opens an issue's card in the Issue view. */
export function openIssue(issueId: string): void {
  showView('issue');
  callServer('openIssueCard', [issueId], `Opening ${issueId}…`, (v) => renderIssue(v as IssueCard));
}

/** Searches members and issues by name, id or words of the summary. */
export function searchIssues(): void {
  const query = entered('issue-query').trim();
  if (query === '') return;
  callServer('findIssues', [query], 'Searching…', (v) => {
    const found = v as FoundIssue[];
    const lines = found.map((f) => {
      const open = button(`${f.issueId}: ${f.memberName}`, () => openIssue(f.issueId), 'item');
      open.append(el('span', { class: 'detail' }, [`${f.summary} (${f.stage})`]));
      return el('li', {}, [open]);
    });
    part('issue-results').replaceChildren(
      lines.length === 0
        ? el('p', {}, [`No member or issue matches "${query}".`])
        : el('ul', { class: 'items', 'aria-label': 'Search results' }, lines),
    );
  });
}

/** A definition list of label/value pairs, leaving out empty values. */
export function facts(pairs: ReadonlyArray<readonly [string, string]>): ClientElement {
  const list = el('dl', { class: 'facts' });
  for (const [label, value] of pairs)
    if (value !== '') list.append(el('dt', {}, [label]), el('dd', {}, [value]));
  return list;
}

/** The whole card: what the issue is, who it is for, next steps, quick actions and what happened. */
export function renderIssue(card: IssueCard): void {
  const { issue, member } = card;
  part('issue-results').replaceChildren();
  part('issue-card').replaceChildren(
    el('h2', { id: 'issue-title' }, [`${issue.issueId}: ${issue.summary || issue.category || 'Issue'}`]),
    ...(issue.urgent
      ? [el('p', { class: 'urgent' }, [`Urgent${issue.urgentReason ? `: ${issue.urgentReason}` : ''}`])]
      : []),
    facts([
      ['Member', `${member.name} (${member.standing || 'standing not known'})`],
      ['Stage', issue.stage],
      ['Route', issue.route || 'Not decided yet'],
      ['Branch', issue.branch],
      ['Category', issue.category],
      ['Opened', issue.opened],
      ['Landlord', issue.landlord],
      ['Letting agent', issue.lettingAgent],
      ...issue.legalDates.map((d) => [d.label, d.date] as const),
    ]),
    contactBlock(issue.issueId),
    nextStepsBlock(card.nextSteps),
    quickActions(card),
    activityBlock(card),
  );
  part('issue-card').dataset.issue = issue.issueId;
  part('issue-title').setAttribute('tabindex', '-1');
  part('issue-title').focus();
}

/** Contact details stay hidden until asked for; asking is logged, so the button says so. */
export function contactBlock(issueId: string): ClientElement {
  const block = el('div', { id: 'contact', class: 'contact' });
  block.append(
    button('Show contact details (this is logged)', () =>
      callServer('revealContact', [issueId], 'Getting contact details…', (v) => {
        const c = v as Contact;
        block.replaceChildren(
          el('h3', {}, ['Contact details']),
          facts([
            ['Email', c.email],
            ['Phone', c.phone],
            ['Address', c.address],
            ['Prefers', c.preferred],
            ['Safe times', c.safeTimes],
          ]),
        );
      }),
    ),
  );
  return block;
}

/** One next step in words, with a "Mark done" button while it is open. */
export function nextStepLine(step: CardNextStep): ClientElement {
  const when = step.byWhen ? `by ${step.byWhen}` : 'no date';
  const where = step.where ? `, ${step.where}` : '';
  const line = el('li', { class: `step status-${step.status.toLowerCase()}` }, [
    el('span', { class: 'what' }, [step.what]),
    el('span', { class: 'meta' }, [`${step.who || 'No one named'}, ${when}${where} · ${step.status}`]),
  ]);
  if (step.status === 'Open')
    line.append(
      button(`Mark done`, () =>
        callServer('completeNextStep', [{ nextStepId: step.nextStepId }], 'Saving…', (v) =>
          renderIssue(v as IssueCard),
        ),
      ),
    );
  return line;
}

/** The next steps, open ones first as the server sends them. */
export function nextStepsBlock(steps: readonly CardNextStep[]): ClientElement {
  return el('section', { 'aria-labelledby': 'steps-heading' }, [
    el('h3', { id: 'steps-heading' }, ['Next steps']),
    steps.length === 0
      ? el('p', { class: 'warn' }, ['No next step yet: agree who does what, by when.'])
      : el('ul', { class: 'steps' }, steps.map(nextStepLine)),
  ]);
}

/** What happened, newest first. */
export function activityBlock(card: IssueCard): ClientElement {
  const lines = card.activity.map((a) =>
    el('li', {}, [
      el('span', { class: 'meta' }, [`${a.when} · ${a.who}`]),
      el('span', {}, [a.details ? `${a.action}: ${a.details}` : a.action]),
    ]),
  );
  return el('section', { 'aria-labelledby': 'activity-heading' }, [
    el('h3', { id: 'activity-heading' }, ['What has happened']),
    lines.length === 0 ? el('p', {}, ['Nothing recorded yet.']) : el('ol', { class: 'timeline' }, lines),
  ]);
}

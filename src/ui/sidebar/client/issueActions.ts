// Quick actions on the issue card, run in the browser: add a next step, move stage, log a call, signpost, decide.
import { button, callServer, choices, el, entered, field, form, part, safeLink } from './core';
import { openDecision } from './decision';
import type { ClientElement } from './dom';
import { renderIssue } from './issue';
import type { IssueCard, Organisation } from './types';

/** A disclosure (native details/summary: keyboard and screen-reader friendly) holding one action. */
export function disclosure(summary: string, body: ClientElement): ClientElement {
  return el('details', { class: 'action' }, [el('summary', {}, [summary]), body]);
}

/** Saves through a casework entry point and shows the refreshed card it returns. */
export function saveThenShow(fn: string, payload: Readonly<Record<string, unknown>>): void {
  callServer(fn, [payload], 'Saving…', (v) => renderIssue(v as IssueCard));
}

/** The add-next-step form: what, who, by when, where. */
export function addStepForm(issueId: string): ClientElement {
  return form(
    'Add a next step',
    [
      field(
        'step-what',
        'What will be done',
        el('textarea', { rows: '3', required: true, maxlength: '5000' }),
      ),
      field('step-who', 'Who', el('input', { type: 'text', autocomplete: 'off', maxlength: '200' })),
      field('step-when', 'By when', el('input', { type: 'date' })),
      field('step-where', 'Where (optional)', el('input', { type: 'text', maxlength: '500' })),
    ],
    'Add next step',
    () =>
      saveThenShow('addNextStep', {
        issueId,
        what: entered('step-what'),
        who: entered('step-who'),
        byWhen: entered('step-when'),
        where: entered('step-where'),
      }),
  );
}

/** The move-stage form; the reason goes in the Activity log. */
export function moveStageForm(card: IssueCard): ClientElement {
  const { issueId, stage } = card.issue;
  return form(
    'Move to another stage',
    [
      field('stage-to', 'New stage', choices(card.stages, '', stage)),
      field('stage-why', 'Why (for the record)', el('textarea', { rows: '2', maxlength: '5000' })),
    ],
    'Move stage',
    () => saveThenShow('moveStage', { issueId, stage: entered('stage-to'), reason: entered('stage-why') }),
  );
}

/** The log-a-call form. */
export function logCallForm(issueId: string): ClientElement {
  return form(
    'Log a call',
    [field('call-note', 'What was said', el('textarea', { rows: '3', required: true, maxlength: '5000' }))],
    'Log call',
    () => saveThenShow('logCall', { issueId, note: entered('call-note') }),
  );
}

/** Signposting: find organisations in the directory, pick one, and set when to check back. */
export function signpostBlock(issueId: string): ClientElement {
  const block = el('div', { id: 'signpost' });
  block.append(
    button('Find organisations that can help', () =>
      callServer('organisationsFor', [issueId], 'Looking in the directory…', (v) =>
        block.replaceChildren(signpostForm(issueId, v as Organisation[])),
      ),
    ),
  );
  return block;
}

/** The choice of organisation (radio buttons, each with what it helps with and its website). */
export function signpostForm(issueId: string, organisations: readonly Organisation[]): ClientElement {
  if (organisations.length === 0)
    return el('p', {}, ['The directory has no organisation for this. Add one to the Organisations sheet.']);
  const options = organisations.map((o, i) =>
    el('div', { class: 'choice' }, [
      el('input', { type: 'radio', name: 'organisation', id: `org-${i}`, value: o.organisationId }),
      el('label', { for: `org-${i}` }, [o.name, el('span', { class: 'detail' }, [o.helpsWith])]),
      safeLink(o.website, 'Website'),
    ]),
  );
  const chosen = () => part('signpost').querySelector('input[name="organisation"]:checked')?.value ?? '';
  return form(
    'Signpost to an organisation',
    [
      el('fieldset', {}, [el('legend', {}, ['Organisation']), ...options]),
      field('signpost-follow', 'Check back with the member on', el('input', { type: 'date' })),
    ],
    'Signpost',
    () =>
      saveThenShow('signpost', { issueId, organisationId: chosen(), followUp: entered('signpost-follow') }),
  );
}

/** Every quick action for the issue, each folded away until opened. */
export function quickActions(card: IssueCard): ClientElement {
  const { issueId } = card.issue;
  return el('section', { 'aria-labelledby': 'actions-heading', class: 'actions' }, [
    el('h3', { id: 'actions-heading' }, ['Do something']),
    disclosure('Add a next step', addStepForm(issueId)),
    disclosure('Log a call', logCallForm(issueId)),
    disclosure('Move to another stage', moveStageForm(card)),
    disclosure('Signpost to an organisation', signpostBlock(issueId)),
    button('Record the team’s decision', () => openDecision(issueId), 'secondary'),
  ]);
}

// The Decision view, run in the browser: route, criteria for a public dispute, and the capacity warning.
import { callServer, choices, complain, el, entered, field, form, part, showView } from './core';
import type { ClientElement } from './dom';
import { bootData } from './start';
import type { DecisionForm } from './types';

/** Opens the decision form for an issue. */
export function openDecision(issueId: string): void {
  showView('decision');
  callServer('decisionForm', [issueId], `Opening the decision for ${issueId}…`, (v) =>
    renderDecision(v as DecisionForm),
  );
}

/** The branch's load in words, and a warning when one more dispute takes it over its limit. */
export function capacityNote(d: DecisionForm): ClientElement {
  const { live, limit, over } = d.capacity;
  const load = `${d.branch || 'This branch'} has ${live} of ${limit} public disputes.`;
  if (!over && live < limit) return el('p', { id: 'capacity', class: 'note' }, [load]);
  const warning =
    live > limit
      ? 'It is already over its limit.'
      : 'It is full: a public dispute here takes it over its limit.';
  return el('p', { id: 'capacity', class: 'warn', role: 'note' }, [
    `${load} ${warning} Taking one on must be a deliberate choice: say why below.`,
  ]);
}

/** Yes/No radios and a note for one dispute criterion. */
export function criterionField(criterion: string, i: number): ClientElement {
  const radio = (answer: string) =>
    el('label', { class: 'inline' }, [
      el('input', { type: 'radio', name: `crit-${i}`, value: answer, id: `crit-${i}-${answer}` }),
      answer,
    ]);
  return el('fieldset', { class: 'criterion' }, [
    el('legend', {}, [criterion]),
    radio('Yes'),
    radio('No'),
    field(`crit-${i}-note`, 'Note (optional)', el('input', { type: 'text', maxlength: '5000' })),
  ]);
}

/** Shows the criteria only for a public dispute, and the override box when capacity needs one. */
export function updateDecisionFields(d: DecisionForm): void {
  const dispute = entered('decision-route') === 'Public dispute';
  part('criteria').hidden = !dispute;
  const full = d.capacity.over || d.capacity.live >= d.capacity.limit;
  if (dispute && full) part('override').hidden = false;
}

/** The form, built from what the server says about the issue and its branch. */
export function renderDecision(d: DecisionForm): void {
  const boot = bootData();
  const body = part('decision-body');
  body.dataset.issue = d.issueId;
  body.replaceChildren(
    el('h2', {}, [`${d.issueId}: ${d.summary}`]),
    capacityNote(d),
    form(
      'Record a decision',
      [
        field('decision-route', 'Route', choices(d.routes, 'Choose a route…')),
        field(
          'decision-by',
          'Decided by',
          el('input', { type: 'text', required: true, maxlength: '200' }),
          'For example: Member solidarity team',
        ),
        field('decision-on', 'Decided on', el('input', { type: 'date', required: true, value: boot.today })),
        field('decision-reason', 'Reason', el('textarea', { rows: '3', required: true, maxlength: '5000' })),
        el('div', { id: 'criteria', hidden: true }, [
          el('p', {}, ['A public dispute needs all four criteria answered:']),
          ...d.criteria.map(criterionField),
        ]),
        el('div', { id: 'override', hidden: true }, [
          field(
            'decision-override',
            'Why take on this dispute over the limit',
            el('textarea', { rows: '3', maxlength: '5000' }),
          ),
        ]),
      ],
      'Record decision',
      () => submitDecision(d),
    ),
    el('div', { id: 'decision-result' }),
  );
  part('decision-route').addEventListener('change', () => updateDecisionFields(d));
}

/** The answers to the criteria, keyed by criterion, as recordDecision takes them. */
export function criteriaAnswers(d: DecisionForm): Record<string, { answer: string; note: string }> {
  const answers: Record<string, { answer: string; note: string }> = {};
  d.criteria.forEach((criterion, i) => {
    const chosen = part('criteria').querySelector(`input[name="crit-${i}"]:checked`);
    if (chosen) answers[criterion] = { answer: chosen.value, note: entered(`crit-${i}-note`) };
  });
  return answers;
}

/** Sends the decision; an over-capacity refusal opens the override box instead of failing silently. */
export function submitDecision(d: DecisionForm): void {
  const route = entered('decision-route');
  const override = entered('decision-override').trim();
  const payload = {
    issueId: d.issueId,
    route,
    decidedBy: entered('decision-by'),
    decidedOn: entered('decision-on'),
    reason: entered('decision-reason'),
    criteria: route === 'Public dispute' ? criteriaAnswers(d) : {},
    ...(override === '' ? {} : { overrideReason: override }),
  };
  callServer(
    'recordDecision',
    [payload],
    'Recording the decision…',
    (v) => decisionRecorded(v as { warnings?: readonly string[] }),
    (message) => {
      complain(message);
      if (/^Over capacity:/.test(message)) {
        part('override').hidden = false;
        part('decision-override').focus();
      }
    },
  );
}

/** Says the decision is in, with any warnings the team should still read. */
export function decisionRecorded(result: { warnings?: readonly string[] }): void {
  const warnings = result.warnings ?? [];
  part('decision-result').replaceChildren(
    el('p', { class: 'done', role: 'status' }, ['Decision recorded.']),
    ...(warnings.length === 0
      ? []
      : [
          el(
            'ul',
            { class: 'warnings' },
            warnings.map((w) => el('li', {}, [w])),
          ),
        ]),
  );
  part('decision-result').focus?.();
}

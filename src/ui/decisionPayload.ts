// The decision form's payload: route, who, when, why, the four dispute criteria and any capacity override.
import { DISPUTE_CRITERIA, ROUTES, type Route } from '../core/schema';
import { choiceField, dayField, type Fields, fieldsOf, parseId, textField } from './payloadFields';

/** One criterion as answered, in DISPUTE_CRITERIA order; `answer` null when left blank. */
export interface CriterionAnswer {
  readonly criterion: string;
  readonly answer: boolean | null;
  readonly note: string;
}

/** A decision as the team filled it in, checked. */
export interface Decision {
  readonly issueId: string;
  readonly route: Route;
  readonly decidedBy: string;
  /** YYYY-MM-DD. */
  readonly decidedOn: string;
  readonly reason: string;
  /** Always all four criteria, in order (core's CriterionDraft shape). */
  readonly criteria: readonly CriterionAnswer[];
  /** Why the branch takes on a dispute over its limit; null when none was given. */
  readonly overrideReason: string | null;
}

function criterionAnswer(criterion: string, raw: unknown): CriterionAnswer {
  if (raw === undefined || raw === null) return { criterion, answer: null, note: '' };
  const f = fieldsOf(raw, `the answer to "${criterion}"`, ['answer', 'note']);
  const note = textField(f, 'note', { label: `${criterion}: note`, multiline: true });
  if (f.answer === undefined || f.answer === null || f.answer === '')
    return { criterion, answer: null, note };
  const answer = choiceField(f, 'answer', criterion, ['Yes', 'No'] as const);
  return { criterion, answer: answer === 'Yes', note };
}

function criteriaAnswers(raw: unknown): CriterionAnswer[] {
  const given: Fields =
    raw === undefined || raw === null ? {} : fieldsOf(raw, 'the dispute criteria', DISPUTE_CRITERIA);
  return DISPUTE_CRITERIA.map((criterion) => criterionAnswer(criterion, given[criterion]));
}

/** Parses the decision form. Whether the criteria and capacity allow the route is core's to judge. */
export function parseDecision(raw: unknown): Decision {
  const f = fieldsOf(raw, 'a decision', [
    'issueId',
    'route',
    'decidedBy',
    'decidedOn',
    'reason',
    'criteria',
    'overrideReason',
  ]);
  const override = textField(f, 'overrideReason', { label: 'Why take it on anyway', multiline: true });
  return {
    issueId: parseId(f.issueId, 'ISS', 'The issue'),
    route: choiceField(f, 'route', 'Route', ROUTES),
    decidedBy: textField(f, 'decidedBy', { label: 'Decided by', required: true, max: 200 }),
    decidedOn: dayField(f, 'decidedOn', 'Decided on', true)!,
    reason: textField(f, 'reason', { label: 'Reason', required: true, multiline: true }),
    criteria: criteriaAnswers(f.criteria),
    overrideReason: override === '' ? null : override,
  };
}

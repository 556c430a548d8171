// Checks dispute forms from the side panel: a power map target, and an action taken.
import { ACTION_TYPES, INFLUENCE, STANCES, TARGET_KINDS } from '../core/schema';
import { choiceField, dayField, fieldsOf, textField } from './payloadFields';
import { parseIssueId } from './payloads';

/** A person or organisation with power over the dispute. */
export function parsePowerTarget(raw: unknown) {
  const f = fieldsOf(raw, 'a power map target', [
    'issueId',
    'name',
    'kind',
    'role',
    'influence',
    'stance',
    'leverage',
  ]);
  return {
    issueId: parseIssueId(f.issueId),
    name: textField(f, 'name', { label: 'Name', required: true, max: 200 }),
    kind: choiceField(f, 'kind', 'Kind', TARGET_KINDS),
    role: textField(f, 'role', { label: 'Role', max: 500 }),
    influence: choiceField(f, 'influence', 'Influence', INFLUENCE),
    stance: choiceField(f, 'stance', 'Stance', STANCES),
    leverage: textField(f, 'leverage', { label: 'Leverage', multiline: true }),
  };
}

/** A public action in the dispute. */
export function parseDisputeAction(raw: unknown) {
  const f = fieldsOf(raw, 'an action', ['issueId', 'date', 'type', 'description', 'turnout', 'result']);
  const turnout = f.turnout;
  if (
    turnout !== undefined &&
    turnout !== null &&
    turnout !== '' &&
    (typeof turnout !== 'number' || !Number.isInteger(turnout) || turnout < 0)
  ) {
    throw new Error('Turnout must be a whole number of people.');
  }
  return {
    issueId: parseIssueId(f.issueId),
    date: dayField(f, 'date', 'Date', true)!,
    type: choiceField(f, 'type', 'Type', ACTION_TYPES),
    description: textField(f, 'description', { label: 'What happened', multiline: true }),
    turnout: typeof turnout === 'number' ? turnout : null,
    result: textField(f, 'result', { label: 'Result', multiline: true }),
  };
}

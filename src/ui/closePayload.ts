// Checks the close-issue form coming back from the side panel: outcome, what was won, what was learned.
import type { ClosureDraft } from '../core/workflow';
import { parseIssueId } from './payloads';

function text(raw: unknown, label: string, max = 5000): string {
  if (raw === undefined || raw === null) return '';
  if (typeof raw !== 'string') throw new Error(`${label} must be text.`);
  if (raw.length > max) throw new Error(`${label} is too long (at most ${max} characters).`);
  return raw.trim();
}

function flag(raw: unknown, label: string): boolean {
  if (raw === undefined || raw === null) return false;
  if (typeof raw !== 'boolean') throw new Error(`${label} must be yes or no.`);
  return raw;
}

/** The close form, typed; the outcome itself is checked by the workflow rules. */
export function parseClose(raw: unknown): { issueId: string; draft: ClosureDraft; reason: string } {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw))
    throw new Error('Closing an issue needs the close form.');
  const f = raw as Record<string, unknown>;
  const money = f.moneyRecovered;
  if (
    money !== undefined &&
    money !== null &&
    money !== '' &&
    (typeof money !== 'number' || !Number.isFinite(money) || money < 0)
  ) {
    throw new Error('Money recovered must be an amount in pounds, like 2400.');
  }
  return {
    issueId: parseIssueId(f.issueId),
    reason: text(f.reason, 'Why'),
    draft: {
      outcome: text(f.outcome, 'Outcome', 50),
      moneyRecovered: typeof money === 'number' ? money : null,
      repairsWon: flag(f.repairsWon, 'Repairs won'),
      evictionStopped: flag(f.evictionStopped, 'Eviction stopped'),
      rentIncreaseWithdrawn: flag(f.rentIncreaseWithdrawn, 'Rent increase withdrawn'),
      whatWasWon: text(f.whatWasWon, 'What was won'),
      whatWeLearned: text(f.whatWeLearned, 'What we learned'),
    },
  };
}

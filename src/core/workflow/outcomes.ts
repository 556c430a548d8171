// Closing an issue: the outcome, what was won, and what was learned, which the union's reports are built from.
import { cellMoney } from '../cells';
import { OUTCOMES, type Outcome } from '../schema';
import type { Issue } from './model';
import { checkTransition, type IssueChanges, type TransitionContext } from './stages';

/** What the team records when an issue ends. */
export interface ClosureDraft {
  readonly outcome: string;
  /** GBP recovered or paid in compensation: a number, or text like "£2,400". */
  readonly moneyRecovered?: number | string | null;
  readonly repairsWon?: boolean;
  readonly evictionStopped?: boolean;
  readonly rentIncreaseWithdrawn?: boolean;
  readonly whatWasWon?: string;
  readonly whatWeLearned?: string;
}

/** Errors block; warnings are reminders; changes are the Issues columns to write when ok. */
export interface ClosureCheck {
  readonly ok: boolean;
  readonly errors: readonly string[];
  readonly warnings: readonly string[];
  readonly outcome: Outcome | null;
  readonly changes: IssueChanges | null;
}

function parseMoney(value: ClosureDraft['moneyRecovered']): { amount: number | null; error: string | null } {
  if (value === undefined || value === null || value === '') return { amount: null, error: null };
  const amount = cellMoney(value);
  if (amount === null)
    return { amount: null, error: `"${value}" is not an amount of money: write it like 2400 or £2,400.50` };
  if (amount < 0) return { amount: null, error: 'Money recovered cannot be negative' };
  return { amount: Math.round(amount * 100) / 100, error: null };
}

/** Validates what is recorded at closing: an outcome from the list, money as GBP >= 0, the wins. */
export function validateClosure(draft: ClosureDraft): ClosureCheck {
  const errors: string[] = [];
  const warnings: string[] = [];
  const outcome = OUTCOMES.find((o) => o.toLowerCase() === draft.outcome.trim().toLowerCase()) ?? null;
  if (!outcome)
    errors.push(
      draft.outcome.trim() === ''
        ? `Choose an outcome: ${OUTCOMES.join(', ')}`
        : `"${draft.outcome}" is not an outcome: choose ${OUTCOMES.join(', ')}`,
    );
  const money = parseMoney(draft.moneyRecovered);
  if (money.error) errors.push(money.error);
  const wins = Boolean(
    draft.repairsWon || draft.evictionStopped || draft.rentIncreaseWithdrawn || money.amount,
  );
  const won = outcome === 'Won' || outcome === 'Partly won';
  if (won && !wins && !draft.whatWasWon?.trim())
    warnings.push(
      'Record what was won (money, repairs, eviction stopped, rent increase withdrawn): it shows collective action works',
    );
  if (outcome && !won && wins)
    warnings.push(`Something was won but the outcome is "${outcome}": is "Partly won" closer?`);
  if (!draft.whatWeLearned?.trim()) warnings.push('Add a line on what we learned: it helps the next branch');
  if (errors.length > 0 || !outcome) return { ok: false, errors, warnings, outcome, changes: null };
  const changes: IssueChanges = {
    Outcome: outcome,
    'Money recovered': money.amount ?? '',
    'Repairs won': Boolean(draft.repairsWon),
    'Eviction stopped': Boolean(draft.evictionStopped),
    'Rent increase withdrawn': Boolean(draft.rentIncreaseWithdrawn),
    'What was won': draft.whatWasWon?.trim() ?? '',
    'What we learned': draft.whatWeLearned?.trim() ?? '',
  };
  return { ok: true, errors, warnings, outcome, changes };
}

/** Validates the closure and the move to Closed together; changes hold both when both pass. */
export function closeIssue(
  issue: Issue,
  draft: ClosureDraft,
  context: TransitionContext,
): ClosureCheck & { log: string } {
  const closure = validateClosure(draft);
  const move = checkTransition(issue, 'Closed', { ...context, outcome: closure.outcome });
  // validateClosure already explains a missing outcome; don't say it twice.
  const errors = [
    ...closure.errors,
    ...(move.ok ? [] : move.problems.filter((p) => !/has no outcome/.test(p))),
  ];
  if (!closure.ok || !move.ok || errors.length > 0)
    return {
      ok: false,
      errors,
      warnings: closure.warnings,
      outcome: closure.outcome,
      changes: null,
      log: '',
    };
  return {
    ...closure,
    changes: { ...closure.changes, ...move.changes },
    log: `${move.log}; outcome ${closure.outcome}`,
  };
}

// Triage on arrival: what makes an issue urgent, and when it goes straight to the working group.
import { isDate } from '../cells';
import { daysBetween } from '../normalise/dates';

/** What triage needs to know about an issue. */
export interface TriageInput {
  readonly category: string;
  readonly courtHearing: unknown;
  readonly bailiffDate: unknown;
  readonly wantsToResist: boolean;
  readonly description: string;
}

export interface Triage {
  readonly urgent: boolean;
  readonly reason: string;
  /** An eviction the member wants to resist goes straight to the working group (guide, stage 1). */
  readonly toWorkingGroup: boolean;
  /** The nearest legal date, for ordering queues. */
  readonly nearestDate: Date | null;
}

const EMERGENCY =
  /\b(no (heating|heat|hot water|water|electricity|gas)|changed the locks|locked (me )?out|illegal eviction|threaten\w*|violen\w*|unsafe)\b/i;

/** Decides urgency: an eviction or notice, a court/bailiff date within the window, or an emergency in the words. */
export function triage(input: TriageInput, now: Date, windowDays: number, timeZone: string): Triage {
  const dates = [input.courtHearing, input.bailiffDate].filter((d): d is Date => isDate(d));
  const upcoming = dates
    .map((d) => ({ d, days: daysBetween(now, d, timeZone) }))
    .filter((x) => x.days >= 0)
    .sort((a, b) => a.days - b.days);
  const nearest = upcoming[0] ?? null;
  const reasons: string[] = [];
  const eviction = input.category === 'Eviction or notice';
  if (nearest && nearest.days <= windowDays) {
    reasons.push(
      `${nearest.d === input.bailiffDate ? 'bailiff date' : 'court hearing'} in ${nearest.days} day${nearest.days === 1 ? '' : 's'}`,
    );
  }
  if (eviction) reasons.push('eviction or notice');
  const emergency = EMERGENCY.exec(input.description);
  if (emergency) reasons.push(`"${emergency[0]}"`);
  return {
    urgent: reasons.length > 0,
    reason: reasons.join('; '),
    toWorkingGroup: eviction && input.wantsToResist,
    nearestDate: nearest?.d ?? null,
  };
}

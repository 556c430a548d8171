// "Did you mean": the closest known name to a mistyped one, by edit distance on forgiving keys.
import { headerKey } from '../headerKey';

/** Edit distance counting a swap of two neighbouring letters as one edit ("Nmae" is 1 away from "Name"). */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) rows.push([i]);
  for (let j = 1; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = best;
    }
  }
  return rows[a.length]![b.length]!;
}

/** How many edits still count as a typo for a name of this length (short names need a near match). */
function tolerance(length: number): number {
  if (length <= 4) return 1;
  if (length <= 8) return 2;
  return 3;
}

/** The known name closest to `typed`, if it is close enough to be a plausible typo. */
export function closestName(typed: string, known: readonly string[]): string | undefined {
  const key = headerKey(typed);
  let best: { name: string; distance: number } | undefined;
  for (const name of known) {
    const distance = editDistance(key, headerKey(name));
    if (!best || distance < best.distance) best = { name, distance };
  }
  return best && best.distance <= tolerance(key.length) ? best.name : undefined;
}

// Reading the Dashboard sheet back in tests: a section's rows by its title, and figures computed by hand.
import type { LocalWorkspace } from '../../../local';
import { SEED_DECISIONS, SEED_ISSUES, SEED_STEPS, type SeedIssue } from './seed';

type Cell = string | number | boolean | Date;

/** The rows under a section title, up to the next blank row; `columns` skips its column-names row. */
export function section(local: LocalWorkspace, title: string, columns = true): Cell[][] {
  const values = local.boundSpreadsheet().sheetByName('Dashboard')!.values();
  const at = values.findIndex((r) => r[0] === title);
  if (at < 0) throw new Error(`No section "${title}" on the Dashboard`);
  const out: Cell[][] = [];
  for (let i = at + (columns ? 2 : 1); i < values.length && values[i]!.some((v) => v !== ''); i++)
    out.push(values[i]!);
  return out;
}

/** A section of label/number rows as an object. */
export function counts(local: LocalWorkspace, title: string, columns = true): Record<string, Cell> {
  return Object.fromEntries(section(local, title, columns).map((r) => [String(r[0]), r[1]!]));
}

const FROM = '2025-11-21';
const TO = '2026-11-20';
const within = (d?: string): boolean => d !== undefined && d >= FROM && d <= TO;
const gap = (a: string, b: string): number => (Date.parse(b) - Date.parse(a)) / 86400000;

function tally(labels: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const l of labels) out[l] = (out[l] ?? 0) + 1;
  return out;
}

function middle(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** The figures the seed should give for the last twelve months to 20 November 2026, worked out directly. */
export function expectedFigures() {
  const open = SEED_ISSUES.filter((i) => i.stage !== 'Closed');
  const opened = SEED_ISSUES.filter((i) => within(i.opened));
  const closed = SEED_ISSUES.filter((i) => within(i.closed));
  const firstDecision = (id: string): string | undefined =>
    SEED_DECISIONS.filter(([i]) => i === id)
      .map(([, d]) => d)
      .sort()[0];
  const withContact = opened.filter((i): i is SeedIssue & { firstContact: string } => !!i.firstContact);
  return {
    byStage: tally(open.map((i) => i.stage)),
    byRoute: tally(open.map((i) => i.route ?? 'No route yet')),
    byBranch: tally(open.map((i) => i.branch || '(no branch)')),
    urgent: open.filter((i) => i.urgent).map((i) => i.id),
    overdue: SEED_STEPS.filter(
      ([, issue, by, status]) =>
        status === 'Open' && by < TO && SEED_ISSUES.find((i) => i.id === issue)!.stage !== 'Closed',
    ).map(([id, , by]) => [id, gap(by, TO)]),
    disputes: tally(open.filter((i) => i.route === 'Public dispute').map((i) => i.branch)),
    toContact: middle(withContact.map((i) => gap(i.opened, i.firstContact))),
    toDecision: middle(
      withContact.filter((i) => firstDecision(i.id)).map((i) => gap(i.firstContact, firstDecision(i.id)!)),
    ),
    opened: opened.length,
    closed: closed.length,
    wins: closed.filter((i) => i.outcome === 'Won' || i.outcome === 'Partly won').length,
    money: closed.reduce((s, i) => s + (i.money ?? 0), 0),
    repairs: closed.filter((i) => i.repairs).length,
    evictions: closed.filter((i) => i.eviction).length,
    rent: closed.filter((i) => i.rent).length,
    outcomes: tally(closed.map((i) => i.outcome!)),
    categories: tally(opened.map((i) => i.category)),
  };
}

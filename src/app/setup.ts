// Use case: set Solidarity Desk up inside a team's spreadsheet, showing the plan first and keeping everything they had.

import { SCHEMA_VERSION } from '../core/schema';
import { parseSettings, SETTING_SPECS } from '../core/settings';
import { describePlan } from '../core/setup/describe';
import { findMisfits, type Misfit } from '../core/setup/fit';
import { planSetup, type SetupPlan, type SheetSnapshot, type TablePlan } from '../core/setup/plan';
import type { Database, SheetNames } from './ports';
import { type AdoptionPosition, adoptChunk, adoptTables } from './setupMembers';
import { seedExamples } from './setupSeeds';

/** The sheets as setup needs them; implemented over SpreadsheetApp in src/workspace. */
export interface SetupTarget {
  snapshot(): SheetSnapshot[];
  /** Data rows (header excluded) of a sheet. */
  rows(sheetName: string): unknown[][];
  createTable(plan: TablePlan): void;
  addColumns(plan: TablePlan): void;
}

/** What setup will do, in words, plus the values in adopted sheets that do not fit their columns. */
export interface SetupPreview {
  readonly plan: SetupPlan;
  readonly text: string;
  readonly misfits: readonly Misfit[];
}

function settingsRows(target: SetupTarget, snapshot: readonly SheetSnapshot[]): Array<[unknown, unknown]> {
  if (!snapshot.some((s) => s.name === 'Settings')) return [];
  return target.rows('Settings').map((r) => [r[0], r[1]] as [unknown, unknown]);
}

/** Computes the plan without writing anything (the dry run shown before setup). */
export function previewSetup(target: SetupTarget): SetupPreview {
  const snapshot = target.snapshot();
  const settings = parseSettings(settingsRows(target, snapshot));
  const plan = planSetup(snapshot, settings.schemaVersion, settings.sheetNames);
  const misfits: Misfit[] = [];
  for (const t of plan.tables.filter((t) => t.action === 'adopt' && t.map)) {
    misfits.push(...findMisfits(target.rows(t.sheetName), t.map!, t.spec, t.sheetHeader));
  }
  let text = describePlan(plan);
  if (misfits.length > 0) {
    const shown = misfits
      .slice(0, 15)
      .map((m) => `  row ${m.row}, "${m.column}": "${m.value}" is ${m.problem}`);
    const more =
      misfits.length > 15 ? [`  ...and ${misfits.length - 15} more, listed in the Activity log.`] : [];
    text += `\n\nThese values don't fit and are kept exactly as they are; you may want to fix them:\n${[...shown, ...more].join('\n')}`;
  }
  return { plan, text, misfits };
}

export interface SetupResult extends SetupPreview {
  readonly applied: boolean;
  readonly membersCreated: number;
  /** Where adopting the issues sheet carries on in the background; null when it is all done. */
  readonly adoptionLeft: AdoptionPosition | null;
  /** Rows of the issues sheet in all (to say how far the background adoption has to go). */
  readonly issueRows: number;
}

/** How setup adopts a big issues sheet: a first chunk at once, the rest carried on as a long job. */
export interface AdoptionRun {
  readonly chunkSize: number;
  /** Records where adoption stands, under the lock, so a continuation carries it on. */
  readonly remember: (position: AdoptionPosition) => void;
}

const AT_ONCE: AdoptionRun = { chunkSize: Number.POSITIVE_INFINITY, remember: () => {} };

/**
 * Applies the plan: new sheets, added columns, adopted data given ids (the issues sheet's first chunk),
 * examples, settings. Idempotent. A bigger issues sheet is remembered as to adopt from its first row
 * before anything is committed, then from where the first chunk ended, so no crash can leave rows behind.
 */
export function applySetup(
  target: SetupTarget,
  openDatabase: (names: SheetNames) => Database,
  adoption: AdoptionRun = AT_ONCE,
): SetupResult {
  const preview = previewSetup(target);
  const { plan } = preview;
  if (plan.nothingToDo)
    return { ...preview, applied: false, membersCreated: 0, adoptionLeft: null, issueRows: 0 };
  for (const t of plan.tables) {
    if (t.action === 'create') target.createTable(t);
    else if (t.addColumns.length > 0) target.addColumns(t);
  }
  const db = openDatabase(Object.fromEntries(plan.tables.map((t) => [t.spec.name, t.sheetName])));
  const created = new Set(plan.tables.filter((t) => t.action === 'create').map((t) => t.spec.name));
  const start = adoptTables(db, plan);
  const rows = start?.header ? target.rows(start.names.issues ?? 'Issues') : [];
  const first = start ? adoptChunk(db, rows, start, adoption.chunkSize) : null;
  if (start && first && !first.done) adoption.remember(start);
  seedExamples(db, created);
  writeSettings(db, plan, created.has('settings'));
  for (const m of preview.misfits)
    db.log(`${m.row}`, 'Value kept as found', `${m.column}: "${m.value}" is ${m.problem}`);
  db.log('Setup', `Set up (schema version ${SCHEMA_VERSION})`, describePlan(plan));
  db.commit();
  const adoptionLeft = first && !first.done ? first.position : null;
  if (adoptionLeft) adoption.remember(adoptionLeft);
  return {
    ...preview,
    applied: true,
    membersCreated: first?.membersCreated ?? 0,
    adoptionLeft,
    issueRows: first?.total ?? 0,
  };
}

function writeSettings(db: Database, plan: SetupPlan, fresh: boolean): void {
  const settings = db.table('settings');
  const upsert = (key: string, value: unknown, note: string): void => {
    const found = settings.where('Setting', (v) => String(v).trim() === key)[0];
    if (found === undefined) settings.append({ Setting: key, Value: value, 'What it does': note });
    else settings.update(found, { Value: value });
  };
  if (fresh) for (const s of SETTING_SPECS) if (s.key !== 'Schema version') upsert(s.key, s.value, s.note);
  for (const t of plan.tables.filter((t) => t.action === 'adopt')) {
    upsert(
      `Sheet for ${t.spec.sheetName}`,
      t.sheetName,
      `Your "${t.sheetName}" sheet holds the ${t.spec.sheetName} table.`,
    );
  }
  upsert('Schema version', SCHEMA_VERSION, 'Set by Solidarity Desk. Do not edit.');
}

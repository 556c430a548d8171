// Plans setup on any spreadsheet: which tables to create, which of the team's sheets to adopt, which columns to add.

import { headerKey } from '../headerKey';
import {
  type ColumnSpec,
  fitScore,
  type HeaderMap,
  mapHeaders,
  SCHEMA_VERSION,
  TABLES,
  type TableSpec,
} from '../schema';

/** What setup sees of one existing sheet: its name, header row and size. */
export interface SheetSnapshot {
  readonly name: string;
  readonly header: readonly unknown[];
  readonly lastRow: number;
  readonly lastColumn: number;
}

/** What setup will do for one table. */
export interface TablePlan {
  readonly spec: TableSpec;
  /** create: new sheet; adopt: a team sheet becomes this table; repair: add missing columns; ok: nothing. */
  readonly action: 'create' | 'adopt' | 'repair' | 'ok';
  readonly sheetName: string;
  readonly map: HeaderMap | null;
  /** Columns to add at the right-hand end of the sheet (never moving the team's columns). */
  readonly addColumns: readonly ColumnSpec[];
  /** Data rows already in the sheet. */
  readonly rows: number;
  /** The sheet's header row as found. */
  readonly sheetHeader: readonly string[];
}

export interface SetupPlan {
  readonly tables: readonly TablePlan[];
  /** The schema version found (0 = never set up) and the one setup brings. */
  readonly fromVersion: number;
  readonly toVersion: number;
  /** Sheets left exactly as they are. */
  readonly untouched: readonly string[];
  readonly nothingToDo: boolean;
}

/** A sheet fits a table well enough to adopt it when this share of the table's columns is found. */
const ADOPT_THRESHOLD = 0.25;

function adoptionCandidate(
  spec: TableSpec,
  sheets: readonly SheetSnapshot[],
  claimed: Set<string>,
): SheetSnapshot | null {
  const aliases = new Set((spec.sheetAliases ?? []).map(headerKey));
  let best: { sheet: SheetSnapshot; score: number } | null = null;
  for (const sheet of sheets) {
    if (claimed.has(sheet.name)) continue;
    const score = fitScore(sheet.header, spec) + (aliases.has(headerKey(sheet.name)) ? 0.25 : 0);
    if (
      score >= ADOPT_THRESHOLD + (aliases.has(headerKey(sheet.name)) ? 0 : 0.15) &&
      (!best || score > best.score)
    ) {
      best = { sheet, score };
    }
  }
  return best?.sheet ?? null;
}

function planTable(spec: TableSpec, sheet: SheetSnapshot, action: 'adopt' | 'repair'): TablePlan {
  const map = mapHeaders(sheet.header, spec);
  const addColumns = map.missing;
  const rows = Math.max(sheet.lastRow - 1, 0);
  const finalAction = action === 'repair' && addColumns.length === 0 ? 'ok' : action;
  const sheetHeader = sheet.header.map((h) => String(h ?? ''));
  return { spec, action: finalAction, sheetName: sheet.name, map, addColumns, rows, sheetHeader };
}

/**
 * Decides, for every table, whether to create its sheet, adopt a team sheet that looks like it
 * (by name and headers), or add missing columns; `adopted` are adoptions the team already confirmed.
 */
export function planSetup(
  sheets: readonly SheetSnapshot[],
  fromVersion: number,
  adopted: Readonly<Record<string, string>> = {},
): SetupPlan {
  const byName = new Map(sheets.map((s) => [s.name, s]));
  const claimed = new Set<string>();
  const tables: TablePlan[] = [];
  for (const spec of TABLES) {
    const own = byName.get(adopted[spec.name] ?? spec.sheetName);
    if (own) {
      claimed.add(own.name);
      tables.push(planTable(spec, own, 'repair'));
    }
  }
  for (const spec of TABLES) {
    if (tables.some((t) => t.spec === spec)) continue;
    const candidate = spec.name === 'settings' ? null : adoptionCandidate(spec, sheets, claimed);
    if (candidate && byName.get(candidate.name)!.lastRow > 0) {
      claimed.add(candidate.name);
      tables.push(planTable(spec, candidate, 'adopt'));
    } else {
      const header: string[] = [];
      tables.push({
        spec,
        action: 'create',
        sheetName: spec.sheetName,
        map: null,
        addColumns: spec.columns,
        rows: 0,
        sheetHeader: header,
      });
    }
  }
  tables.sort((a, b) => TABLES.indexOf(a.spec) - TABLES.indexOf(b.spec));
  const untouched = sheets.map((s) => s.name).filter((n) => !claimed.has(n));
  const nothingToDo = fromVersion === SCHEMA_VERSION && tables.every((t) => t.action === 'ok');
  return { tables, fromVersion, toVersion: SCHEMA_VERSION, untouched, nothingToDo };
}

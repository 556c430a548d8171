// Adoption: gives every existing record an id, and turns the people in a team's case sheet into Members.
import { cellText } from '../core/cells';
import { contactKey } from '../core/normalise/contact';
import { cleanLine } from '../core/normalise/text';
import { type HeaderMap, idColumnOf, MEMBERS, mapHeaders } from '../core/schema';
import type { SetupPlan } from '../core/setup/plan';
import type { ChunkedJob } from './longJobs';
import type { Database, SheetNames, Table } from './ports';

/** Rows of a team's issues sheet adopted per chunk: a 5,000-row sheet in one go, a bigger one in the background. */
export const ADOPTION_CHUNK = 5000;

/** Where adopting the issues sheet got to, with what carrying on needs once setup's plan is gone. */
export interface AdoptionPosition {
  /** The next data row (0-based) of the issues sheet. */
  readonly row: number;
  /** Table name -> sheet name, as setup laid them out. */
  readonly names: SheetNames;
  /** The team's header row as setup found it (it adds its columns after it); null: no people to adopt. */
  readonly header: readonly string[] | null;
}

/** Fills empty ids of non-empty rows `from` to `to` (new id columns start empty). */
function fillIds(table: Table, from = 0, to = table.size): void {
  const idColumn = idColumnOf(table.spec);
  if (!idColumn || !table.spec.idPrefix) return;
  for (let i = from; i < to; i++) {
    if (String(table.value(i, idColumn.header)).trim() !== '') continue;
    const record = table.record(i);
    if (Object.values(record).every((v) => v === '')) continue;
    table.update(i, { [idColumn.header]: table.allocateId() });
  }
}

/** Who a row of an adopted case sheet is about, from its member-like columns. */
function personIn(row: readonly unknown[], map: HeaderMap): Record<string, string> | null {
  const get = (h: string): string => {
    const i = map.columns.get(h);
    return i === undefined ? '' : cleanLine(cellText(row[i]));
  };
  const person = {
    Name: get('Name'),
    Email: get('Email'),
    Phone: get('Phone'),
    Postcode: get('Postcode'),
    Address: get('Address'),
  };
  return person.Name || person.Email || person.Phone ? person : null;
}

function keysOf(person: Record<string, string>): string[] {
  const { Email: email = '', Phone: phone = '', Name: name = '' } = person;
  const keys: string[] = [];
  if (email) keys.push(`e:${contactKey('email', email)}`);
  if (phone) keys.push(`p:${contactKey('phone', phone)}`);
  if (!email && !phone && name) keys.push(`n:${name.toLowerCase()}`);
  return keys;
}

/**
 * Setup's own part of adoption, at once: ids for every adopted or repaired table but Issues. Returns
 * where adopting the issues sheet starts, or null when there is no such sheet.
 */
export function adoptTables(db: Database, plan: SetupPlan): AdoptionPosition | null {
  for (const t of plan.tables)
    if ((t.action === 'adopt' || t.action === 'repair') && t.spec.name !== 'issues')
      fillIds(db.table(t.spec.name));
  const issuesPlan = plan.tables.find(
    (t) => t.spec.name === 'issues' && (t.action === 'adopt' || t.action === 'repair'),
  );
  if (!issuesPlan) return null;
  const names = Object.fromEntries(plan.tables.map((t) => [t.spec.name, t.sheetName])) as SheetNames;
  return { row: 0, names, header: issuesPlan.action === 'adopt' ? [...issuesPlan.sheetHeader] : null };
}

/** What one chunk of adoption did. */
export interface AdoptionChunk {
  readonly position: AdoptionPosition;
  readonly done: boolean;
  readonly membersCreated: number;
  /** Rows adopted by this chunk. */
  readonly rows: number;
  /** Rows of the issues sheet in all. */
  readonly total: number;
}

/** The people already known, by contact key: Members, then the issue rows before `upTo` as adopted. */
function knownPeople(
  members: Table,
  issues: Table,
  rows: readonly unknown[][],
  map: HeaderMap,
  upTo: number,
) {
  const known = new Map<string, string>();
  for (let i = 0; i < members.size; i++) {
    const r = members.record(i);
    const keys = keysOf({ Email: cellText(r.Email), Phone: cellText(r.Phone), Name: cellText(r.Name) });
    for (const key of keys) known.set(key, cellText(r['Member ID']));
  }
  // As one pass would have it: each adopted row's keys point to its member (a second email, say).
  for (let i = 0; i < Math.min(upTo, rows.length, issues.size); i++) {
    const id = cellText(issues.value(i, 'Member ID'));
    const person = id ? personIn(rows[i]!, map) : null;
    if (person) for (const key of keysOf(person)) known.set(key, id);
  }
  return known;
}

/**
 * Adopts `size` rows of the issues sheet from `position`: their Issue IDs, and (for a team's case sheet
 * with people in it) one Members row per person, matched by email, then phone, then name, and the
 * issue's Member ID. The team's own cells are not changed. Run again, it skips rows already given ids,
 * and finds members created by a run stopped before its Issues write by their contact details.
 */
export function adoptChunk(
  db: Database,
  rows: readonly unknown[][],
  position: AdoptionPosition,
  size: number,
): AdoptionChunk {
  const issues = db.table('issues');
  const start = Math.min(position.row, issues.size);
  const end = Math.min(start + size, issues.size);
  fillIds(issues, start, end);
  const created = position.header ? adoptPeople(db, rows, position, start, end) : 0;
  const done = end >= issues.size;
  return {
    position: { ...position, row: end },
    done,
    membersCreated: created,
    rows: end - start,
    total: issues.size,
  };
}

function adoptPeople(
  db: Database,
  rows: readonly unknown[][],
  position: AdoptionPosition,
  start: number,
  end: number,
): number {
  const issues = db.table('issues');
  const members = db.table('members');
  const map = mapHeaders(position.header ?? [], MEMBERS);
  const known = knownPeople(members, issues, rows, map, start);
  let created = 0;
  for (let i = start; i < Math.min(end, rows.length); i++) {
    if (cellText(issues.value(i, 'Member ID')) !== '') continue;
    const person = personIn(rows[i]!, map);
    if (!person) continue;
    const keys = keysOf(person);
    let id = keys.map((k) => known.get(k)).find((v) => v);
    if (!id) {
      id = members.append({ ...person, 'Membership standing': 'Member' });
      created++;
    }
    for (const k of keys) known.set(k, id);
    issues.update(i, { 'Member ID': id });
  }
  if (created > 0) {
    const sheet = issues.sheetName;
    const where =
      start === 0 && end >= issues.size ? `"${sheet}"` : `rows ${start + 2} to ${end + 1} of "${sheet}"`;
    db.log('Members', 'Members created from adopted sheet', `${created} people found in ${where}.`);
  }
  return created;
}

/** What carrying adoption on needs from the workspace. */
export interface AdoptionDeps {
  readonly openDatabase: (names: SheetNames) => Database;
  /** Data rows (header excluded) of a sheet. */
  readonly rows: (sheetName: string) => unknown[][];
}

/** The adoption job: members created and rows adopted in this execution, and how far it has got. */
export interface AdoptionJob extends ChunkedJob<AdoptionPosition> {
  readonly created: { members: number; rows: number; reached: number; total: number };
}

function isNames(value: unknown): value is SheetNames {
  return (
    value !== null &&
    typeof value === 'object' &&
    Object.values(value as Record<string, unknown>).every((v) => typeof v === 'string')
  );
}

function parsePosition(value: unknown): AdoptionPosition | null {
  if (value === null || typeof value !== 'object') return null;
  const p = value as Record<string, unknown>;
  const header =
    p.header === null
      ? null
      : Array.isArray(p.header) && p.header.every((h) => typeof h === 'string')
        ? p.header
        : undefined;
  if (
    typeof p.row !== 'number' ||
    !Number.isInteger(p.row) ||
    p.row < 0 ||
    !isNames(p.names) ||
    header === undefined
  )
    return null;
  return { row: p.row, names: p.names, header: header as string[] | null };
}

/** Adopting a big sheet after setup, chunk by chunk, each committed under the lock. */
export function adoptionJob(deps: AdoptionDeps, chunkSize = ADOPTION_CHUNK): AdoptionJob {
  const created = { members: 0, rows: 0, reached: 0, total: 0 };
  return {
    name: 'adoption',
    chunkSize,
    created,
    parse: parsePosition,
    start: (saved) => (saved && !saved.done ? saved.position : null),
    chunk(position, size) {
      const db = deps.openDatabase(position.names);
      const sheet = position.names.issues ?? 'Issues';
      const rows = position.header ? deps.rows(sheet) : [];
      const result = adoptChunk(db, rows, position, size);
      db.commit();
      created.members += result.membersCreated;
      created.rows += result.rows;
      created.reached = result.position.row;
      created.total = result.total;
      return { position: result.position, done: result.done };
    },
  };
}

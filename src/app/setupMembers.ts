// Adoption: gives every existing record an id, and turns the people in a team's case sheet into Members.
import { cellText } from '../core/cells';
import { contactKey } from '../core/normalise/contact';
import { cleanLine } from '../core/normalise/text';
import { idColumnOf, MEMBERS, mapHeaders } from '../core/schema';
import type { SetupPlan } from '../core/setup/plan';
import type { Database, Table } from './ports';
import type { SetupTarget } from './setup';

/** Fills empty ids of non-empty rows in adopted or repaired tables (new id columns start empty). */
function fillIds(table: Table): void {
  const idColumn = idColumnOf(table.spec);
  if (!idColumn || !table.spec.idPrefix) return;
  const size = table.size;
  for (let i = 0; i < size; i++) {
    if (String(table.value(i, idColumn.header)).trim() !== '') continue;
    const record = table.record(i);
    if (Object.values(record).every((v) => v === '')) continue;
    table.update(i, { [idColumn.header]: table.allocateId() });
  }
}

/** Who a row of an adopted case sheet is about, from its member-like columns. */
function personIn(row: readonly unknown[], header: readonly string[]): Record<string, string> | null {
  const map = mapHeaders(header, MEMBERS);
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

/**
 * For an adopted issues sheet with people in it: one Members row per person (matched by email, then
 * phone, then name) and the issue's Member ID filled in. The team's own cells are not changed.
 */
export function adoptMembers(db: Database, plan: SetupPlan, target: SetupTarget): number {
  for (const t of plan.tables)
    if (t.action === 'adopt' || t.action === 'repair') fillIds(db.table(t.spec.name));
  const issuesPlan = plan.tables.find((t) => t.spec.name === 'issues' && t.action === 'adopt');
  if (!issuesPlan) return 0;
  const issues = db.table('issues');
  const members = db.table('members');
  const known = new Map<string, string>();
  for (let i = 0; i < members.size; i++) {
    const r = members.record(i);
    for (const key of keysOf(cellText(r.Email), cellText(r.Phone), cellText(r.Name)))
      known.set(key, cellText(r['Member ID']));
  }
  const rows = target.rows(issuesPlan.sheetName);
  let created = 0;
  rows.forEach((row, i) => {
    if (i >= issues.size || cellText(issues.value(i, 'Member ID')) !== '') return;
    const person = personIn(row, issuesPlan.sheetHeader);
    if (!person) return;
    const keys = keysOf(person.Email ?? '', person.Phone ?? '', person.Name ?? '');
    let id = keys.map((k) => known.get(k)).find((v) => v);
    if (!id) {
      id = members.append({ ...person, 'Membership standing': 'Member' });
      created++;
    }
    for (const k of keys) known.set(k, id);
    issues.update(i, { 'Member ID': id });
  });
  if (created > 0)
    db.log(
      'Members',
      'Members created from adopted sheet',
      `${created} people found in "${issuesPlan.sheetName}".`,
    );
  return created;
}

function keysOf(email: string, phone: string, name: string): string[] {
  const keys: string[] = [];
  if (email) keys.push(`e:${contactKey('email', email)}`);
  if (phone) keys.push(`p:${contactKey('phone', phone)}`);
  if (!email && !phone && name) keys.push(`n:${name.toLowerCase()}`);
  return keys;
}

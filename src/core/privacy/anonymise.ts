// Plans erasure and retention: every cell that names a member, found in one snapshot, as a list of changes.
import { type CellValue, cellBoolean, cellText, type RecordValues } from '../cells';
import { type ColumnSpec, type ColumnType, type TableName, type TableSpec, tableSpec } from '../schema';
import {
  ERASED,
  identifiersOf,
  type MemberIdentifiers,
  responseIsTheirs,
  rowHasContact,
  scrubOwnText,
  scrubText,
} from './identifiers';

/** Every table's records as read once, and the linked "Form responses" sheets (header row first). */
export interface Snapshot {
  readonly tables: Partial<Record<TableName, readonly RecordValues[]>>;
  readonly responseSheets: ReadonlyArray<{
    readonly sheetName: string;
    readonly rows: readonly (readonly CellValue[])[];
  }>;
}

/** New values for some columns of one data row. */
export interface RowChange {
  readonly table: TableName;
  readonly index: number;
  readonly changes: Readonly<Record<string, CellValue>>;
}

/** A "Form responses" row to blank (1-based sheet row). */
export interface ResponseRow {
  readonly sheetName: string;
  readonly row: number;
}

/** Everything an erasure or a retention run will change. Nothing is written while planning. */
export interface AnonymisationPlan {
  readonly changes: readonly RowChange[];
  readonly responseRows: readonly ResponseRow[];
  /** Generated Docs about the member: Drive cannot be searched with our scopes, so a volunteer reviews them. */
  readonly docLinks: readonly string[];
}

/** What to anonymise: whole members (with all their issues and every mention), or single closed issues. */
export interface AnonymisationRequest {
  readonly memberIds: readonly string[];
  readonly issueIds?: readonly string[];
  /** Name left on an anonymised Members row, e.g. "Erased member". */
  readonly memberLabel: string;
  /** Put in place of an issue's description. */
  readonly textLabel: string;
}

const TEXT_TYPES: ReadonlySet<ColumnType> = new Set([
  'text',
  'longText',
  'email',
  'phone',
  'postcode',
  'url',
]);
/** Columns that say who a row's own person is (or where they live): a namesake's or flatmate's stay theirs. */
const IDENTITY_COLUMNS: ReadonlySet<string> = new Set([
  'Name',
  'Email',
  'Phone',
  'Address',
  'Postcode',
  'Property address',
]);
/** Tables never scrubbed: settings are the team's, not members'. */
const SKIPPED: ReadonlySet<TableName> = new Set(['settings']);
const URL = /https?:\/\/[^\s,;]+/g;

function same(a: CellValue, b: CellValue, type: ColumnType): boolean {
  return type === 'boolean' ? cellBoolean(a) === cellBoolean(b) : cellText(a) === cellText(b);
}

/** Collects changes for one row, keeping only real differences (so re-running plans nothing). */
class RowEdit {
  readonly changes: Record<string, CellValue> = {};

  constructor(
    private readonly spec: TableSpec,
    private readonly record: RecordValues,
  ) {}

  set(header: string, value: CellValue, known?: ColumnSpec): void {
    const column = known ?? this.spec.columns.find((c) => c.header === header);
    if (!column || !(header in this.record)) return;
    if (!same(this.record[header] ?? '', value, column.type)) this.changes[header] = value;
    // A later rule may put back what the cell already holds (Name: cleared, then "Erased member").
    else delete this.changes[header];
  }

  /** Scrubs every free-text column not already changed. */
  scrub(scrub: (text: string, column: ColumnSpec) => string): void {
    for (const column of this.spec.columns) {
      if (!TEXT_TYPES.has(column.type) || column.header in this.changes) continue;
      const text = cellText(this.record[column.header] ?? '');
      if (text !== '') this.set(column.header, scrub(text, column), column);
    }
  }
}

function memberRow(edit: RowEdit, spec: TableSpec, label: string): void {
  for (const column of spec.columns) if (column.personal) edit.set(column.header, '');
  edit.set('Name', label);
  edit.set('Consent to publicity', false);
  edit.set('Consent to contact', false);
}

function issueRow(edit: RowEdit, spec: TableSpec, record: RecordValues, label: string): string[] {
  for (const column of spec.columns) if (column.personal || column.sensitive) edit.set(column.header, '');
  if (cellText(record.Description ?? '') !== '') edit.set('Description', label);
  const links = cellText(record.Documents ?? '').match(URL) ?? [];
  // Only the links stay: titles of generated Docs often carry the member's name.
  edit.set('Documents', links.join('\n'));
  return links;
}

function mailRow(edit: RowEdit, record: RecordValues, ids: MemberIdentifiers): void {
  const to = cellText(record.To ?? '').toLowerCase();
  if (ids.email === '' || !to.split(',').some((a) => a.trim() === ids.email)) return;
  edit.set('To', '');
  edit.set('Body', '');
  // A waiting email to someone who asked to be erased must never go out.
  if (cellText(record.Status ?? '') !== 'Sent') edit.set('Status', 'Cancelled: member erased');
}

interface Targets {
  /** Member id -> identifiers, for members anonymised whole. */
  readonly members: ReadonlyMap<string, MemberIdentifiers>;
  /** Issue id -> identifiers of its member, for every issue anonymised (whole members' and listed ones). */
  readonly issues: ReadonlyMap<string, MemberIdentifiers>;
  /** Member and issue ids of whole members being anonymised -> that member. */
  readonly byId: ReadonlyMap<string, MemberIdentifiers>;
}

const NOBODY: MemberIdentifiers = { name: '', email: '', phoneDigits: '', addresses: [], postcode: '' };

function findTargets(snapshot: Snapshot, request: AnonymisationRequest): Targets {
  const members = snapshot.tables.members ?? [];
  const issues = snapshot.tables.issues ?? [];
  const whole = new Set(request.memberIds);
  const listed = new Set(request.issueIds ?? []);
  const memberOf = (r: RecordValues): string => cellText(r['Member ID'] ?? '').trim();
  // Property addresses by member, gathered in one pass: filtering every issue for every member was quadratic.
  const addressesByMember = new Map<string, string[]>();
  for (const r of issues) {
    const address = cellText(r['Property address'] ?? '');
    const list = addressesByMember.get(memberOf(r));
    if (list) list.push(address);
    else addressesByMember.set(memberOf(r), [address]);
  }
  const addressesOf = (id: string): string[] => addressesByMember.get(id) ?? [];
  const idsOf = new Map<string, MemberIdentifiers>();
  for (const r of members) {
    const id = memberOf(r);
    if (id !== '' && !idsOf.has(id)) idsOf.set(id, identifiersOf(r, addressesOf(id)));
  }
  const targetMembers = new Map([...whole].map((id) => [id, idsOf.get(id) ?? NOBODY]));
  const targetIssues = new Map<string, MemberIdentifiers>();
  for (const r of issues) {
    const issueId = cellText(r['Issue ID'] ?? '').trim();
    if (issueId !== '' && (whole.has(memberOf(r)) || listed.has(issueId)))
      targetIssues.set(issueId, idsOf.get(memberOf(r)) ?? NOBODY);
  }
  // Ids that tie a row to a whole member being anonymised: their member id and their issues' ids.
  const byId = new Map<string, MemberIdentifiers>();
  for (const [id, ids] of targetMembers) byId.set(id, ids);
  for (const r of issues) {
    const issueId = cellText(r['Issue ID'] ?? '').trim();
    const owner = targetMembers.get(memberOf(r));
    if (issueId !== '' && owner) byId.set(issueId, owner);
  }
  return { members: targetMembers, issues: targetIssues, byId };
}

/**
 * The whole members a row is about: it carries one of their ids (member or issue id, e.g. a next step's
 * Issue ID or a log line's Record) or their email or phone. Only in those rows are identity columns (Name,
 * Address, ...) scrubbed: elsewhere an identity column holding the same name is a namesake's.
 */
function membersOfRow(record: RecordValues, targets: Targets): Set<MemberIdentifiers> {
  const linked = new Set<MemberIdentifiers>();
  const cells = Object.values(record);
  for (const cell of cells) {
    const owner = targets.byId.get(cellText(cell).trim());
    if (owner) linked.add(owner);
  }
  for (const ids of targets.members.values())
    if (!linked.has(ids) && rowHasContact(cells, ids)) linked.add(ids);
  return linked;
}

/** The member (or issue) a row belongs to, when it is one being anonymised. */
function ownerOf(table: TableName, record: RecordValues, targets: Targets): MemberIdentifiers | undefined {
  const text = (h: string): string => cellText(record[h] ?? '').trim();
  if (table === 'members') return targets.members.get(text('Member ID'));
  if (table === 'issues') return targets.issues.get(text('Issue ID'));
  if (table === 'intakeReview') return targets.issues.get(text('Filed as'));
  return undefined;
}

function planRow(table: TableName, record: RecordValues, targets: Targets, request: AnonymisationRequest) {
  const spec = tableSpec(table);
  const edit = new RowEdit(spec, record);
  const own = ownerOf(table, record, targets);
  let links: string[] = [];
  if (own && table === 'members') memberRow(edit, spec, request.memberLabel);
  if (own && table === 'issues') links = issueRow(edit, spec, record, request.textLabel);
  if (own && table === 'intakeReview') edit.set('Answers', '');
  if (table === 'mailQueue') for (const ids of targets.members.values()) mailRow(edit, record, ids);
  const linked = membersOfRow(record, targets);
  edit.scrub((text, column) => {
    let out = own ? scrubOwnText(text, own) : text;
    // Mentions in free text go everywhere; another person's own details (a namesake's Name, a flatmate's
    // Address) are theirs, and stay unless the row is tied to the member being anonymised.
    for (const ids of targets.members.values())
      if (linked.has(ids) || !IDENTITY_COLUMNS.has(column.header)) out = scrubText(out, ids);
    return out;
  });
  return { changes: edit.changes, links };
}

/**
 * Plans the anonymisation of whole members (their Members row, their issues' personal fields, their
 * intake answers, emails to them, their form responses, every mention of their name, email, phone or address
 * in free text, and in the identity columns of rows tied to them by an id or their email or phone; a
 * namesake's own Name stays) and of single listed issues. Outcome columns are never touched, so totals stay the same.
 */
export function planAnonymisation(snapshot: Snapshot, request: AnonymisationRequest): AnonymisationPlan {
  const targets = findTargets(snapshot, request);
  const changes: RowChange[] = [];
  const docLinks: string[] = [];
  for (const [name, records] of Object.entries(snapshot.tables) as Array<
    [TableName, readonly RecordValues[]]
  >) {
    if (SKIPPED.has(name)) continue;
    records.forEach((record, index) => {
      const row = planRow(name, record, targets, request);
      docLinks.push(...row.links);
      if (Object.keys(row.changes).length > 0) changes.push({ table: name, index, changes: row.changes });
    });
  }
  const responseRows: ResponseRow[] = [];
  for (const sheet of snapshot.responseSheets)
    sheet.rows.forEach((row, i) => {
      if (i === 0 || row.every((c) => cellText(c) === '')) return;
      if ([...targets.members.values()].some((ids) => responseIsTheirs(row, ids)))
        responseRows.push({ sheetName: sheet.sheetName, row: i + 1 });
    });
  return { changes, responseRows, docLinks: [...new Set(docLinks)] };
}

/** The words put in place of a description: exported so previews can say what will happen. */
export const ERASED_TEXT = ERASED;

// Same landlord, same building: names and addresses reduced to keys so open issues that share one are grouped.
import { type Issue, isOpen } from './model';

/** Answers that mean "don't know": never a shared landlord. */
const UNKNOWN =
  /^(|n ?a|none|unknown|not known|dont know|do not know|not sure|tbc|tbd|private|private landlord|landlord|agent|na)$/;
/** Company endings that do not tell two landlords apart, removed from the end repeatedly. */
const SUFFIX =
  /\s+(ltd|limited|llp|plc|inc|and co|co|company|uk|group|lettings?|letting agents?|estate agents?|property management)$/;

function plain(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’.]/g, '');
}

/**
 * The key two landlord or agent names are matched by: "Foxtons Ltd", "FOXTONS" and "Foxtons Limited" all
 * give "foxtons"; "The Smith & Co Lettings" gives "smith". Empty for blanks and "don't know".
 */
export function landlordKey(name: string): string {
  let key = plain(name)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/^the\s+/, '');
  if (UNKNOWN.test(key)) return '';
  const whole = key;
  for (let before = ''; before !== key; ) {
    before = key;
    key = key.replace(SUFFIX, '');
  }
  return key === '' ? whole : key;
}

const STREET_WORDS: Readonly<Record<string, string>> = {
  rd: 'road',
  ave: 'avenue',
  av: 'avenue',
  ln: 'lane',
  gdns: 'gardens',
  ct: 'court',
  pl: 'place',
  sq: 'square',
  cres: 'crescent',
  dr: 'drive',
  ter: 'terrace',
  terr: 'terrace',
  gr: 'grove',
  pk: 'park',
  cl: 'close',
  hse: 'house',
  bldg: 'building',
  est: 'estate',
  saint: 'st',
};
const POSTCODE = /\b([a-z]{1,2}\d[a-z\d]?)\s*(\d[a-z]{2})\b/;
/** Flat or floor designators at the start of an address part: "Flat 3", "Apt 2B", "First floor flat", "3A". */
const FLAT =
  /^(?:(?:flat|apartment|apt|unit|room|studio|maisonette|suite)\s*[a-z]?\d*[a-z]?\b|(?:ground|lower ground|first|second|third|top|basement|upper)\s+floor(?:\s+flat)?|\d+[a-z]?(?=\s*(?:,|\/|$|\s+\d)))\s*[,/-]?\s*/;

function streetWord(word: string, i: number, words: readonly string[]): string {
  // "St" is Street at the end ("High St") and Saint elsewhere ("St John's Road").
  if (word === 'st') return i === words.length - 1 ? 'street' : 'st';
  return STREET_WORDS[word] ?? word;
}

/** The building an address is in: flat numbers dropped, street words spelled out, postcode kept. */
export interface BuildingKey {
  /** "12 acacia road", or the building's name when there is no number. */
  readonly street: string;
  /** "N16 7AB", or "" when the address has none. */
  readonly postcode: string;
}

/** Splits an address into its building key. */
export function buildingOf(address: string): BuildingKey {
  let text = plain(address).replace(/\n/g, ', ');
  const code = POSTCODE.exec(text);
  const postcode = code ? `${code[1]!.toUpperCase()} ${code[2]!.toUpperCase()}` : '';
  if (code) text = text.replace(code[0], ' ');
  text = text
    .replace(/[^a-z0-9,/ -]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  for (let before = ''; before !== text; ) {
    before = text;
    text = text.replace(FLAT, '').replace(/^[\s,/-]+/, '');
  }
  const parts = text
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p !== '');
  const numbered = parts.findIndex((p) => /^\d+[a-z]?\b/.test(p));
  const chosen = numbered >= 0 ? (parts[numbered] ?? '') : parts.slice(0, 2).join(' ');
  const words = chosen
    .replace(/^(\d+)[a-z]?\b/, '$1')
    .replace(/[-/]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  return { street: words.map((w, i) => streetWord(w, i, words)).join(' '), postcode };
}

/** One text key for a building: "12 acacia road N16 7AB" (or without postcode when none is given). */
export function addressKey(address: string): string {
  const b = buildingOf(address);
  return [b.street, b.postcode].filter(Boolean).join(' ');
}

/** Two or more open issues with something in common: the seed of a collective dispute. */
export interface LandlordGroup {
  readonly kind: 'landlord' | 'letting agent' | 'landlord or agent' | 'building';
  /** The shared name as most often written ("Foxtons Ltd"), or the building's street and postcode. */
  readonly name: string;
  readonly key: string;
  readonly issueIds: readonly string[];
  readonly branches: readonly string[];
}

interface Entry {
  readonly issue: Issue;
  readonly key: string;
  readonly shown: string;
  readonly field: 'landlord' | 'agent' | 'building';
}

function mostCommon(values: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? '';
}

function toGroup(
  entries: readonly Entry[],
  kindOf: (fields: Set<string>) => LandlordGroup['kind'],
): LandlordGroup {
  const ids = [...new Set(entries.map((e) => e.issue.id))];
  return {
    kind: kindOf(new Set(entries.map((e) => e.field))),
    name: mostCommon(entries.map((e) => e.shown)),
    key: entries[0]!.key,
    issueIds: ids,
    branches: [...new Set(entries.map((e) => e.issue.branch).filter(Boolean))],
  };
}

function groupBy(entries: readonly Entry[]): Entry[][] {
  // Pushed in place: copying the group for each entry made a landlord with thousands of issues quadratic.
  const byKey = new Map<string, Entry[]>();
  for (const e of entries) {
    const group = byKey.get(e.key);
    if (group) group.push(e);
    else byKey.set(e.key, [e]);
  }
  return [...byKey.values()].filter((g) => new Set(g.map((e) => e.issue.id)).size >= 2);
}

function nameEntries(issues: readonly Issue[]): Entry[] {
  return issues
    .flatMap((issue) => [
      { issue, key: landlordKey(issue.landlord), shown: issue.landlord, field: 'landlord' as const },
      { issue, key: landlordKey(issue.lettingAgent), shown: issue.lettingAgent, field: 'agent' as const },
    ])
    .filter((e) => e.key !== '');
}

/** A street key that names a building: a house number or a building word, not just a town. */
const BUILDING = /\d|\b(house|court|building|estate|tower|mansions|lodge|block|point|heights|apartments)\b/;

/**
 * Buildings: same street key, and the same postcode where both give one; an address without a postcode
 * joins its street's group only when that street has a single postcode among the issues.
 */
function buildingEntries(issues: readonly Issue[]): Entry[] {
  const buildings = issues
    .map((issue) => ({ issue, b: buildingOf(issue.propertyAddress) }))
    .filter((x) => x.b.street !== '' && BUILDING.test(x.b.street));
  // Each street's postcodes, gathered once rather than by scanning every building for every building.
  const codesOf = new Map<string, Set<string>>();
  for (const { b } of buildings) {
    if (!b.postcode) continue;
    const codes = codesOf.get(b.street);
    if (codes) codes.add(b.postcode);
    else codesOf.set(b.street, new Set([b.postcode]));
  }
  return buildings.map(({ issue, b }) => {
    const codes = codesOf.get(b.street) ?? new Set<string>();
    const postcode = b.postcode || (codes.size === 1 ? [...codes][0]! : '');
    const key = `${b.street}|${postcode}`;
    return { issue, key, shown: [b.street, postcode].filter(Boolean).join(', '), field: 'building' as const };
  });
}

/** Groups of 2+ open issues sharing a landlord or letting agent (one namespace: a member may call the agent their landlord) or a building. */
export function sharedLandlordGroups(issues: readonly Issue[]): LandlordGroup[] {
  const open = issues.filter((i) => isOpen(i) && i.id !== '');
  const byName = groupBy(nameEntries(open)).map((g) =>
    toGroup(g, (f) => (f.size > 1 ? 'landlord or agent' : f.has('agent') ? 'letting agent' : 'landlord')),
  );
  const byBuilding = groupBy(buildingEntries(open)).map((g) => toGroup(g, () => 'building'));
  return [...byName, ...byBuilding].sort(
    (a, b) => b.issueIds.length - a.issueIds.length || a.name.localeCompare(b.name),
  );
}

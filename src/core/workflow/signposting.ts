// The signposting directory: which outside organisations can help with an issue's category in its area.
import { cellText, type RecordValues } from '../cells';
import { postcodeParts } from '../normalise/contact';
import { cleanLine } from '../normalise/text';

/** An organisation members can be signposted to. */
export interface Organisation {
  readonly index: number;
  readonly id: string;
  readonly name: string;
  /** Categories as written, e.g. "Eviction or notice", "Debt and money". */
  readonly helpsWith: readonly string[];
  /** Upper-case postcode areas or districts; empty or "ALL" means everywhere. */
  readonly areas: readonly string[];
  readonly phone: string;
  readonly email: string;
  readonly website: string;
}

function list(value: unknown): string[] {
  return cellText(value)
    .split(/[,;\n]+/)
    .map((s) => cleanLine(s))
    .filter((s) => s !== '');
}

/** Reads Organisations records. */
export function parseOrganisations(records: readonly RecordValues[]): Organisation[] {
  return records.flatMap((r, index) => {
    const name = cleanLine(cellText(r.Name));
    if (name === '') return [];
    return [
      {
        index,
        id: cleanLine(cellText(r['Organisation ID'])),
        name,
        helpsWith: list(r['Helps with']),
        areas: list(r.Areas).map((a) => a.toUpperCase()),
        phone: cleanLine(cellText(r.Phone)),
        email: cleanLine(cellText(r.Email)),
        website: cleanLine(cellText(r.Website)),
      },
    ];
  });
}

function coversArea(org: Organisation, postcode: string): boolean {
  if (org.areas.length === 0 || org.areas.includes('ALL')) return true;
  const parts = postcodeParts(postcode);
  if (!parts) return false;
  return org.areas.includes(parts.district) || org.areas.includes(parts.area);
}

/**
 * Organisations to offer when signposting: those helping with the category (any, when the category is
 * blank or "Other") and covering the member's postcode (everywhere-organisations always). Local ones first.
 */
export function organisationsFor(
  organisations: readonly Organisation[],
  category: string,
  postcode: string,
): Organisation[] {
  const wanted = category.trim().toLowerCase();
  const helps = (org: Organisation): boolean =>
    wanted === '' || wanted === 'other' || org.helpsWith.some((h) => h.toLowerCase() === wanted);
  const local = (org: Organisation): number => (org.areas.length === 0 || org.areas.includes('ALL') ? 1 : 0);
  return organisations
    .filter((org) => helps(org) && coversArea(org, postcode))
    .sort((a, b) => local(a) - local(b) || a.name.localeCompare(b.name));
}

/** The organisation an id or name refers to (ids first, then names ignoring case), or null. */
export function findOrganisation(
  organisations: readonly Organisation[],
  idOrName: string,
): Organisation | null {
  const key = cleanLine(idOrName).toLowerCase();
  if (key === '') return null;
  return (
    organisations.find((o) => o.id.toLowerCase() === key) ??
    organisations.find((o) => o.name.toLowerCase() === key) ??
    null
  );
}

// Branches and the postcodes they cover: which branch a new contact belongs to.
import { cellText, isDate, type RecordValues } from './cells';
import { postcodeParts } from './normalise/contact';

/** A branch as the product uses it. */
export interface Branch {
  readonly id: string;
  readonly name: string;
  /** Upper-case coverage entries: areas ("N"), districts ("N16") or sectors ("N16 7"). */
  readonly covers: readonly string[];
  readonly disputeLimit: number | null;
  readonly teamEmail: string;
  readonly nextMeeting: Date | null;
  readonly meetingPlace: string;
  readonly meetingPattern: string;
  /** The branch's own Drive folder for documents (a link), or ''. */
  readonly documentsFolder: string;
}

/** Reads Branches rows; entries are split on commas, semicolons or new lines. */
export function parseBranches(records: readonly RecordValues[]): Branch[] {
  return records
    .filter((r) => cellText(r.Name).trim() !== '')
    .map((r) => {
      const limit =
        typeof r['Dispute limit'] === 'number' ? r['Dispute limit'] : Number(cellText(r['Dispute limit']));
      return {
        id: cellText(r['Branch ID']),
        name: cellText(r.Name).trim(),
        covers: cellText(r['Postcode areas'])
          .split(/[,;\n]+/)
          .map((s) => s.trim().toUpperCase().replace(/\s+/g, ' '))
          .filter((s) => s !== ''),
        disputeLimit: cellText(r['Dispute limit']).trim() !== '' && Number.isFinite(limit) ? limit : null,
        teamEmail: cellText(r['Team email']).trim(),
        nextMeeting: isDate(r['Next meeting']) ? r['Next meeting'] : null,
        meetingPlace: cellText(r['Meeting place']).trim(),
        meetingPattern: cellText(r['Meeting pattern']).trim(),
        documentsFolder: cellText(r['Documents folder']).trim(),
      };
    });
}

/** How specific a coverage entry's match is for a postcode: sector 3, district 2, area 1, none 0. */
function matchLevel(entry: string, postcode: string): number {
  const parts = postcodeParts(postcode);
  if (!parts) return 0;
  const sector = postcode.slice(0, postcode.indexOf(' ') + 2);
  if (entry === sector) return 3;
  if (entry === parts.district) return 2;
  if (entry === parts.area) return 1;
  return 0;
}

/** The branch covering a normalised postcode (most specific entry wins), or null: the no-branch queue. */
export function branchFor(postcode: string, branches: readonly Branch[]): Branch | null {
  let best: { branch: Branch; level: number } | null = null;
  for (const branch of branches) {
    for (const entry of branch.covers) {
      const level = matchLevel(entry, postcode);
      if (level > 0 && (!best || level > best.level)) best = { branch, level };
    }
  }
  return best?.branch ?? null;
}

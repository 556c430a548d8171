// Drive folders for documents: "Solidarity Desk", its templates folder and one folder per branch, made on first use.
import type { DocumentFolder } from '../../app/documents/ports';
import type { DocumentRegistry } from './registry';

type Folder = GoogleAppsScript.Drive.Folder;

/** A Drive folder's link, from its id (the form Drive itself gives). */
export function folderUrl(id: string): string {
  return `https://drive.google.com/drive/folders/${id}`;
}

/** The folder name everything Solidarity Desk makes lives under. */
export const ROOT_FOLDER_NAME = 'Solidarity Desk';
/** The subfolder holding the templates teams restyle. */
export const TEMPLATES_FOLDER_NAME = 'Solidarity Desk templates';

/** The folder id in a Drive folder link ("…/folders/<id>", "?id=<id>"), or the text when it already is an id. */
export function folderIdFromUrl(urlOrId: string): string | null {
  const text = urlOrId.trim();
  const match = /\/folders\/([\w-]{10,})/.exec(text) ?? /[?&]id=([\w-]{10,})/.exec(text);
  if (match) return match[1]!;
  return /^[\w-]{10,}$/.test(text) ? text : null;
}

/**
 * Finds or makes the folders. New folders are made inside the Solidarity Desk folder, next to the templates
 * folder, so they inherit its sharing; nothing here ever widens sharing (no setSharing, no addEditor).
 * Folders are fetched once per execution and kept, so a document costs one folder look-up.
 */
export class SolidarityDeskFolders {
  private readonly open = new Map<string, Folder>();

  constructor(private readonly registry: DocumentRegistry) {}

  /** A folder already fetched in this execution (copying and PDF export reuse it). */
  byId(id: string): Folder {
    const open = this.open.get(id);
    if (open) return open;
    const folder = DriveApp.getFolderById(id);
    this.open.set(id, folder);
    return folder;
  }

  root(): Folder {
    return this.recordedOrMade('root', () => DriveApp.createFolder(ROOT_FOLDER_NAME));
  }

  templates(): Folder {
    return this.recordedOrMade('templates', () => this.root().createFolder(TEMPLATES_FOLDER_NAME));
  }

  /** The branch's folder: the Branches sheet's link when given, else "Solidarity Desk/<branch>". */
  forBranch(branch: string, overrideUrl: string): DocumentFolder {
    const id = overrideUrl ? this.override(branch, overrideUrl) : this.branchFolder(branch);
    return { id, url: folderUrl(id) };
  }

  /** The branch folder's id (a recorded folder's id is known without asking Drive for it). */
  private branchFolder(branch: string): string {
    const role = `branch:${branch}`;
    const id = this.registry.folderId(role);
    if (id && this.usable(id)) return id;
    const made = this.root().createFolder(branch);
    const madeId = made.getId();
    this.open.set(madeId, made);
    this.registry.recordFolder(role, madeId);
    return madeId;
  }

  private override(branch: string, url: string): string {
    const id = folderIdFromUrl(url);
    if (id && this.usable(id)) return id;
    throw new Error(
      `The Documents folder of ${branch} in the Branches sheet (${url}) cannot be opened. Check the link and ` +
        'that you can open the folder, or clear the cell to use the Solidarity Desk folder.',
    );
  }

  /** The recorded folder if it is still there (not deleted, not in the bin), else a new one, recorded. */
  private recordedOrMade(role: string, make: () => Folder): Folder {
    const id = this.registry.folderId(role);
    const found = id ? this.usable(id) : null;
    if (found) return found;
    const made = this.remember(make());
    this.registry.recordFolder(role, made.getId());
    return made;
  }

  private usable(id: string): Folder | null {
    try {
      const folder = this.byId(id);
      return folder.isTrashed() ? null : folder;
    } catch {
      // Deleted for good, or no longer shared with this volunteer: treated as missing.
      return null;
    }
  }

  private remember(folder: Folder): Folder {
    this.open.set(folder.getId(), folder);
    return folder;
  }
}

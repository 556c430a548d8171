// DriveApp: the root of the Drive service for one execution.
import { GasException, signatureError } from '../runtime/errors';
import { entryFor, File, Folder } from './files';
import { FileIterator, FolderIterator } from './iterators';
import { FOLDER_MIME } from './mime';
import type { DriveItem, DriveStore } from './store';

/** Apps Script's DriveApp. */
export class DriveApp {
  readonly Access = {
    ANYONE: 'ANYONE',
    ANYONE_WITH_LINK: 'ANYONE_WITH_LINK',
    DOMAIN: 'DOMAIN',
    DOMAIN_WITH_LINK: 'DOMAIN_WITH_LINK',
    PRIVATE: 'PRIVATE',
  };
  readonly Permission = {
    VIEW: 'VIEW',
    EDIT: 'EDIT',
    COMMENT: 'COMMENT',
    OWNER: 'OWNER',
    ORGANIZER: 'ORGANIZER',
    FILE_ORGANIZER: 'FILE_ORGANIZER',
    NONE: 'NONE',
  };

  constructor(private readonly store: DriveStore) {}

  private root(): Folder {
    return new Folder(this.store, this.store.require(this.store.rootId));
  }

  private live(filter: (item: DriveItem) => boolean): DriveItem[] {
    return [...this.store.items.values()].filter(
      (i) => !i.trashed && i.id !== this.store.rootId && filter(i),
    );
  }

  getRootFolder(): Folder {
    return this.root();
  }

  /** Trashed files are still returned by id (isTrashed() tells). */
  getFileById(id: string): File {
    if (typeof id !== 'string') throw signatureError([id], 'DriveApp.getFileById');
    const item = this.store.require(id);
    if (item.mimeType === FOLDER_MIME) throw new GasException('Invalid argument: id');
    return new File(this.store, item);
  }

  getFolderById(id: string): Folder {
    if (typeof id !== 'string') throw signatureError([id], 'DriveApp.getFolderById');
    const item = this.store.require(id);
    if (item.mimeType !== FOLDER_MIME) throw new GasException('Invalid argument: id');
    return new Folder(this.store, item);
  }

  getFileByIdAndResourceKey(id: string): File {
    return this.getFileById(id);
  }

  createFolder(name: string): Folder {
    return this.root().createFolder(name);
  }

  createFile(blobOrName: unknown, content?: unknown, mimeType?: unknown): File {
    return this.root().createFile(blobOrName, content, mimeType);
  }

  getFiles(): FileIterator<File> {
    return new FileIterator(this.live((i) => i.mimeType !== FOLDER_MIME).map((i) => new File(this.store, i)));
  }

  getFolders(): FolderIterator<Folder> {
    return new FolderIterator(
      this.live((i) => i.mimeType === FOLDER_MIME).map((i) => new Folder(this.store, i)),
    );
  }

  getFilesByName(name: string): FileIterator<File> {
    const items = this.live((i) => i.mimeType !== FOLDER_MIME && i.name === name);
    return new FileIterator(items.map((i) => new File(this.store, i)));
  }

  getFoldersByName(name: string): FolderIterator<Folder> {
    const items = this.live((i) => i.mimeType === FOLDER_MIME && i.name === name);
    return new FolderIterator(items.map((i) => new Folder(this.store, i)));
  }

  getFilesByType(mimeType: string): FileIterator<File> {
    const items = this.live((i) => i.mimeType === mimeType);
    return new FileIterator(items.map((i) => new File(this.store, i)));
  }

  getTrashedFiles(): FileIterator<File> {
    const items = [...this.store.items.values()].filter((i) => i.trashed && i.mimeType !== FOLDER_MIME);
    return new FileIterator(items.map((i) => new File(this.store, i)));
  }

  /** Any item by id, as the right class (for other fakes). */
  entry(id: string): File | Folder {
    return entryFor(this.store, this.store.require(id));
  }
}

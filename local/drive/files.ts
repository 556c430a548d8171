// File and Folder: Drive items as DriveApp hands them to the bundle.
import { GasException, signatureError } from '../runtime/errors';
import { Blob } from './blob';
import { DriveEntry } from './entries';
import { FileIterator, FolderIterator } from './iterators';
import { convertedName, FOLDER_MIME } from './mime';
import type { DriveItem, DriveStore } from './store';

const DOC_URL_KINDS: Record<string, string> = {
  'application/vnd.google-apps.document': 'document',
  'application/vnd.google-apps.spreadsheet': 'spreadsheets',
  'application/vnd.google-apps.form': 'forms',
  'application/vnd.google-apps.presentation': 'presentation',
};

/** The URL Drive reports for an item of this type. */
export function urlFor(item: DriveItem): string {
  if (item.mimeType === FOLDER_MIME) return `https://drive.google.com/drive/folders/${item.id}`;
  const kind = DOC_URL_KINDS[item.mimeType];
  if (kind) return `https://docs.google.com/${kind}/d/${item.id}/edit?usp=drivesdk`;
  return `https://drive.google.com/file/d/${item.id}/view?usp=drivesdk`;
}

/** Wraps an index entry as the right class. */
export function entryFor(store: DriveStore, item: DriveItem): File | Folder {
  return item.mimeType === FOLDER_MIME ? new Folder(store, item) : new File(store, item);
}

abstract class Entry extends DriveEntry {
  /** The folders holding this item. */
  getParents(): FolderIterator<Folder> {
    const parents = this.item.parents.map((id) => this.store.items.get(id)).filter((p) => p !== undefined);
    return new FolderIterator(parents.map((p) => new Folder(this.store, p)));
  }

  getUrl(): string {
    return urlFor(this.item);
  }

  setName(name: string): this {
    if (typeof name !== 'string') throw signatureError([name], `${this.constructor.name}.setName`);
    this.item.name = name;
    this.store.touch(this.item.id);
    return this;
  }
}

/** A Drive file. */
export class File extends Entry {
  getMimeType(): string {
    return this.item.mimeType;
  }

  /** Bytes stored; Google-native files use no storage and report 0 (UNCONFIRMED for current Drive). */
  getSize(): number {
    return this.store.contents.get(this.item.id)?.length ?? 0;
  }

  /** A copy named `Copy of <name>` unless named, in `destination` or the original's folders. */
  makeCopy(nameOrDestination?: unknown, destination?: unknown): File {
    const name = typeof nameOrDestination === 'string' ? nameOrDestination : `Copy of ${this.item.name}`;
    const folder = nameOrDestination instanceof Folder ? nameOrDestination : destination;
    if (folder !== undefined && !(folder instanceof Folder)) {
      throw signatureError([nameOrDestination, destination], 'DriveApp.File.makeCopy');
    }
    const parents = folder ? [folder.getId()] : [...this.item.parents];
    const copy = this.store.add({ id: this.store.newId(), name, mimeType: this.item.mimeType, parents });
    const native = this.store.nativeFor(this.item.mimeType);
    if (native) native.copy(this.item.id, copy.id);
    const bytes = this.store.contents.get(this.item.id);
    if (bytes) this.store.contents.set(copy.id, Buffer.from(bytes));
    return new File(this.store, copy);
  }

  getBlob(): Blob {
    const bytes = this.store.contents.get(this.item.id);
    if (bytes) return new Blob(Buffer.from(bytes), this.item.mimeType, this.item.name);
    return this.getAs('application/pdf');
  }

  /** Converted content; the blob name swaps the extension (see convertedName). */
  getAs(contentType: string): Blob {
    if (typeof contentType !== 'string') throw signatureError([contentType], 'DriveApp.File.getAs');
    const bytes = this.store.contents.get(this.item.id);
    if (bytes && contentType === this.item.mimeType) {
      return new Blob(Buffer.from(bytes), contentType, convertedName(this.item.name, contentType));
    }
    const converted = this.store.nativeFor(this.item.mimeType)?.exportAs?.(this.item.id, contentType);
    if (!converted) {
      throw new GasException(`Converting from ${this.item.mimeType} to ${contentType} is not supported.`);
    }
    return new Blob(converted, contentType, convertedName(this.item.name, contentType));
  }

  setContent(content: string): File {
    this.store.contents.set(this.item.id, Buffer.from(String(content), 'utf8'));
    this.store.touch(this.item.id);
    return this;
  }
}

/** A Drive folder. */
export class Folder extends Entry {
  private liveChildren(): DriveItem[] {
    return this.store.children(this.item.id).filter((i) => !i.trashed);
  }

  getFiles(): FileIterator<File> {
    const files = this.liveChildren().filter((i) => i.mimeType !== FOLDER_MIME);
    return new FileIterator(files.map((i) => new File(this.store, i)));
  }

  getFolders(): FolderIterator<Folder> {
    const folders = this.liveChildren().filter((i) => i.mimeType === FOLDER_MIME);
    return new FolderIterator(folders.map((i) => new Folder(this.store, i)));
  }

  getFilesByName(name: string): FileIterator<File> {
    const files = this.liveChildren().filter((i) => i.mimeType !== FOLDER_MIME && i.name === name);
    return new FileIterator(files.map((i) => new File(this.store, i)));
  }

  getFoldersByName(name: string): FolderIterator<Folder> {
    const folders = this.liveChildren().filter((i) => i.mimeType === FOLDER_MIME && i.name === name);
    return new FolderIterator(folders.map((i) => new Folder(this.store, i)));
  }

  getFilesByType(mimeType: string): FileIterator<File> {
    const files = this.liveChildren().filter((i) => i.mimeType === mimeType);
    return new FileIterator(files.map((i) => new File(this.store, i)));
  }

  createFolder(name: string): Folder {
    if (typeof name !== 'string') throw signatureError([name], 'DriveApp.Folder.createFolder');
    const item = this.store.add({
      id: this.store.newId(),
      name,
      mimeType: FOLDER_MIME,
      parents: [this.item.id],
    });
    return new Folder(this.store, item);
  }

  /** createFile(blob) or createFile(name, content[, mimeType]); Google types cannot be made this way. */
  createFile(blobOrName: unknown, content?: unknown, mimeType?: unknown): File {
    let bytes: Buffer;
    let name: string;
    let type: string;
    if (blobOrName instanceof Blob) {
      bytes = Buffer.from(blobOrName.data);
      name = blobOrName.getName() ?? 'Untitled';
      type = blobOrName.getContentType() ?? 'application/octet-stream';
    } else if (typeof blobOrName === 'string' && typeof content === 'string') {
      bytes = Buffer.from(content, 'utf8');
      name = blobOrName;
      type = typeof mimeType === 'string' ? mimeType : 'text/plain';
    } else throw signatureError([blobOrName, content, mimeType], 'DriveApp.Folder.createFile');
    if (type.startsWith('application/vnd.google-apps.'))
      throw new GasException('Invalid argument: file.contentType');
    const item = this.store.add({ id: this.store.newId(), name, mimeType: type, parents: [this.item.id] });
    this.store.contents.set(item.id, bytes);
    return new File(this.store, item);
  }
}

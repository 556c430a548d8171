// The Drive index every fake shares: files and folders, their parents, sharing, and contents of plain files.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GasException } from '../runtime/errors';
import type { Workspace } from '../runtime/workspace';
import { FOLDER_MIME, GOOGLE_MIME_PREFIX } from './mime';

/** One Drive item as the index keeps it. */
export interface DriveItem {
  id: string;
  name: string;
  mimeType: string;
  parents: string[];
  trashed: boolean;
  created: number;
  updated: number;
  owner: string;
  editors: string[];
  viewers: string[];
  access: string;
  permission: string;
  description: string;
  /** Relative path of a plain file's bytes inside the workspace folder (set on save). */
  contentPath?: string;
}

/** What a fake that owns a Google-native type (Docs, Sheets, Forms) lets Drive do with its files. */
export interface NativeContent {
  /** Copies the content of `sourceId` to the new file `copyId` (makeCopy). */
  copy(sourceId: string, copyId: string): void;
  /** Converts a file for getAs/getBlob, or undefined when that conversion is not supported. */
  exportAs?(id: string, contentType: string): Buffer | undefined;
}

/** A file another fake owns, registered so DriveApp can see it (e.g. a spreadsheet). */
export interface RegisteredFile {
  id: string;
  name: string;
  mimeType: string;
  parentId?: string;
  owner?: string;
}

interface DriveFile {
  rootId: string;
  items: DriveItem[];
}

/** Drive's state for one workspace. */
export class DriveStore {
  readonly items = new Map<string, DriveItem>();
  /** Bytes of plain (non-Google) files by id. */
  readonly contents = new Map<string, Buffer>();
  readonly rootId: string;
  private readonly native = new Map<string, NativeContent>();

  constructor(private readonly workspace: Workspace) {
    this.rootId = workspace.newId();
    this.add({ id: this.rootId, name: 'My Drive', mimeType: FOLDER_MIME, parents: [] }, workspace.user);
  }

  /** A new Drive-style id. */
  newId(): string {
    return this.workspace.newId();
  }

  /** Lets the fake owning `mimeType` handle copies and conversions of its files. */
  registerNative(mimeType: string, content: NativeContent): void {
    this.native.set(mimeType, content);
  }

  nativeFor(mimeType: string): NativeContent | undefined {
    return this.native.get(mimeType);
  }

  /** Adds (or refreshes the name of) a file another fake owns; it lands in the root folder by default. */
  registerFile(file: RegisteredFile): DriveItem {
    const existing = this.items.get(file.id);
    if (existing) {
      existing.name = file.name;
      return existing;
    }
    const parents = [file.parentId ?? this.rootId];
    return this.add({ id: file.id, name: file.name, mimeType: file.mimeType, parents }, file.owner);
  }

  /** Creates an index entry with Drive's defaults: private, owned by the user running now. */
  add(item: Pick<DriveItem, 'id' | 'name' | 'mimeType' | 'parents'>, owner?: string): DriveItem {
    const now = this.workspace.clock.now();
    const full: DriveItem = {
      ...item,
      trashed: false,
      created: now,
      updated: now,
      owner: owner ?? this.workspace.currentExecution?.user ?? this.workspace.user,
      editors: [],
      viewers: [],
      access: 'PRIVATE',
      permission: 'NONE',
      description: '',
    };
    this.items.set(full.id, full);
    return full;
  }

  /** The item, or Apps Script's error for an id nobody can see. */
  require(id: string): DriveItem {
    const item = this.items.get(String(id));
    if (!item) {
      // [GH chriskyfung/AutoFetcher-IG-Stories-to-GDrive#112], wording as of 2024.
      throw new GasException(
        'No item with the given ID could be found. Possibly because you have not edited this item or you do not have permission to access it.',
      );
    }
    return item;
  }

  /** Marks a file changed now (getLastUpdated). */
  touch(id: string): void {
    const item = this.items.get(id);
    if (item) item.updated = this.workspace.clock.now();
  }

  children(folderId: string): DriveItem[] {
    return [...this.items.values()].filter((i) => i.parents.includes(folderId));
  }

  isNative(item: DriveItem): boolean {
    return item.mimeType.startsWith(GOOGLE_MIME_PREFIX);
  }

  async load(dir: string): Promise<void> {
    const file = join(dir, 'drive.json');
    if (!existsSync(file)) return;
    const saved = JSON.parse(readFileSync(file, 'utf8')) as DriveFile;
    this.items.clear();
    (this as { rootId: string }).rootId = saved.rootId;
    for (const item of saved.items) {
      this.items.set(item.id, item);
      if (item.contentPath && existsSync(join(dir, item.contentPath))) {
        this.contents.set(item.id, readFileSync(join(dir, item.contentPath)));
      }
    }
  }

  async save(dir: string): Promise<void> {
    mkdirSync(join(dir, 'drive'), { recursive: true });
    for (const [id, bytes] of this.contents) {
      const item = this.items.get(id);
      if (!item) continue;
      item.contentPath = join('drive', `${safeFileName(item.name)} (${id.slice(0, 8)})`);
      writeFileSync(join(dir, item.contentPath), bytes);
    }
    const saved: DriveFile = { rootId: this.rootId, items: [...this.items.values()] };
    writeFileSync(join(dir, 'drive.json'), `${JSON.stringify(saved, null, 2)}\n`);
  }
}

/** A name safe on every file system (used for files people open from the workspace folder). */
export function safeFileName(name: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are unsafe in file names.
  const cleaned = name.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').trim();
  return (cleaned || 'Untitled').slice(0, 80);
}

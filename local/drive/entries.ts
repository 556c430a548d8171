// What Drive files and folders share: identity, dates, parents, trash, sharing, editors and viewers.
import { GasException, signatureError } from '../runtime/errors';
import type { DriveItem, DriveStore } from './store';

/** A Drive user as File.getOwner()/getEditors() return one. */
export class User {
  constructor(private readonly email: string) {}

  getEmail(): string {
    return this.email;
  }

  getName(): string {
    return this.email.split('@')[0] ?? '';
  }

  getDomain(): string {
    return this.email.split('@')[1] ?? '';
  }

  getPhotoUrl(): string {
    return '';
  }
}

const ACCESS = ['ANYONE', 'ANYONE_WITH_LINK', 'DOMAIN', 'DOMAIN_WITH_LINK', 'PRIVATE'];
const PERMISSION = ['VIEW', 'EDIT', 'COMMENT', 'OWNER', 'ORGANIZER', 'FILE_ORGANIZER', 'NONE'];

function emailOf(user: unknown, method: string): string {
  if (typeof user === 'string') return user;
  if (user instanceof User) return user.getEmail();
  throw signatureError([user], method);
}

/** Shared behaviour of File and Folder over one index entry. */
export abstract class DriveEntry {
  constructor(
    protected readonly store: DriveStore,
    protected readonly item: DriveItem,
  ) {}

  getId(): string {
    return this.item.id;
  }

  getName(): string {
    return this.item.name;
  }

  getDescription(): string | null {
    return this.item.description || null;
  }

  setDescription(description: string): this {
    this.item.description = String(description);
    this.store.touch(this.item.id);
    return this;
  }

  getDateCreated(): Date {
    return new Date(this.item.created);
  }

  getLastUpdated(): Date {
    return new Date(this.item.updated);
  }

  isTrashed(): boolean {
    return this.item.trashed;
  }

  setTrashed(trashed: boolean): this {
    if (typeof trashed !== 'boolean') throw signatureError([trashed], `${this.constructor.name}.setTrashed`);
    this.item.trashed = trashed;
    return this;
  }

  getOwner(): User {
    return new User(this.item.owner);
  }

  getEditors(): User[] {
    return this.item.editors.map((e) => new User(e));
  }

  getViewers(): User[] {
    return this.item.viewers.map((e) => new User(e));
  }

  addEditor(user: unknown): this {
    const email = emailOf(user, `${this.constructor.name}.addEditor`);
    if (email !== this.item.owner && !this.item.editors.includes(email)) this.item.editors.push(email);
    this.item.viewers = this.item.viewers.filter((v) => v !== email);
    return this;
  }

  addEditors(emails: unknown): this {
    if (!Array.isArray(emails)) throw signatureError([emails], `${this.constructor.name}.addEditors`);
    for (const email of emails) this.addEditor(email);
    return this;
  }

  removeEditor(user: unknown): this {
    const email = emailOf(user, `${this.constructor.name}.removeEditor`);
    this.item.editors = this.item.editors.filter((e) => e !== email);
    return this;
  }

  addViewer(user: unknown): this {
    const email = emailOf(user, `${this.constructor.name}.addViewer`);
    if (
      email !== this.item.owner &&
      !this.item.editors.includes(email) &&
      !this.item.viewers.includes(email)
    ) {
      this.item.viewers.push(email);
    }
    return this;
  }

  removeViewer(user: unknown): this {
    const email = emailOf(user, `${this.constructor.name}.removeViewer`);
    this.item.viewers = this.item.viewers.filter((e) => e !== email);
    return this;
  }

  getSharingAccess(): string {
    return this.item.access;
  }

  /** For a private file this is NONE (UNCONFIRMED: what live Drive reports for PRIVATE). */
  getSharingPermission(): string {
    return this.item.permission;
  }

  setSharing(accessType: string, permissionType: string): this {
    if (!ACCESS.includes(String(accessType)) || !PERMISSION.includes(String(permissionType))) {
      throw signatureError([accessType, permissionType], `${this.constructor.name}.setSharing`);
    }
    if (accessType !== 'PRIVATE' && permissionType === 'OWNER') {
      throw new GasException('Invalid argument: permission');
    }
    this.item.access = String(accessType);
    this.item.permission = accessType === 'PRIVATE' ? 'NONE' : String(permissionType);
    return this;
  }

  /** Moves the item under `destination`, leaving every other parent (File.moveTo / Folder.moveTo). */
  moveTo(destination: DriveEntry): this {
    if (!(destination instanceof DriveEntry))
      throw signatureError([destination], `${this.constructor.name}.moveTo`);
    this.item.parents = [destination.item.id];
    return this;
  }
}

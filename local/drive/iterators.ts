// FileIterator / FolderIterator: a snapshot walked with hasNext/next, as Drive's iterators are.
import { GasException } from '../runtime/errors';

class DriveIterator<T> {
  private position = 0;
  constructor(private readonly items: readonly T[]) {}

  hasNext(): boolean {
    return this.position < this.items.length;
  }

  next(): T {
    const item = this.items[this.position];
    if (item === undefined)
      throw new GasException('Cannot retrieve the next object: iterator has reached the end.');
    this.position += 1;
    return item;
  }

  /** A token that resumes after what was already returned (DriveApp.continueFileIterator). */
  getContinuationToken(): string {
    return Buffer.from(JSON.stringify({ position: this.position })).toString('base64url');
  }
}

/** Iterator over File objects. */
export class FileIterator<T> extends DriveIterator<T> {}

/** Iterator over Folder objects. */
export class FolderIterator<T> extends DriveIterator<T> {}

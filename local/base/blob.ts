// Utilities.newBlob and byte helpers: Apps Script's signed byte arrays; the Blob class is the Drive fake's.
import { Blob } from '../drive/blob';
import { signatureError } from '../runtime/errors';

export { Blob };

/** Apps Script hands bytes to scripts as Java bytes: numbers -128..127. */
export function toSignedBytes(buffer: Uint8Array): number[] {
  return Array.from(buffer, (b) => (b > 127 ? b - 256 : b));
}

/** Accepts Apps Script byte arrays (signed or unsigned numbers) and returns raw bytes. */
export function fromByteArray(bytes: readonly unknown[]): Buffer {
  return Buffer.from(bytes.map((b) => Number(b) & 0xff));
}

/** Bytes of a string or byte array, as Apps Script's `data` parameters take them. */
export function bytesOf(data: unknown, method: string): Buffer {
  if (typeof data === 'string') return Buffer.from(data, 'utf8');
  if (Array.isArray(data)) return fromByteArray(data);
  if (data instanceof Uint8Array) return Buffer.from(data);
  throw signatureError([data], method);
}

/** Anything blob-like the bundle may hand over (a Blob, or a Drive file's blob). */
export interface BlobSource {
  getBytes(): number[];
  getContentType(): string | null;
  getName(): string | null;
}

/** `Utilities.newBlob(data, contentType?, name?)`. */
export function newBlob(data: unknown, contentType?: string | null, name?: string | null): Blob {
  const bytes = bytesOf(data, 'Utilities.newBlob');
  return new Blob(bytes, contentType ?? null, name ?? null);
}

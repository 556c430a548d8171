// Fake Utilities: dates, UUIDs, sleep on the workspace clock, sprintf, base64, digests and blobs.
import { createHash, createHmac, randomUUID } from 'node:crypto';
import type { Clock } from '../runtime/clock';
import { GasException, signatureError } from '../runtime/errors';
import { type Blob, bytesOf, newBlob, toSignedBytes } from './blob';
import { parseDate } from './dateParse';
import { formatDate } from './datePattern';
import { formatString } from './formatString';

/** "The maximum allowed value is 300000" [GI:Utilities.sleep]. */
export const MAX_SLEEP_MS = 300000;

const DIGESTS: Record<string, string> = {
  MD2: 'md2',
  MD5: 'md5',
  SHA_1: 'sha1',
  SHA_256: 'sha256',
  SHA_384: 'sha384',
  SHA_512: 'sha512',
};
const HMACS: Record<string, string> = {
  HMAC_MD5: 'md5',
  HMAC_SHA_1: 'sha1',
  HMAC_SHA_256: 'sha256',
  HMAC_SHA_384: 'sha384',
  HMAC_SHA_512: 'sha512',
};

/** Bytes of a value in a charset (US_ASCII keeps one byte per character, as Java does). */
function encode(value: unknown, charset: unknown, method: string): Buffer {
  if (typeof value === 'string' && charset === 'US_ASCII') return Buffer.from(value, 'latin1');
  return bytesOf(value, method);
}

/** Utilities for one execution. */
export class Utilities {
  readonly DigestAlgorithm = Object.fromEntries(Object.keys(DIGESTS).map((k) => [k, k]));
  readonly MacAlgorithm = Object.fromEntries(Object.keys(HMACS).map((k) => [k, k]));
  readonly Charset = { US_ASCII: 'US_ASCII', UTF_8: 'UTF_8' };

  constructor(private readonly clock: Clock) {}

  formatDate(date: Date, timeZone: string, format: string): string {
    if (!(date instanceof Date) || typeof timeZone !== 'string' || typeof format !== 'string') {
      throw signatureError([date, timeZone, format], 'Utilities.formatDate');
    }
    return formatDate(date, timeZone, format);
  }

  parseDate(date: string, timeZone: string, format: string): Date {
    if (typeof date !== 'string' || typeof timeZone !== 'string' || typeof format !== 'string') {
      throw signatureError([date, timeZone, format], 'Utilities.parseDate');
    }
    return parseDate(date, timeZone, format, this.clock.date());
  }

  /** "equivalent to using the java.util.UUID.randomUUID() method": a version 4 UUID. */
  getUuid(): string {
    return randomUUID();
  }

  /** Time passes on the workspace clock; nothing actually waits. */
  sleep(milliseconds: number): void {
    if (typeof milliseconds !== 'number' || Number.isNaN(milliseconds)) {
      throw signatureError([milliseconds], 'Utilities.sleep');
    }
    // Texts for out-of-range values are UNCONFIRMED.
    if (milliseconds > MAX_SLEEP_MS) throw new GasException('Argument too large: milliseconds');
    if (milliseconds < 0) throw new GasException('Invalid argument: milliseconds');
    this.clock.advance(Math.floor(milliseconds));
  }

  formatString(template: string, ...args: unknown[]): string {
    return formatString(template, args);
  }

  base64Encode(data: unknown, charset?: string): string {
    return encode(data, charset, 'Utilities.base64Encode').toString('base64');
  }

  /** URL-safe alphabet, padding kept (as Java's URL encoder does). */
  base64EncodeWebSafe(data: unknown, charset?: string): string {
    return this.base64Encode(data, charset).replace(/\+/g, '-').replace(/\//g, '_');
  }

  base64Decode(encoded: string): number[] {
    return toSignedBytes(Buffer.from(String(encoded), 'base64'));
  }

  base64DecodeWebSafe(encoded: string): number[] {
    return toSignedBytes(Buffer.from(String(encoded), 'base64url'));
  }

  /** Signed bytes (-128..127), as Apps Script returns Java's byte[]. */
  computeDigest(algorithm: string, value: unknown, charset?: string): number[] {
    const name = DIGESTS[algorithm];
    if (!name) throw signatureError([algorithm, value], 'Utilities.computeDigest');
    const hash = createHash(name).update(encode(value, charset, 'Utilities.computeDigest'));
    return toSignedBytes(hash.digest());
  }

  computeHmacSignature(algorithm: string, value: unknown, key: unknown, charset?: string): number[] {
    const name = HMACS[algorithm];
    if (!name) throw signatureError([algorithm, value, key], 'Utilities.computeHmacSignature');
    const mac = createHmac(name, encode(key, charset, 'Utilities.computeHmacSignature'));
    return toSignedBytes(mac.update(encode(value, charset, 'Utilities.computeHmacSignature')).digest());
  }

  computeHmacSha256Signature(value: unknown, key: unknown, charset?: string): number[] {
    return this.computeHmacSignature('HMAC_SHA_256', value, key, charset);
  }

  newBlob(data: unknown, contentType?: string, name?: string): Blob {
    return newBlob(data, contentType, name);
  }
}

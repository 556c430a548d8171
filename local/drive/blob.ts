// Blob: bytes with a name and a content type, as getAs/getBlob return them.
import { GasException, signatureError } from '../runtime/errors';
import { convertedName } from './mime';

/** Apps Script's Blob. Bytes come back as Java bytes do: signed, -128..127. */
export class Blob {
  constructor(
    private bytes: Buffer,
    private contentType: string | null,
    private name: string | null,
  ) {}

  /** The raw bytes, for other fakes (createFile, attachments). */
  get data(): Buffer {
    return this.bytes;
  }

  getBytes(): number[] {
    return [...this.bytes].map((b) => (b > 127 ? b - 256 : b));
  }

  getDataAsString(charset?: string): string {
    if (charset !== undefined && !/^utf-?8$/i.test(charset)) {
      return new TextDecoder(charset).decode(this.bytes);
    }
    return this.bytes.toString('utf8');
  }

  getContentType(): string | null {
    return this.contentType;
  }

  setContentType(contentType: string): Blob {
    this.contentType = contentType;
    return this;
  }

  getName(): string | null {
    return this.name;
  }

  setName(name: string): Blob {
    if (typeof name !== 'string') throw signatureError([name], 'Blob.setName');
    this.name = name;
    return this;
  }

  setDataFromString(text: string): Blob {
    this.bytes = Buffer.from(String(text), 'utf8');
    return this;
  }

  isGoogleType(): boolean {
    return false;
  }

  copyBlob(): Blob {
    return new Blob(Buffer.from(this.bytes), this.contentType, this.name);
  }

  /** A blob is only "converted" to its own type here; real conversions happen on Drive files. */
  getAs(contentType: string): Blob {
    if (contentType !== this.contentType) {
      throw new GasException(`Converting from ${this.contentType} to ${contentType} is not supported.`);
    }
    return new Blob(Buffer.from(this.bytes), contentType, convertedName(this.name ?? '', contentType));
  }
}

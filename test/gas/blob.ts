import { createHash } from 'node:crypto';
import { toBuffer, toSignedBytes } from './bytes';
import type { Faked } from './types';

type BlobKeys =
  | 'getName'
  | 'setName'
  | 'getContentType'
  | 'setContentType'
  | 'getBytes'
  | 'setBytes'
  | 'getDataAsString'
  | 'setDataFromString'
  | 'copyBlob'
  | 'getAs'
  | 'getBlob'
  | 'isGoogleType';

export type BlobApi = Faked<GoogleAppsScript.Base.Blob, BlobKeys>;

export class FakeBlob implements BlobApi {
  private data: Buffer;

  constructor(
    data: string | readonly number[] | Uint8Array,
    private contentType: string | null = null,
    private name: string | null = null,
  ) {
    this.data = toBuffer(data);
  }

  get size(): number {
    return this.data.length;
  }

  getName(): string | null {
    return this.name;
  }

  setName(name: string): FakeBlob {
    this.name = name;
    return this;
  }

  getContentType(): string | null {
    return this.contentType;
  }

  setContentType(contentType: string | null): FakeBlob {
    this.contentType = contentType;
    return this;
  }

  getBytes(): number[] {
    return toSignedBytes(this.data);
  }

  setBytes(data: number[]): FakeBlob {
    this.data = toBuffer(data);
    return this;
  }

  getDataAsString(charset?: string): string {
    return this.data.toString(charset && /ascii/i.test(charset) ? 'ascii' : 'utf8');
  }

  setDataFromString(value: string): FakeBlob {
    this.data = Buffer.from(value, 'utf8');
    return this;
  }

  copyBlob(): FakeBlob {
    return new FakeBlob(this.data, this.contentType, this.name);
  }

  getAs(contentType: string): FakeBlob {
    return new FakeBlob(this.data, contentType, this.name);
  }

  getBlob(): FakeBlob {
    return this;
  }

  isGoogleType(): boolean {
    return false;
  }

  sha1(): string {
    return createHash('sha1').update(this.data).digest('hex');
  }

  buffer(): Buffer {
    return Buffer.from(this.data);
  }
}

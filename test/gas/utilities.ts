import { createHash, createHmac } from 'node:crypto';
import { FakeBlob } from './blob';
import { isDate, toBuffer, toSignedBytes } from './bytes';
import type { Execution } from './execution';
import { formatDateSimple } from './format-date';
import { gasEnum, type Faked } from './types';

import Ut = GoogleAppsScript.Utilities;
type Data = string | number[];

export const Charset = gasEnum<typeof Ut.Charset>(['US_ASCII', 'UTF_8']);
export const DigestAlgorithm = gasEnum<typeof Ut.DigestAlgorithm>([
  'MD2',
  'MD5',
  'SHA_1',
  'SHA_256',
  'SHA_384',
  'SHA_512',
]);
export const MacAlgorithm = gasEnum<typeof Ut.MacAlgorithm>([
  'HMAC_MD5',
  'HMAC_SHA_1',
  'HMAC_SHA_256',
  'HMAC_SHA_384',
  'HMAC_SHA_512',
]);

const NODE_DIGEST: Record<string, string> = {
  MD5: 'md5',
  SHA_1: 'sha1',
  SHA_256: 'sha256',
  SHA_384: 'sha384',
  SHA_512: 'sha512',
};

export type UtilitiesApi = Faked<
  Ut.Utilities,
  | 'Charset'
  | 'DigestAlgorithm'
  | 'MacAlgorithm'
  | 'computeHmacSha256Signature'
  | 'computeHmacSignature'
  | 'computeDigest'
  | 'base64Encode'
  | 'base64EncodeWebSafe'
  | 'base64Decode'
  | 'base64DecodeWebSafe'
  | 'formatDate'
  | 'formatString'
  | 'sleep'
  | 'getUuid'
  | 'newBlob'
>;

export class FakeUtilities implements UtilitiesApi {
  readonly Charset = Charset;
  readonly DigestAlgorithm = DigestAlgorithm;
  readonly MacAlgorithm = MacAlgorithm;

  constructor(private readonly exec: Execution) {}

  private run<T>(method: string, fn: () => T): T {
    return this.exec.nonIo(`Utilities.${method}`, fn);
  }

  computeHmacSha256Signature(value: Data, key: Data, charset?: Ut.Charset): number[] {
    return this.run('computeHmacSha256Signature', () => hmac('sha256', value, key, charset));
  }

  computeHmacSignature(algorithm: Ut.MacAlgorithm, value: Data, key: Data, charset?: Ut.Charset): number[] {
    return this.run('computeHmacSignature', () =>
      hmac(String(algorithm).replace('HMAC_', '').replace('_', '').toLowerCase(), value, key, charset),
    );
  }

  computeDigest(algorithm: Ut.DigestAlgorithm, value: Data, charset?: Ut.Charset): number[] {
    return this.run('computeDigest', () => {
      const name = NODE_DIGEST[String(algorithm)];
      if (!name) throw this.exec.error(`Unsupported digest algorithm in the fake: ${String(algorithm)}`);
      return toSignedBytes(createHash(name).update(toBuffer(value, charset)).digest());
    });
  }

  base64Encode(data: Data, charset?: Ut.Charset): string {
    return this.run('base64Encode', () => toBuffer(data, charset).toString('base64'));
  }

  base64EncodeWebSafe(data: Data, charset?: Ut.Charset): string {
    return this.run('base64EncodeWebSafe', () =>
      toBuffer(data, charset).toString('base64').replace(/\+/g, '-').replace(/\//g, '_'),
    );
  }

  base64Decode(encoded: string): number[] {
    return this.run('base64Decode', () => toSignedBytes(Buffer.from(encoded, 'base64')));
  }

  base64DecodeWebSafe(encoded: string): number[] {
    return this.run('base64DecodeWebSafe', () => toSignedBytes(Buffer.from(encoded, 'base64url')));
  }

  formatDate(date: Date, timeZone: string, format: string): string {
    return this.run('formatDate', () => {
      if (!isDate(date) || typeof timeZone !== 'string' || typeof format !== 'string') {
        const kinds = [date, timeZone, format].map((a) =>
          isDate(a) ? 'Date' : typeof a === 'string' ? 'String' : typeof a,
        );
        throw this.exec.error(
          `The parameters (${kinds.join(',')}) don't match the method signature for Utilities.formatDate.`,
        );
      }
      try {
        return formatDateSimple(date, timeZone, format);
      } catch (error) {
        throw this.exec.error((error as Error).message);
      }
    });
  }

  formatString(template: string, ...args: unknown[]): string {
    return this.run('formatString', () => {
      let i = 0;
      return template.replace(
        /%(-?\d*)(?:\.(\d+))?([sdf%])/g,
        (whole, _w: string, precision: string | undefined, kind: string) => {
          if (kind === '%') return '%';
          const arg = args[i++];
          if (kind === 'd') return String(Math.trunc(Number(arg)));
          if (kind === 'f') return Number(arg).toFixed(precision ? Number(precision) : 6);
          return String(arg);
        },
      );
    });
  }

  sleep(milliseconds: number): void {
    this.run('sleep', () => this.exec.runtime.clock.advance(milliseconds));
  }

  getUuid(): string {
    return this.run('getUuid', () => {
      const rng = this.exec.runtime.rng;
      const hex = Array.from({ length: 32 }, () => Math.floor(rng() * 16).toString(16));
      hex[12] = '4';
      hex[16] = ((parseInt(hex[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
      const s = hex.join('');
      return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
    });
  }

  newBlob(data: Data, contentType?: string, name?: string): FakeBlob {
    return this.run('newBlob', () => new FakeBlob(data, contentType ?? null, name ?? null));
  }
}

function hmac(algorithm: string, value: Data, key: Data, charset?: Ut.Charset): number[] {
  return toSignedBytes(
    createHmac(algorithm, toBuffer(key, charset)).update(toBuffer(value, charset)).digest(),
  );
}

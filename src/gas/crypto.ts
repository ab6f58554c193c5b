// HMAC-SHA256 through Apps Script's native implementation. It returns signed bytes (−128…127),
// which must be masked before they become hex.
import type { Hmac } from '../core/audit';

export function bytesToHex(bytes: number[]): string {
  let hex = '';
  for (const b of bytes) hex += ((b + 256) & 0xff).toString(16).padStart(2, '0');
  return hex;
}

export function gasHmac(key: string): Hmac {
  return (message) => bytesToHex(Utilities.computeHmacSha256Signature(message, key, Utilities.Charset.UTF_8));
}

/** 256 random bits as hex, from two v4 UUIDs (Apps Script has no other source of randomness). */
export function newSecret(): string {
  return (Utilities.getUuid() + Utilities.getUuid()).replace(/-/g, '');
}

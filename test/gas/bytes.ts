export function toSignedBytes(data: Uint8Array): number[] {
  return Array.from(data, (b) => (b > 127 ? b - 256 : b));
}

export function toBuffer(data: string | readonly number[] | Uint8Array, charset: unknown = 'UTF_8'): Buffer {
  if (typeof data === 'string') return Buffer.from(data, String(charset) === 'US_ASCII' ? 'ascii' : 'utf8');
  return Buffer.from(Array.from(data, (b) => b & 0xff));
}

// Dates made inside a vm sandbox come from another realm, where `instanceof Date` is false.
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

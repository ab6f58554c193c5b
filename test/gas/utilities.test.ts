import { createHash, createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createGasEnvironment } from './environment';

const signed = (buf: Buffer) => [...buf].map((b) => (b > 127 ? b - 256 : b));

describe('Utilities', () => {
  const env = createGasEnvironment({ now: '2025-07-01T00:00:00Z' });
  const { Utilities } = env.globals;

  it('computeHmacSha256Signature returns signed bytes equal to node:crypto', () => {
    const bytes = Utilities.computeHmacSha256Signature('patient@example.com', 'sécret');
    expect(bytes).toEqual(signed(createHmac('sha256', 'sécret').update('patient@example.com').digest()));
    expect(bytes.some((b) => b < 0)).toBe(true);
    expect(Math.min(...bytes)).toBeGreaterThanOrEqual(-128);
    expect(Math.max(...bytes)).toBeLessThanOrEqual(127);
    const fromBytes = Utilities.computeHmacSha256Signature(Utilities.base64Decode('AAEC/w=='), [1, -1]);
    expect(fromBytes).toEqual(
      signed(
        createHmac('sha256', Buffer.from([1, 255]))
          .update(Buffer.from([0, 1, 2, 255]))
          .digest(),
      ),
    );
  });

  it('computeDigest and base64 round trips', () => {
    expect(Utilities.computeDigest(Utilities.DigestAlgorithm.SHA_256, 'abc')).toEqual(
      signed(createHash('sha256').update('abc').digest()),
    );
    expect(Utilities.base64Encode('héllo')).toBe(Buffer.from('héllo').toString('base64'));
    expect(Utilities.base64EncodeWebSafe([-5, -1, -2])).toBe('-__-');
    expect(Utilities.base64Decode('+/8=')).toEqual([-5, -1]);
    expect(Utilities.base64DecodeWebSafe('-_8=')).toEqual([-5, -1]);
  });

  it('formatDate follows SimpleDateFormat in an IANA time zone', () => {
    const d = new Date('2025-03-30T00:59:59.123Z');
    expect(Utilities.formatDate(d, 'Europe/Amsterdam', "yyyy-MM-dd'T'HH:mm:ss.SSSXXX")).toBe(
      '2025-03-30T01:59:59.123+01:00',
    );
    const after = new Date('2025-03-30T01:00:00Z');
    expect(Utilities.formatDate(after, 'Europe/Amsterdam', 'EEE dd MMM yyyy HH:mm Z')).toBe(
      'Sun 30 Mar 2025 03:00 +0200',
    );
    expect(Utilities.formatDate(after, 'UTC', 'XXX')).toBe('Z');
    expect(Utilities.formatDate(after, 'America/New_York', 'yyyy/MM/dd hh:mm a')).toBe('2025/03/29 09:00 PM');
    expect(Utilities.formatDate(after, 'Not/AZone', 'HH:mm')).toBe('01:00');
    expect(() => Utilities.formatDate('2025-01-01' as never, 'UTC', 'yyyy')).toThrow(
      "The parameters (String,String,String) don't match the method signature for Utilities.formatDate.",
    );
    expect(env.calls.total()).toBe(0);
    expect(env.calls.nonIo['Utilities.formatDate']).toBe(6);
  });

  it('sleep advances the fake clock; getUuid is a v4 uuid', () => {
    const before = env.clock.now();
    Utilities.sleep(1500);
    expect(env.clock.now() - before).toBe(1500);
    expect(new env.globals.Date().getTime()).toBe(env.clock.now());
    expect(env.globals.Date.now()).toBe(env.clock.now());
    expect(Utilities.getUuid()).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(Utilities.newBlob('hi', 'text/plain', 'a.txt').getBytes()).toEqual([104, 105]);
  });
});

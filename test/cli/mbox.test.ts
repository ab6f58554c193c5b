import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readMbox } from '../../src/cli/mbox';
import { MAX_MESSAGE_BYTES } from '../../src/cli/parse-email';

function mbox(messages: string[]): string {
  return messages
    .map((m, i) => `From 17900000000000000${i}@xxx Mon Nov 16 08:12:00 +0000 2026\n${m}\n`)
    .join('\n');
}

describe('readMbox', () => {
  it('splits Takeout From_ lines, unescapes >From and keeps body lines that start with From', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mbox-'));
    const path = join(dir, 'takeout.mbox');
    writeFileSync(
      path,
      mbox([
        'X-GM-THRID: 1\nSubject: one\n\nFrom the doctor: a prescription\n>From next month on, please',
        'Subject: two\n\nsecond',
      ]),
    );
    const out: string[] = [];
    for await (const m of readMbox(path)) out.push(Buffer.from(m.raw).toString('utf8'));
    expect(out).toHaveLength(2);
    expect(out[0]).toContain('From the doctor: a prescription');
    expect(out[0]).toContain('\nFrom next month on');
    expect(out[1]).toContain('second');
  });

  it('caps one huge message instead of holding it, and still yields the next', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mbox-'));
    const path = join(dir, 'big.mbox');
    const line = 'x'.repeat(1000) + '\n';
    writeFileSync(
      path,
      mbox([
        `Subject: big\n\n${line.repeat(Math.ceil((MAX_MESSAGE_BYTES * 1.5) / 1001))}`,
        'Subject: small\n\nok',
      ]),
    );
    const sizes: Array<[number, boolean]> = [];
    for await (const m of readMbox(path)) sizes.push([m.raw.byteLength, m.truncated]);
    expect(sizes[0]).toEqual([MAX_MESSAGE_BYTES, true]);
    expect(sizes[1]![1]).toBe(false);
  });
});

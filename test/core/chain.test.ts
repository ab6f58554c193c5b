import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  neutraliseCell,
  parseCsv,
  readNeutralisedCell,
  sealRows,
  toCsvLine,
  verifyChain,
  type AuditEvent,
} from '../../src/core/audit';

const hmac = (m: string): string => createHmac('sha256', 'k').update(m).digest('hex');
const event = (i: number): AuditEvent => ({
  timestamp: `2026-11-23T10:00:0${i}.000+01:00`,
  eventId: `classify:m${i}`,
  runId: 'r1',
  actor: 'scanner',
  actorRole: 'scanner',
  action: 'classify',
  outcome: 'success',
  intent: 'refill',
  reasons: ['dosing', 'allergy'],
});

describe('audit hash chain', () => {
  const { rows, head } = sealRows([0, 1, 2, 3].map(event), { seq: 0, hash: 'genesis' }, hmac);

  it('verifies an untouched chain, including its head', () => {
    expect(verifyChain(rows, hmac, undefined, head)).toEqual({ ok: true, rows: 4 });
  });

  it('names a changed row', () => {
    const changed = rows.map((r) => ({ ...r }));
    changed[2]!.intent = 'clinical';
    expect(verifyChain(changed, hmac).problem).toMatchObject({ row: 3, kind: 'changed' });
  });

  it('names a deleted row, and deleted rows at the end', () => {
    expect(verifyChain([rows[0]!, rows[2]!, rows[3]!], hmac).problem).toMatchObject({
      row: 2,
      kind: 'deleted',
    });
    expect(verifyChain(rows.slice(0, 3), hmac, undefined, head).problem).toMatchObject({ kind: 'truncated' });
  });

  it('names an inserted or copied row', () => {
    expect(verifyChain([rows[0]!, rows[1]!, rows[1]!, rows[2]!], hmac).problem).toMatchObject({
      row: 3,
      kind: 'inserted',
    });
    const forged = { ...rows[1]!, seq: '3', eventId: 'forged' };
    expect(verifyChain([rows[0]!, rows[1]!, forged], hmac).problem?.row).toBe(3);
  });
});

describe('formula injection', () => {
  it('neutralises every dangerous first character and reads it back', () => {
    for (const v of ['=HYPERLINK("http://x","y")', '+1', '-2', '@SUM(A1)', '\tx', '\rx', '\nx', "'quoted"]) {
      expect(neutraliseCell(v).startsWith("'")).toBe(true);
      expect(readNeutralisedCell(neutraliseCell(v))).toBe(v);
    }
    expect(neutraliseCell('refill')).toBe('refill');
  });

  it('round-trips CSV with quotes, commas and line breaks', () => {
    const values = ['a,b', 'say "hi"', 'line\nbreak', '=1+1', ''];
    const [parsed] = parseCsv(toCsvLine(values));
    expect(parsed!.map(readNeutralisedCell)).toEqual(values);
  });
});

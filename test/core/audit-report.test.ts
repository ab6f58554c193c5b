import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { GENESIS_HASH, sealRows, type AuditEvent } from '../../src/core/audit';
import { parseConfigTabs, RULES_HEADER, TEMPLATES_HEADER } from '../../src/sheet/config';
import { checkChain } from '../../src/sheet/chain-report';
import { columnLetter } from '../../src/sheet/dashboard';
import { detailOf, eventIdFor } from '../../src/sheet/events';

const hmac = (m: string) => createHmac('sha256', 'k').update(m).digest('hex');
const events = Array.from({ length: 5 }, (_, i): AuditEvent => ({
  timestamp: `2026-01-0${i + 1}T00:00:00Z`,
  eventId: `e${i}`,
  runId: 'r',
  actor: 'scanner',
  actorRole: 'system',
  action: 'classify',
  outcome: 'success',
}));
const genesis = { seq: 0, hash: GENESIS_HASH };

describe('chain report', () => {
  const { rows, head } = sealRows(events, genesis, hmac);

  it('names rows as a spreadsheet shows them (header = row 1)', () => {
    expect(checkChain(rows, hmac, genesis, head, 'X')).toMatchObject({ ok: true, rows: 5 });
    const changed = rows.map((r, i) => (i === 2 ? { ...r, intent: 'clinical' } : r));
    expect(checkChain(changed, hmac, genesis, head, 'X')).toMatchObject({
      row: 4,
      kind: 'changed',
      message: 'X row 4 (seq 3) was changed after it was written',
    });
    const gap = [rows[0]!, rows[3]!, rows[4]!];
    expect(checkChain(gap, hmac, genesis, head, 'X').message).toBe(
      'X: 2 row(s) deleted just above row 3 (seq 2…3 missing)',
    );
    expect(checkChain(rows.slice(0, 4), hmac, genesis, head, 'X').message).toBe(
      'X: the last 1 row(s) were deleted after row 5 (the chain should end at seq 5)',
    );
  });
});

describe('event helpers', () => {
  it('keeps codes in details and redacts anything else', () => {
    expect(
      detailOf({
        minutes: 12,
        priority: 'urgent',
        draftUsed: true,
        subject: 'Chest pain',
        who: 'a@b.c',
        empty: '',
      }),
    ).toBe('minutes=12;priority=urgent;draftUsed=1;subject=redacted;who=redacted');
    expect(eventIdFor(['a', 'b'])).toMatch(/^ev-[0-9a-f]{16}$/);
    expect(eventIdFor(['a', 'b'])).toBe(eventIdFor(['a', 'b']));
    expect(eventIdFor(['a', 'b'])).not.toBe(eventIdFor(['ab', '']));
    expect([0, 25, 26, 701].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'ZZ']);
  });
});

describe('parseConfigTabs', () => {
  it('skips comment rows and keeps sheet row numbers in errors', () => {
    const config = parseConfigTabs(
      [
        TEMPLATES_HEADER,
        ['# refill', 'en', 's', 'b', '1', ''],
        ['stock', 'en', 'In stock', 'Hello,\n\nIt is in stock.', 'v1', ''],
      ],
      [
        [...RULES_HEADER],
        ['# en', 'allergy', 'x', 'trigger'],
        ['da', 'pregnancy', 'gravid i uge', 'trigger'],
        ['', '', '', ''],
        ['de', 'dosing', 'zu viele', 'maybe'],
      ],
    );
    expect(config.templates.map((t) => [t.id, t.language])).toEqual([['stock_check', 'en']]);
    expect(config.extraRules).toEqual([
      { language: 'da', reason: 'pregnancy', phrase: 'gravid i uge', kind: 'trigger' },
    ]);
    expect(config.errors.map((e) => [e.tab, e.row])).toEqual([['Rules', 5]]);
  });

  it('reports a Rules tab whose header is not the expected one', () => {
    expect(parseConfigTabs([], [['lang', 'why', 'words', 'type']]).errors).toEqual([
      expect.objectContaining({ tab: 'Rules', row: 1, code: 'invalid_header' }),
    ]);
  });
});

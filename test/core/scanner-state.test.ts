// The scanner's pure parts: its per-thread record, the decisions it takes from a thread's
// messages, response times in business hours, and the retry policy.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../src/core/config/settings';
import { labelNames } from '../../src/core/policy/labels';
import type { MessageInput, TriageResult } from '../../src/core/types';
import { errorCode, isFatal, isTransient, jitterSource, quotaService, withRetry } from '../../src/gas/retry';
import { businessMinutes, type ZoneClock } from '../../src/scanner/business-time';
import { labelChange, planDraft, planThread, type MessageView } from '../../src/scanner/decide';
import {
  RETENTION_MS,
  ThreadRecords,
  decodeFailures,
  decodePending,
  encodeFailures,
  decodeShard,
  encodePending,
  encodeShard,
  messageHash,
  notePending,
  shardKey,
  type ThreadState,
} from '../../src/scanner/record';

const OWN = new Set(['inbox@harbour-pharmacy.example']);
const NOW = Date.parse('2026-11-23T08:00:00Z');
const names = labelNames('Triage');

describe('thread record', () => {
  it('round-trips through compact shards and forgets entries past the retention', () => {
    const state: ThreadState = { msg: messageHash('m2'), seen: NOW, intent: 'refill', quarantined: false };
    const map = new Map<string, ThreadState>([
      ['t1', state],
      ['t2', { msg: '', seen: NOW - 1, intent: null, quarantined: true }],
      ['old', { ...state, seen: NOW - RETENTION_MS - 1 }],
    ]);
    const decoded = decodeShard(encodeShard(map, NOW));
    expect([...decoded.keys()].sort()).toEqual(['t1', 't2']);
    expect(decoded.get('t1')).toEqual(state);
    expect(decoded.get('t2')).toMatchObject({ intent: null, quarantined: true });
  });

  it('keeps a shard under one property value by dropping the oldest entries', () => {
    const map = new Map<string, ThreadState>();
    for (let i = 0; i < 1_000; i++)
      map.set(`194a0b1c2d3${String(i).padStart(5, '0')}`, {
        msg: messageHash(`m${i}`),
        seen: NOW - i * 1000,
        intent: 'stock',
        quarantined: false,
      });
    const text = encodeShard(map, NOW);
    expect(text.length).toBeLessThanOrEqual(8_000);
    const kept = decodeShard(text);
    expect(kept.has('194a0b1c2d300000')).toBe(true);
    expect(kept.has('194a0b1c2d300999')).toBe(false);
  });

  it('writes back only the shards it changed', () => {
    const records = new ThreadRecords({});
    records.set('t1', { msg: 'x', seen: NOW, intent: 'billing', quarantined: false });
    const changed = records.changed(NOW);
    expect(Object.keys(changed)).toEqual([shardKey('t1')]);
    expect(new ThreadRecords(changed).get('t1')?.intent).toBe('billing');
  });

  it('keeps the failure list within one property value, most-tried first', () => {
    const failures = Object.fromEntries(
      Array.from({ length: 400 }, (_, i) => [
        `194a0b1c2d3${String(i).padStart(5, '0')}`,
        { n: i % 3, code: 'exception', msg: `m${i}` },
      ]),
    );
    const kept = decodeFailures(encodeFailures(failures));
    expect(encodeFailures(failures).length).toBeLessThanOrEqual(8_000);
    expect(Object.values(kept).every((f) => f.n === 2) || Object.keys(kept).length === 400).toBe(true);
  });

  it('notes every intent a dying run may have left on a thread', () => {
    const pending = decodePending('');
    notePending(pending, 't1', 'refill');
    notePending(pending, 't1', 'clinical');
    notePending(pending, 't1', 'refill');
    expect(decodePending(encodePending(pending)).get('t1')).toEqual(['refill', 'clinical']);
  });
});

const at = (iso: string) => Date.parse(iso);
let n = 0;
const msg = (from: string, iso: string, draft = false): MessageView => ({
  index: n++,
  id: `id${n}`,
  from,
  date: at(iso),
  draft,
});
const patient = (iso: string) => msg('Ann <ann@example.org>', iso);
const staff = (iso: string) => msg(`Harbour <${[...OWN][0]}>`, iso);

describe('planThread', () => {
  it('classifies the newest inbound message, not a staff reply or a draft', () => {
    const a = patient('2026-11-20T10:00:00Z');
    const b = patient('2026-11-20T11:00:00Z');
    const plan = planThread(
      [a, b, staff('2026-11-20T12:00:00Z'), msg(`<${[...OWN][0]}>`, '2026-11-20T13:00:00Z', true)],
      OWN,
      undefined,
    );
    expect(plan.classify?.id).toBe(b.id);
    // The staff reply answers the unanswered run, which started with the first message.
    expect(plan.firstResponses.map((r) => r.since.id)).toEqual([a.id]);
  });

  it('does nothing again for a thread whose newest inbound message was classified', () => {
    const a = patient('2026-11-20T10:00:00Z');
    const prev = { msg: messageHash(a.id), seen: a.date, intent: 'refill' as const, quarantined: false };
    expect(planThread([a], OWN, prev)).toMatchObject({ classify: null, firstResponses: [] });
  });

  it('classifies a new inbound message once more and counts only new staff replies', () => {
    const a = patient('2026-11-20T10:00:00Z');
    const r1 = staff('2026-11-20T11:00:00Z');
    const prev = { msg: messageHash(a.id), seen: r1.date, intent: 'refill' as const, quarantined: false };
    const b = patient('2026-11-21T10:00:00Z');
    const r2 = staff('2026-11-21T10:30:00Z');
    const r3 = staff('2026-11-21T10:40:00Z');
    const plan = planThread([a, r1, b, r2, r3], OWN, prev);
    expect(plan.classify?.id).toBe(b.id);
    expect(plan.firstResponses.map((r) => [r.staff.id, r.since.id])).toEqual([[r2.id, b.id]]);
    expect(plan.seen).toBe(r3.date);
  });

  it('keeps a quarantined message out of the queue', () => {
    const a = patient('2026-11-20T10:00:00Z');
    const plan = planThread([a], OWN, { msg: messageHash(a.id), seen: 0, intent: null, quarantined: true });
    expect(plan).toMatchObject({ classify: null, stillQuarantined: true });
  });
});

describe('labelChange', () => {
  it('replaces any intent label a thread may carry and never removes escalation', () => {
    const change = labelChange(
      { intent: 'clinical', escalate: true, priority: 'urgent' },
      ['refill', 'clinical', null, 'stock'],
      names,
    );
    expect(change.add).toEqual([names.intent('clinical'), names.escalate, names.urgent]);
    expect(change.remove).toEqual([names.intent('refill'), names.intent('stock')]);
  });
});

function result(over: Partial<TriageResult>): TriageResult {
  return {
    id: 'm1',
    language: 'en',
    intent: 'refill',
    escalate: false,
    priority: 'normal',
    reasons: [],
    confidence: 0.9,
    evidence: [],
    reasonHits: [],
    intentEvidence: [],
    decidedBy: 'model',
    needsReview: false,
    historyHints: [],
    extraction: { patientFirstName: 'Ann', medications: [], dates: [] },
    warnings: [],
    ruleSetVersion: 'test',
    ...over,
  };
}

describe('planDraft', () => {
  const input: MessageInput = {
    id: 'm1',
    from: 'Ann <ann@example.org>',
    subject: 'Refill',
    body: 'Please refill.',
  };
  const on: Settings = {
    ...DEFAULT_SETTINGS,
    pharmacyName: 'Harbour Pharmacy',
    draftsForRoutine: true,
    emergencyDrafts: true,
  };

  it('is off by default and never for clinical or escalated mail', () => {
    expect(planDraft(result({}), input, DEFAULT_SETTINGS, '<m1>', [])).toBeNull();
    expect(
      planDraft(result({ intent: 'clinical', escalate: true, priority: 'high' }), input, on, '<m1>', []),
    ).toBeNull();
    expect(
      planDraft(
        result({ escalate: true, reasons: ['controlled_substance'], priority: 'high' }),
        input,
        on,
        '<m1>',
        [],
      ),
    ).toBeNull();
    expect(planDraft(result({}), input, on, '<m1>', [])).toMatchObject({ kind: 'routine', existing: false });
    const emergency = result({
      intent: 'clinical',
      escalate: true,
      priority: 'urgent',
      reasons: ['emergency'],
    });
    expect(planDraft(emergency, input, on, '<m1>', [])).toMatchObject({
      kind: 'emergency',
      template: { id: 'emergency_advice' },
    });
    expect(planDraft(emergency, input, { ...on, emergencyDrafts: false }, '<m1>', [])).toBeNull();
  });

  it('makes no second draft, and recognises its own draft left by a run that died', () => {
    const made = planDraft(result({}), input, on, '<m1>', []);
    if (!made || !('rendered' in made)) throw new Error('expected a draft');
    const ours = { inReplyTo: '<m1>', body: made.rendered.body };
    expect(planDraft(result({}), input, on, '<m1>', [ours])).toMatchObject({ existing: true });
    expect(
      planDraft(result({}), input, on, '<m1>', [{ inReplyTo: '<m1>', body: 'Hi Ann, typed by hand' }]),
    ).toBeNull();
  });

  it('skips a draft that Reply-To would send elsewhere', () => {
    expect(planDraft(result({}), { ...input, replyTo: 'other@evil.example' }, on, '<m1>', [])).toMatchObject({
      skip: 'reply_to_differs',
    });
  });
});

/** Europe/Brussels for 2026 (CET, +1 h) without services. */
const brussels: ZoneClock = {
  dateOf: (ms) => {
    const d = new Date(ms + 3_600_000);
    return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
  },
  offsetMinutes: () => 60,
};

describe('businessMinutes', () => {
  const hours = DEFAULT_SETTINGS.businessHours;

  it('counts only opening hours on open days', () => {
    expect(businessMinutes(at('2026-11-23T08:30:00Z'), at('2026-11-23T09:00:00Z'), hours, brussels)).toBe(30);
    // Friday 16:00 to Monday 10:00 local: Friday 2 h and Monday 1 h.
    expect(businessMinutes(at('2026-11-20T15:00:00Z'), at('2026-11-23T09:00:00Z'), hours, brussels)).toBe(
      180,
    );
    expect(businessMinutes(at('2026-11-21T09:00:00Z'), at('2026-11-22T18:00:00Z'), hours, brussels)).toBe(0);
    expect(businessMinutes(at('2026-11-23T09:00:00Z'), at('2026-11-23T08:00:00Z'), hours, brussels)).toBe(0);
  });
});

describe('retry policy', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('reduces errors to codes and tells transient from fatal', () => {
    expect(
      errorCode(
        new Error('Service invoked too many times in a short time: gmail. Try Utilities.sleep(1000)'),
      ),
    ).toBe('rate_limit');
    expect(isTransient(new Error('Too many simultaneous invocations: Gmail'))).toBe(true);
    expect(
      isTransient(new Error("We're sorry, a server error occurred. Please wait a bit and try again.")),
    ).toBe(true);
    expect(isFatal(new Error('Service invoked too many times for one day: gmail.'))).toBe(true);
    expect(quotaService(new Error('Service invoked too many times for one day: gmail.'))).toBe('gmail');
    expect(isFatal(new Error('Exceeded maximum execution time'))).toBe(true);
    expect(errorCode(new Error('Subject: my prescription'))).toBe('exception');
  });

  it('backs off exponentially with jitter, then gives up', () => {
    const sleeps: number[] = [];
    vi.stubGlobal('Utilities', { sleep: (ms: number) => sleeps.push(ms) });
    let calls = 0;
    const flaky = () => {
      calls++;
      if (calls < 3) throw new Error('Service unavailable');
      return 'ok';
    };
    expect(withRetry(flaky, { random: () => 0.5 })).toBe('ok');
    expect(sleeps).toEqual([600, 1200]);
    expect(() =>
      withRetry(
        () => {
          throw new Error('Internal error');
        },
        { attempts: 3, random: jitterSource('run-1') },
      ),
    ).toThrow('Internal error');
    expect(() =>
      withRetry(() => {
        throw new Error('Invalid argument: id');
      }),
    ).toThrow('Invalid argument');
    expect(sleeps).toHaveLength(4);
  });
});

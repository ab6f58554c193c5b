import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS, AUDIT_COLUMNS } from '../../src/core/audit';
import { auditRows, formulasIn, newEnv, runEntry, runHelper, STAFF, tabOf } from './audit-harness';

type Fn = (...args: unknown[]) => unknown;

const INJECTIONS = ['=HYPERLINK("http://x","y")', '+1', '@SUM(A1)', '-2+3', '\t=1', '\r=1', '\n=1', "'=1"];

function sampleEvent(h: Record<string, Fn>, action: string, i: number): unknown {
  return h.auditEvent!({
    action,
    threadLink: `https://mail.google.com/mail/#all/18c0thread${i}`,
    messageId: `18c0msg${i}`,
    patientPseudonym: `p-${'0123456789abcdef'}`,
    language: 'fr',
    intent: 'refill',
    confidence: 0.912,
    decidedBy: 'model',
    reasons: ['dosing', 'allergy'],
    ruleSetVersion: 'r1.m2',
    templateId: 'refill_confirmation',
    templateVersion: '3',
    detail: `minutes=${i};priority=normal`,
  });
}

describe('audit rows (helpers bundle)', () => {
  it('writes every action type, chained, with the contract columns, and verifyAudit (dist) finds the chain intact', async () => {
    const env = newEnv();
    runEntry(env, 'setupAuditSpreadsheet');
    const result = await runHelper(env, (h) =>
      h.appendAudit!(AUDIT_ACTIONS.map((a, i) => sampleEvent(h, a, i))),
    );
    expect(result).toMatchObject({ written: AUDIT_ACTIONS.length, queued: 0 });
    const rows = auditRows(tabOf(env, 'Audit'));
    for (const action of AUDIT_ACTIONS) expect(rows.some((r) => r.action === action)).toBe(true);
    const draft = rows.find((r) => r.action === 'draft')!;
    expect(draft).toMatchObject({
      reasons: 'allergy,dosing',
      confidence: '0.912',
      language: 'fr',
      templateVersion: '3',
      actor: 'scanner',
      actorRole: 'system',
    });
    expect(draft.timestamp).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}[+-]\d\d:\d\d$/);
    expect(draft.eventId).toMatch(/^ev-[0-9a-f]{16}$/);
    rows.forEach((r, i) => {
      expect(Number(r.seq)).toBe(i + 1);
      if (i) expect(r.prevHash).toBe(rows[i - 1]!.rowHash);
    });
    expect(runEntry<{ ok: boolean }>(env, 'verifyAudit')).toMatchObject({ ok: true });
  });

  it('keeps injection out: no cell becomes a formula and values read back as written', async () => {
    const env = newEnv();
    runEntry(env, 'setupAuditSpreadsheet');
    await runHelper(env, (h) =>
      h.appendAudit!(
        INJECTIONS.map((bad, i) => ({
          ...(sampleEvent(h, 'classify', i) as object),
          eventId: `ev-injection-${i}`,
          actor: bad,
          actorRole: bad,
          outcome: bad,
          threadLink: bad,
          messageId: bad,
          patientPseudonym: bad,
          language: bad,
          intent: bad,
          decidedBy: bad,
          reasons: [bad],
          templateId: bad,
          detail: `subject=${bad};minutes=5`,
          // These survive the allow-list and still start with a formula character.
          confidence: -0.5,
          templateVersion: '-2',
          ruleSetVersion: '-rules.1',
        })),
      ),
    );
    const audit = tabOf(env, 'Audit');
    expect(formulasIn(audit)).toEqual([]);
    const rows = auditRows(audit).filter((r) => r.eventId.startsWith('ev-injection'));
    expect(rows).toHaveLength(INJECTIONS.length);
    for (const r of rows) {
      expect(r).toMatchObject({
        confidence: '-0.5',
        templateVersion: '-2',
        ruleSetVersion: '-rules.1',
        detail: 'subject=redacted;minutes=5',
      });
      for (const c of AUDIT_COLUMNS) for (const bad of INJECTIONS) expect(r[c]).not.toContain(bad.trim());
    }
    expect(runEntry<{ ok: boolean }>(env, 'verifyAudit')).toMatchObject({ ok: true });
  });

  it('queues what a user without access writes, and the owner writes it first, in order', async () => {
    const env = newEnv();
    runEntry(env, 'setupAuditSpreadsheet');
    const queued = await runHelper(
      env,
      (h) =>
        h.appendAudit!([
          h.auditEvent!({ action: 'handled', messageId: 'm1' }, { actor: STAFF, actorRole: 'staff' }),
        ]),
      { user: STAFF },
    );
    expect(queued).toMatchObject({ written: 0, queued: 1, reason: 'sheet_unavailable' });
    expect(auditRows(tabOf(env, 'Audit')).some((r) => r.action === 'handled')).toBe(false);
    await runHelper(env, (h) => h.appendAudit!([h.auditEvent!({ action: 'scan-heartbeat' })]));
    const actions = auditRows(tabOf(env, 'Audit')).map((r) => r.action);
    expect(actions.slice(-2)).toEqual(['handled', 'scan-heartbeat']);
    expect([...env.properties.script.keys()].filter((k) => k.startsWith('audit.queue.'))).toEqual([]);
    expect(runEntry<{ ok: boolean }>(env, 'verifyAudit')).toMatchObject({ ok: true });
  });

  it('queues when another execution holds the lock, and writes a retried event once', async () => {
    const env = newEnv();
    runEntry(env, 'setupAuditSpreadsheet');
    const holder = env.newExecution();
    holder.globals.LockService.getScriptLock().tryLock(1);
    const busy = await runHelper(env, (h) =>
      h.appendAudit!([h.auditEvent!({ action: 'label', messageId: 'm2', runId: 'run-1' })]),
    );
    expect(busy).toMatchObject({ queued: 1, reason: 'busy' });
    holder.end();
    const again = await runHelper(env, (h) =>
      h.appendAudit!([h.auditEvent!({ action: 'label', messageId: 'm2', runId: 'run-1' })]),
    );
    expect(again).toMatchObject({ written: 1, skippedDuplicates: 1 });
    expect(auditRows(tabOf(env, 'Audit')).filter((r) => r.action === 'label')).toHaveLength(1);
  });

  it('caps the queue in script properties and records how many events were dropped', async () => {
    const env = newEnv();
    const events = await runHelper(env, (h) =>
      h.appendAudit!(
        Array.from({ length: 300 }, (_, i) => h.auditEvent!({ action: 'classify', messageId: `m${i}` })),
      ),
    );
    expect(events).toMatchObject({ queued: 250, reason: 'queue_full' });
    expect(env.properties.script.get('audit.dropped')).toBe('50');
    runEntry(env, 'setupAuditSpreadsheet');
    const rows = auditRows(tabOf(env, 'Audit'));
    expect(rows.filter((r) => r.action === 'classify')).toHaveLength(250);
    expect(rows.find((r) => r.action === 'error')).toMatchObject({
      outcome: 'failure:audit_queue_full',
      detail: 'dropped=50',
    });
    expect(runEntry<{ ok: boolean }>(env, 'verifyAudit')).toMatchObject({ ok: true });
  });

  it('continues the chain from a sealed row whose head was never stored', async () => {
    const env = newEnv();
    runEntry(env, 'setupAuditSpreadsheet');
    const fault = env.faults.inject({
      service: 'properties',
      method: 'setProperty',
      error: 'internal',
      times: 1,
    });
    await runHelper(env, (h) => h.appendAudit!([h.auditEvent!({ action: 'label', messageId: 'm3' })]));
    fault.remove();
    await runHelper(env, (h) => h.appendAudit!([h.auditEvent!({ action: 'draft', messageId: 'm3' })]));
    const rows = auditRows(tabOf(env, 'Audit'));
    expect(rows.filter((r) => r.action === 'label')).toHaveLength(1);
    expect(runEntry<{ ok: boolean }>(env, 'verifyAudit')).toMatchObject({ ok: true });
  });
});

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { toCsvLine } from '../../src/core/audit';
import { feedbackToTraining } from '../../scripts/feedback-to-training';
import { loadSamplesInto } from '../gas/load-samples';
import { formulasIn, newEnv, runEntry, runHelper, STAFF, tabOf } from './audit-harness';

const SAMPLES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../samples');

const correction = {
  actor: STAFF,
  pseudonym: 'p-0123456789abcdef',
  threadId: '18c0aa11bb22cc33',
  messageId: '18c0aa11bb22cc44',
  oldIntent: 'refill',
  newIntent: 'clinical',
  oldEscalate: false,
  newEscalate: true,
  language: 'nl',
  timestamp: '2026-11-23T07:30:00Z',
};

describe('recordFeedback (helpers bundle)', () => {
  it('appends one row of ids and codes', async () => {
    const env = newEnv();
    runEntry(env, 'setupAuditSpreadsheet');
    expect(await runHelper(env, (h) => h.recordFeedback!(correction))).toEqual({
      ok: true,
      written: true,
      queued: false,
    });
    const sheet = tabOf(env, 'Feedback');
    expect(sheet.values()).toEqual([
      [
        'timestamp',
        'actor',
        'patientPseudonym',
        'threadId',
        'messageId',
        'language',
        'oldIntent',
        'newIntent',
        'oldEscalate',
        'newEscalate',
      ],
      [
        '2026-11-23T08:30:00.000+01:00',
        STAFF,
        correction.pseudonym,
        correction.threadId,
        correction.messageId,
        'nl',
        'refill',
        'clinical',
        'false',
        'true',
      ],
    ]);
    expect(formulasIn(sheet)).toEqual([]);
  });

  it('queues a row from staff, who cannot open the sheet, until the owner next writes the audit', async () => {
    const env = newEnv();
    runEntry(env, 'setupAuditSpreadsheet');
    expect(await runHelper(env, (h) => h.recordFeedback!(correction), { user: STAFF })).toEqual({
      ok: true,
      written: false,
      queued: true,
    });
    expect(tabOf(env, 'Feedback').lastRow()).toBe(1);
    await runHelper(env, (h) => h.appendAudit!([h.auditEvent!({ action: 'scan-heartbeat' })]));
    expect(tabOf(env, 'Feedback').values()[1]![4]).toBe(correction.messageId);
    expect([...env.properties.script.keys()].filter((k) => k.startsWith('sheet.queue.'))).toEqual([]);
  });

  it('refuses anything that is not an id or a code', async () => {
    const env = newEnv();
    runEntry(env, 'setupAuditSpreadsheet');
    const bad = {
      pseudonym: 'eva.soenderby@example.dk',
      messageId: 'Re: my pills',
      threadId: '=HYPERLINK("http://x","y")',
      newIntent: 'please call me',
      language: '@SUM(A1)',
      actor: 'Sofie',
      timestamp: 'yesterday',
    };
    for (const [field, value] of Object.entries(bad)) {
      const result = (await runHelper(env, (h) => h.recordFeedback!({ ...correction, [field]: value }))) as {
        ok: boolean;
        error: string;
      };
      expect(result.ok).toBe(false);
      expect(result.error).toMatch(/^invalid_/);
    }
    expect(tabOf(env, 'Feedback').lastRow()).toBe(1);
  });
});

describe('scripts/feedback-to-training', () => {
  it('joins the exported Feedback tab with the local mail into corpus-style examples', async () => {
    const env = newEnv({ ownAddress: 'inbox@harbour-pharmacy.example' });
    const mbox = await loadSamplesInto(env.mailbox, SAMPLES);
    const eml = await loadSamplesInto(env.mailbox, path.join(SAMPLES, 'inbox'));
    runEntry(env, 'setupAuditSpreadsheet');
    const fromMbox = mbox.find((m) => !m.staff)!.record;
    const fromEml = eml.find((m) => m.record.subject.toLowerCase().includes('metformin'))!.record;
    for (const [record, newIntent] of [
      [fromMbox, 'automated'],
      [fromEml, 'clinical'],
    ] as const)
      await runHelper(env, (h) =>
        h.recordFeedback!({
          ...correction,
          actor: 'owner@pharmacy.example',
          threadId: record.threadId,
          messageId: record.id,
          oldIntent: 'general',
          newIntent,
          newEscalate: newIntent === 'clinical',
        }),
      );
    const csv = tabOf(env, 'Feedback')
      .values()
      .map((r) => toCsvLine(r.map(String)))
      .join('\n');

    const takeout = await feedbackToTraining(csv, path.join(SAMPLES, 'takeout.mbox'));
    expect(takeout.unmatched).toEqual([fromEml.id]);
    expect(takeout.examples).toEqual([
      expect.objectContaining({
        id: `fb-${fromMbox.id}`,
        intent: 'automated',
        escalate: false,
        reasons: [],
        origin: 'feedback',
        previous: { intent: 'general', escalate: false },
        subject: fromMbox.subject,
      }),
    ]);

    const dir = mkdtempSync(path.join(tmpdir(), 'feedback-'));
    const jsonl = path.join(dir, 'mail.jsonl');
    writeFileSync(
      jsonl,
      JSON.stringify({
        id: fromEml.id,
        from: fromEml.from,
        subject: fromEml.subject,
        body: fromEml.plainBody,
      }) + '\n',
    );
    const local = await feedbackToTraining(csv, jsonl);
    const [made] = local.examples;
    expect(made).toMatchObject({
      id: `fb-${fromEml.id}`,
      intent: 'clinical',
      escalate: true,
      from: 'Patient <patient@example.invalid>',
      body: fromEml.plainBody,
    });
    expect(JSON.stringify(made)).not.toContain(fromEml.from.replace(/.*</, '').replace('>', ''));
  });
});

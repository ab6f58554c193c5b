import { describe, expect, it } from 'vitest';
import { AUDIT_COLUMNS } from '../../src/core/audit';
import type { GasEnvironment } from '../gas/environment';
import { auditRows, newEnv, PHARMACIST, runEntry, runHelper, STAFF, tabOf } from './audit-harness';

interface Check {
  ok: boolean;
  row?: number;
  kind?: string;
  message: string;
}
interface Report {
  ok: boolean;
  code?: string;
  audit?: Check;
}

/** Set-up plus ten events: the Audit tab holds rows 2..13 (seq 1..12). */
async function filled(): Promise<GasEnvironment> {
  const env = newEnv();
  runEntry(env, 'setupAuditSpreadsheet');
  await runHelper(env, (h) =>
    h.appendAudit!(
      Array.from({ length: 10 }, (_, i) =>
        h.auditEvent!({ action: 'classify', messageId: `m${i}`, intent: 'refill' }),
      ),
    ),
  );
  return env;
}

const col = (name: (typeof AUDIT_COLUMNS)[number]) => AUDIT_COLUMNS.indexOf(name) + 1;

describe('verifyAudit (dist/Code.js)', () => {
  it('reports an intact chain and records the check', async () => {
    const env = await filled();
    const report = runEntry<Report>(env, 'verifyAudit');
    expect(report).toMatchObject({ ok: true, audit: { ok: true, rows: 12 } });
    expect(auditRows(tabOf(env, 'Audit')).at(-1)).toMatchObject({
      action: 'verify',
      outcome: 'success',
      detail: 'rows=12;archive=none',
    });
  });

  it('names a changed cell', async () => {
    const env = await filled();
    tabOf(env, 'Audit').write(6, col('intent'), 'clinical');
    const report = runEntry<Report>(env, 'verifyAudit');
    expect(report).toMatchObject({ ok: false, audit: { ok: false, row: 6, kind: 'changed' } });
    expect(report.audit!.message).toBe('Audit row 6 (seq 5) was changed after it was written');
    expect(auditRows(tabOf(env, 'Audit')).at(-1)).toMatchObject({
      action: 'verify',
      outcome: 'failure:changed',
      detail: 'rows=12;row=6;kind=changed;archive=none',
    });
  });

  it('names a deleted row', async () => {
    const env = await filled();
    tabOf(env, 'Audit').deleteRows(5, 1);
    const report = runEntry<Report>(env, 'verifyAudit');
    expect(report).toMatchObject({ ok: false, audit: { row: 5, kind: 'deleted' } });
    expect(report.audit!.message).toBe('Audit: 1 row(s) deleted just above row 5 (seq 4 missing)');
  });

  it('names an inserted row, copied or made up', async () => {
    for (const forged of [false, true]) {
      const env = await filled();
      const sheet = tabOf(env, 'Audit');
      const copy = sheet.rows[3]!.map((c) => ({ ...c! }));
      sheet.rows.splice(7, 0, copy);
      if (forged) sheet.write(8, col('messageId'), 'forged');
      const report = runEntry<Report>(env, 'verifyAudit');
      expect(report).toMatchObject({ ok: false, audit: { row: 8, kind: 'inserted' } });
      expect(report.audit!.message).toMatch(/^Audit row 8 \(seq \d+\) was inserted, copied or moved there$/);
    }
  });

  it('catches rows deleted from the end through the head kept in properties', async () => {
    const env = await filled();
    tabOf(env, 'Audit').deleteRows(12, 2);
    const report = runEntry<Report>(env, 'verifyAudit');
    expect(report).toMatchObject({ ok: false, audit: { kind: 'truncated', row: 12 } });
    expect(report.audit!.message).toBe(
      'Audit: the last 2 row(s) were deleted after row 11 (the chain should end at seq 12)',
    );
  });

  it('keeps a deletion detectable after new rows are appended', async () => {
    const env = await filled();
    tabOf(env, 'Audit').deleteRows(13, 1);
    await runHelper(env, (h) => h.appendAudit!([h.auditEvent!({ action: 'scan-heartbeat' })]));
    expect(runEntry<Report>(env, 'verifyAudit')).toMatchObject({
      ok: false,
      audit: { kind: 'deleted', row: 13 },
    });
  });

  it('is for managers only, and fails closed', async () => {
    const env = await filled();
    expect(runEntry<Report>(env, 'verifyAudit', [], { user: STAFF })).toEqual({
      ok: false,
      code: 'forbidden',
    });
    expect(runEntry<Report>(env, 'verifyAudit', [], { user: PHARMACIST })).toEqual({
      ok: false,
      code: 'forbidden',
    });
    expect(runEntry<Report>(env, 'verifyAudit', [], { user: '' })).toEqual({
      ok: false,
      code: 'unknown_user',
    });
  });
});

import { describe, expect, it } from 'vitest';
import type { GasEnvironment } from '../gas/environment';
import { auditRows, newEnv, runEntry, runHelper, STAFF, tabOf } from './audit-harness';

interface ArchiveReport {
  ok: boolean;
  code?: string;
  moved: number;
  remaining: number;
  archiveId?: string;
}
interface Report {
  ok: boolean;
  audit?: { ok: boolean; rows: number; kind?: string; row?: number; message: string };
  archive?: { ok: boolean; rows: number; kind?: string; row?: number; message: string };
}

/** Set-up in 2019, then three classify rows in each year up to 2026. */
async function sevenYears(): Promise<GasEnvironment> {
  const env = newEnv({ now: '2019-06-01T08:00:00Z' });
  runEntry(env, 'setupAuditSpreadsheet');
  for (let year = 2020; year <= 2026; year++) {
    env.clock.set(`${year}-06-01T08:00:00Z`);
    await runHelper(env, (h) =>
      h.appendAudit!([0, 1, 2].map((i) => h.auditEvent!({ action: 'classify', messageId: `m${year}x${i}` }))),
    );
  }
  env.clock.set('2026-11-23T08:00:00Z');
  return env;
}

const archiveOf = (env: GasEnvironment) =>
  tabOf(env, 'Audit', env.workbooks.byName('Pharmacy inbox triage: audit (archive)')[0]);

describe('archiveAudit (dist/Code.js)', () => {
  it('moves rows older than N years unchanged, and both chains verify', async () => {
    const env = await sevenYears();
    const before = auditRows(tabOf(env, 'Audit'));
    const report = runEntry<ArchiveReport>(env, 'archiveAudit', [3]);
    // 2019: setup + roles change; 2020–2023 (June, before the 23 November 2023 cutoff): 4 × 3 rows.
    expect(report).toMatchObject({ ok: true, moved: 14 });
    const archived = auditRows(archiveOf(env));
    expect(archived).toEqual(before.slice(0, 14));
    const live = auditRows(tabOf(env, 'Audit'));
    expect(live[0]).toEqual(before[14]);
    expect(live.at(-1)).toMatchObject({ action: 'archive', detail: 'moved=14;years=3;until=14' });
    expect(JSON.parse(env.properties.script.get('audit.start')!)).toEqual({
      seq: 14,
      hash: before[13]!.rowHash,
    });
    expect(runEntry<Report>(env, 'verifyAudit')).toMatchObject({
      ok: true,
      audit: { ok: true },
      archive: { ok: true, rows: 14 },
    });
    expect(archiveOf(env).frozenRows).toBe(1);
    expect(archiveOf(env).workbook.protections.map((p) => [p.type, p.warningOnly, p.editors.size])).toEqual([
      ['SHEET', false, 1],
    ]);
  });

  it('uses the retention of the settings, and a second run moves only what has since grown old', async () => {
    const env = await sevenYears();
    // Six years by default: set-up (2019) and 2020.
    expect(runEntry<ArchiveReport>(env, 'archiveAudit')).toMatchObject({ ok: true, moved: 5 });
    env.clock.set('2027-11-23T08:00:00Z');
    expect(runEntry<ArchiveReport>(env, 'archiveAudit', [5])).toMatchObject({ ok: true, moved: 6 });
    expect(runEntry<ArchiveReport>(env, 'archiveAudit', [4])).toMatchObject({ ok: true, moved: 3 });
    expect(env.workbooks.byName('Pharmacy inbox triage: audit (archive)')).toHaveLength(1);
    expect(runEntry<Report>(env, 'verifyAudit')).toMatchObject({ ok: true, archive: { ok: true, rows: 14 } });
  });

  it('finishes a run that was cut short without copying a row twice', async () => {
    const env = await sevenYears();
    const fault = env.faults.inject({ method: 'deleteRows', error: 'internal', times: 1 });
    expect(runEntry<ArchiveReport>(env, 'archiveAudit', [3])).toMatchObject({
      ok: false,
      code: 'interrupted',
    });
    fault.remove();
    expect(auditRows(archiveOf(env))).toHaveLength(14);
    expect(runEntry<ArchiveReport>(env, 'archiveAudit', [3])).toMatchObject({ ok: true, moved: 14 });
    expect(auditRows(archiveOf(env))).toHaveLength(14);
    expect(runEntry<Report>(env, 'verifyAudit')).toMatchObject({ ok: true });
  });

  it('refuses to archive a broken chain, and verifyAudit names a change in the archive', async () => {
    const env = await sevenYears();
    tabOf(env, 'Audit').write(5, 13, 'clinical');
    expect(runEntry<ArchiveReport>(env, 'archiveAudit', [3])).toMatchObject({
      ok: false,
      code: 'chain_broken',
      moved: 0,
    });
    tabOf(env, 'Audit').write(5, 13, '');
    expect(runEntry<ArchiveReport>(env, 'archiveAudit', [3])).toMatchObject({ ok: true });
    archiveOf(env).deleteRows(3, 1);
    const report = runEntry<Report>(env, 'verifyAudit');
    expect(report).toMatchObject({
      ok: false,
      audit: { ok: true },
      archive: { ok: false, kind: 'deleted', row: 3 },
    });
    expect(report.archive!.message).toBe('Archive: 1 row(s) deleted just above row 3 (seq 2 missing)');
  });

  it('is for managers only', async () => {
    const env = await sevenYears();
    expect(runEntry<ArchiveReport>(env, 'archiveAudit', [3], { user: STAFF })).toMatchObject({
      ok: false,
      code: 'forbidden',
    });
  });
});

import { describe, expect, it } from 'vitest';
import type { GasEnvironment } from '../gas/environment';
import { auditRows, newEnv, runEntry, runHelper, STAFF, tabOf } from './audit-harness';

interface Config {
  extraRules: Array<{ language: string; reason: string; phrase: string; kind: string }>;
  templates: Array<{ id: string; language: string; version: string }>;
  errors: Array<{ tab: string; row: number; code: string; detail?: string }>;
  version: string;
}

const load = (env: GasEnvironment, user?: string) =>
  runHelper(env, (h) => h.loadSheetConfig!() as Config, user ? { user } : {});

function fill(env: GasEnvironment, tab: string, rows: string[][], from = 3): void {
  const sheet = tabOf(env, tab);
  rows.forEach((cells, i) => cells.forEach((v, j) => sheet.write(from + i, j + 1, v)));
}

const GOOD_TEMPLATE = [
  'refill',
  'en',
  'Your repeat prescription',
  'Hello {{patientFirstName}},\n\nIt will be ready tomorrow.\n\n{{signature}}',
  '2',
  '',
];
const GOOD_RULES = [
  ['nl', 'allergy', 'uitslag na de nieuwe pillen', 'trigger'],
  ['en', 'symptoms', 'no rash since', 'negation'],
];

async function configured(): Promise<GasEnvironment> {
  const env = newEnv();
  runEntry(env, 'setupAuditSpreadsheet');
  fill(env, 'Templates', [
    GOOD_TEMPLATE,
    ['refil', 'en', 'x', 'body', '1', ''],
    ['billing', 'xx', 's', '', '', ''],
  ]);
  fill(env, 'Rules', [
    ...GOOD_RULES,
    ['en', 'allergy', 'x', 'trigger'],
    ['en', 'hunger', 'starving today', 'trigger'],
    ['en', 'allergy', 'rash', 'maybe'],
  ]);
  return env;
}

describe('no-code configuration (helpers bundle)', () => {
  it('reads good rows, skips bad ones and reports them with their sheet row', async () => {
    const env = await configured();
    const config = await load(env);
    expect(config.templates).toEqual([
      expect.objectContaining({ id: 'refill_confirmation', language: 'en', version: '2' }),
    ]);
    expect(config.extraRules).toEqual(
      GOOD_RULES.map(([language, reason, phrase, kind]) => ({ language, reason, phrase, kind })),
    );
    expect(config.errors.map((e) => [e.tab, e.row, e.code])).toEqual([
      ['Templates', 4, 'unknown_intent'],
      ['Templates', 5, 'unknown_language'],
      ['Templates', 5, 'empty_body'],
      ['Templates', 5, 'empty_version'],
      ['Rules', 5, 'invalid_rule'],
      ['Rules', 6, 'invalid_rule'],
      ['Rules', 7, 'invalid_rule'],
    ]);
    expect(config.version).toMatch(/^cfg-[0-9a-f]{16}$/);
    expect(await runHelper(env, (h) => h.sheetConfigErrors!())).toHaveLength(7);
  });

  it('audits each new version once, with its version, and reads the tabs at most once per execution and cache period', async () => {
    const env = await configured();
    const first = await load(env);
    const reads = env.calls.count('Range.getValues');
    const again = await load(env);
    expect(again.version).toBe(first.version);
    expect(env.calls.count('Range.getValues')).toBe(reads);
    const rows = auditRows(tabOf(env, 'Audit'));
    const changes = rows.filter((r) => r.action === 'config-change' && r.ruleSetVersion.startsWith('cfg-'));
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({
      ruleSetVersion: first.version,
      detail: `version=${first.version};templates=1;rules=2;errors=7`,
    });
    expect(rows.filter((r) => r.action === 'config-error')).toEqual([
      expect.objectContaining({ outcome: 'failure:invalid_rows', detail: 'errors=7;first=4' }),
    ]);

    fill(env, 'Rules', [['fr', 'dosing', 'double dose par erreur', 'trigger']], 8);
    env.clock.advance(601_000);
    const changed = await load(env);
    expect(changed.version).not.toBe(first.version);
    expect(
      auditRows(tabOf(env, 'Audit')).filter(
        (r) => r.action === 'config-change' && r.ruleSetVersion === changed.version,
      ),
    ).toHaveLength(1);
  });

  it('gives staff, who cannot open the sheet, the last version read', async () => {
    const env = await configured();
    const owner = await load(env);
    env.clock.advance(601_000);
    const staff = await load(env, STAFF);
    expect(staff).toEqual(owner);
  });

  it('never breaks triage: an unreadable sheet falls back to the stored copy, then to the built-ins', async () => {
    const env = await configured();
    const owner = await load(env);
    env.clock.advance(601_000);
    const fault = env.faults.inject({ service: 'spreadsheet', method: 'openById', error: 'internal' });
    expect(await load(env)).toEqual(owner);
    env.properties.script.delete('config.snapshot');
    env.clock.advance(601_000);
    expect(await load(env)).toEqual({ extraRules: [], templates: [], errors: [], version: 'builtin' });
    fault.remove();
  });

  it('chunks a large configuration for the cache (100 KB a value) and says when it is too large to store', async () => {
    const env = newEnv();
    runEntry(env, 'setupAuditSpreadsheet');
    const body = `Hello {{patientFirstName}},\n\n${'Votre ordonnance est prête à être retirée. '.repeat(110)}\n\n{{signature}}`;
    fill(
      env,
      'Templates',
      Array.from({ length: 40 }, (_, i) => ['general', 'fr', `Sujet ${i}`, body, '1', `custom_${i}`]),
    );
    const config = await load(env);
    expect(config.templates).toHaveLength(40);
    expect(JSON.stringify(config).length).toBeGreaterThan(150_000);
    const reads = env.calls.count('Range.getValues');
    expect((await load(env)).templates).toHaveLength(40);
    expect(env.calls.count('Range.getValues')).toBe(reads);
    expect([...env.caches.script.keys()].every((k) => k.length <= 250)).toBe(true);
    expect(
      auditRows(tabOf(env, 'Audit')).find(
        (r) => r.action === 'config-change' && r.ruleSetVersion === config.version,
      ),
    ).toMatchObject({
      outcome: 'failure:config_too_large',
    });
  });
});

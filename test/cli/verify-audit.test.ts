import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AuditEvent } from '../../src/core/audit';
import { appendLocalAudit, writeAuditCsv } from '../../src/cli/local-audit';
import { verifyAuditCommand } from '../../src/cli/verify-audit';
import { auditRows, newEnv, runEntry, runHelper, tabOf } from '../bundle/audit-harness';

const event = (i: number, extra: Partial<AuditEvent> = {}): AuditEvent => ({
  timestamp: `2026-11-16T0${i % 10}:00:00.000+01:00`,
  eventId: `ev-${i}`,
  runId: 'run-local',
  actor: 'scanner',
  actorRole: 'system',
  action: 'classify',
  outcome: 'success',
  messageId: `<s${i}.1@mail.example>`,
  intent: 'refill',
  reasons: ['dosing', 'allergy'],
  detail: 'minutes=12;priority=normal',
  ...extra,
});

let dir: string;
let errors: string[];

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'verify-audit-'));
  errors = [];
  vi.spyOn(console, 'error').mockImplementation((m: string) => void errors.push(m));
  vi.spyOn(console, 'log').mockImplementation(() => undefined);
});
afterEach(() => vi.restoreAllMocks());

/** out/audit.csv with 6 rows, one of which starts with a formula character, plus a tampered copy. */
function tampered(edit: (lines: string[]) => string[]): string {
  const csv = path.join(dir, 'audit.csv');
  appendLocalAudit(
    csv,
    [1, 2, 3].map((i) => event(i)),
  );
  appendLocalAudit(csv, [event(4, { templateVersion: '=HYPERLINK("http://x","y")' }), event(5), event(6)]);
  const copy = path.join(dir, 'audit-copy.csv');
  writeFileSync(copy, edit(readFileSync(csv, 'utf8').trimEnd().split('\n')).join('\n') + '\n');
  return copy;
}

describe('verify-audit', () => {
  it('passes on the untouched CSV, finding the key next to it', () => {
    const copy = tampered((lines) => lines);
    expect(verifyAuditCommand(path.join(dir, 'audit.csv'))).toBe(0);
    expect(verifyAuditCommand(copy)).toBe(0);
    expect(readFileSync(path.join(dir, 'audit.csv'), 'utf8')).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
  });

  it('fails on one changed cell and names the row', () => {
    expect(
      verifyAuditCommand(
        tampered((l) => l.map((line, i) => (i === 3 ? line.replace('refill', 'billing') : line))),
      ),
    ).toBe(1);
    expect(errors.join('\n')).toMatch(/row 4 \(seq 3\) was changed after it was written/);
  });

  it('fails on one deleted row and names where', () => {
    expect(verifyAuditCommand(tampered((l) => l.filter((_, i) => i !== 2)))).toBe(1);
    expect(errors.join('\n')).toMatch(/1 row\(s\) deleted just above row 3 \(seq 2 missing\)/);
  });

  it('fails on one inserted row and names it', () => {
    expect(verifyAuditCommand(tampered((l) => [...l.slice(0, 5), l[2]!, ...l.slice(5)]))).toBe(1);
    expect(errors.join('\n')).toMatch(/row 6 \(seq 2\) was inserted, copied or moved there/);
  });

  it('fails when the last row is cut off, through the head in the key file', () => {
    expect(verifyAuditCommand(tampered((l) => l.slice(0, -1)))).toBe(1);
    expect(errors.join('\n')).toMatch(/the last 1 row\(s\) were deleted after row 6/);
  });

  it('exits 2 when there is no file or no key', () => {
    expect(verifyAuditCommand(path.join(dir, 'missing.csv'))).toBe(2);
    const lone = path.join(mkdtempSync(path.join(tmpdir(), 'lone-')), 'audit.csv');
    writeFileSync(lone, 'seq\n');
    expect(verifyAuditCommand(lone)).toBe(2);
    expect(errors.join('\n')).toMatch(/no key for/);
  });

  it('verifies a CSV exported from the sheet with the key from script properties (what npm start writes)', async () => {
    const env = newEnv();
    runEntry(env, 'setupAuditSpreadsheet');
    await runHelper(env, (h) =>
      h.appendAudit!([h.auditEvent!({ action: 'classify', messageId: 'm1', confidence: -1 })]),
    );
    const csv = path.join(dir, 'audit.csv');
    writeAuditCsv(csv, auditRows(tabOf(env, 'Audit')), {
      key: env.properties.script.get('audit.key')!,
      head: JSON.parse(env.properties.script.get('audit.head')!),
    });
    expect(verifyAuditCommand(csv)).toBe(0);
  });

  it('is what `npm run -s triage -- verify-audit` runs: exit status and message', () => {
    const good = path.join(dir, 'audit.csv');
    const bad = tampered((l) => l.map((line, i) => (i === 5 ? line.replace('refill', 'stock') : line)));
    const run = (file: string) =>
      spawnSync('npm', ['run', '-s', 'triage', '--', 'verify-audit', file], { encoding: 'utf8' });
    expect(run(good).status).toBe(0);
    const broken = run(bad);
    expect(broken.status).toBe(1);
    expect(broken.stderr).toMatch(/row 6 \(seq 5\) was changed/);
  });
});

import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');

function triage(args: string[], input?: string): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const lines = (s: string): Array<Record<string, unknown>> =>
  s
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));

describe('triage classify', () => {
  it('reads JSON Lines on standard input and answers one contract line each, in order', () => {
    const input = [
      {
        id: 'a',
        from: 'Ann <ann@example.com>',
        subject: 'refill',
        body: 'Hi, could you please refill my metformin? Thanks',
      },
      {
        id: 'b',
        subject: 'Automatic reply: away',
        body: 'I am out of the office until Monday.',
        headers: { 'auto-submitted': 'auto-replied' },
      },
      {
        id: 'c',
        html: '<p>Bonjour, <b>je n&apos;arrive plus &agrave; respirer</b> depuis l&apos;antibiotique</p>',
      },
      { body: '' },
    ]
      .map((o) => JSON.stringify(o))
      .join('\n');
    const r = triage(['classify', '-'], input);
    expect(r.code).toBe(0);
    const out = lines(r.stdout);
    expect(out.map((o) => o.id)).toEqual(['a', 'b', 'c', 'stdin#4']);
    expect(Object.keys(out[0]!)).toEqual([
      'id',
      'language',
      'intent',
      'escalate',
      'priority',
      'reasons',
      'confidence',
      'evidence',
    ]);
    expect(out[1]).toMatchObject({ intent: 'automated', priority: 'low', escalate: false });
    expect(out[2]).toMatchObject({ escalate: true, priority: 'urgent', language: 'fr' });
  });

  it('names .eml results by their path inside the folder, and mbox results by Message-ID or file#index', () => {
    const dir = mkdtempSync(join(tmpdir(), 'eml-'));
    mkdirSync(join(dir, 'sub'));
    writeFileSync(
      join(dir, 'sub', 'one.eml'),
      'From: A <a@example.com>\nSubject: refill\n\nPlease refill my lisinopril.\n',
    );
    writeFileSync(
      join(dir, 'box.mbox'),
      'From 1@xxx Mon Nov 16 08:12:00 +0000 2026\nMessage-ID: <m1@example.com>\nSubject: x\n\nhello\n\nFrom 2@xxx Mon Nov 16 08:13:00 +0000 2026\nSubject: y\n\nno id here\n',
    );
    const r = triage(['classify', dir]);
    expect(r.code).toBe(0);
    expect(lines(r.stdout).map((o) => o.id)).toEqual(['<m1@example.com>', 'box.mbox#2', 'sub/one.eml']);
  });

  it('gives a broken message a result and an unreadable path a clear error and a non-zero exit', () => {
    const dir = mkdtempSync(join(tmpdir(), 'eml-'));
    writeFileSync(join(dir, 'broken.eml'), Buffer.from([0xff, 0xfe, 0x00, 0x41, 0x0a, 0x0a, 0xc3, 0x28]));
    expect(lines(triage(['classify', join(dir, 'broken.eml')]).stdout)).toHaveLength(1);
    const missing = triage(['classify', join(dir, 'nope.eml')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('cannot read');
  });

  it('reports an invalid JSON line on stderr, classifies the rest and exits non-zero', () => {
    const r = triage(['classify', '-'], '{"id":"ok","body":"refill please"}\nnot json\n');
    expect(lines(r.stdout)).toHaveLength(1);
    expect(r.stderr).toContain('stdin:2');
    expect(r.code).toBe(1);
  });

  it('prints a table for people', () => {
    const r = triage(
      ['classify', '-', '--format', 'table'],
      '{"id":"t1","body":"Can I take ibuprofen with warfarin?"}\n',
    );
    expect(r.stdout.split('\n')[0]).toMatch(/^id\s+lang\s+intent/);
    expect(r.stdout).toContain('t1');
  });
});

import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');

describe('npm run deploy', () => {
  it('explains what to do and exits non-zero while .clasp.json holds the placeholder or clasp has no credentials', () => {
    const home = mkdtempSync(join(tmpdir(), 'home-'));
    const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/deploy.ts')], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, HOME: home, CLASP_CREDENTIALS: '' },
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/placeholder script id|no credentials/);
    expect(r.stderr).toContain('clasp login');
    expect(r.stderr).toContain('clasp create --type standalone');
    expect(r.stderr).toContain('Test deployments');
  });
});

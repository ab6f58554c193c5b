import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { GLOBAL_NAME, buildBundle } from '../../scripts/build';

const ROOT = join(import.meta.dirname, '..', '..');
let code = '';
let functions: string[] = [];

beforeAll(async () => {
  functions = (await buildBundle()).functions;
  code = readFileSync(join(ROOT, 'dist/Code.js'), 'utf8');
}, 60_000);

describe('dist/Code.js', () => {
  it('loads in a bare V8 context: no Apps Script services, no Node globals, nothing run at load time', () => {
    const context: Record<string, unknown> = {};
    runInNewContext(code, context, { timeout: 5_000 });
    expect(typeof context[GLOBAL_NAME]).toBe('object');
    for (const name of ['require', 'process', 'Buffer', 'GmailApp']) expect(context[name]).toBeUndefined();
  });

  it('has a real top-level function for every export of the entry, and nothing else at top level', () => {
    expect(functions.length).toBeGreaterThan(3);
    for (const name of functions) expect(code).toMatch(new RegExp(`^function ${name}\\(e\\) \\{$`, 'm'));
    const topLevel = [...code.matchAll(/^function (\w+)\(/gm)].map((m) => m[1]);
    expect(topLevel.sort()).toEqual([...functions].sort());
  });

  it('exposes every function the manifest names', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'appsscript.json'), 'utf8'));
    const named = [
      manifest.addOns.common.homepageTrigger.runFunction,
      ...manifest.addOns.common.universalActions.map((a: { runFunction: string }) => a.runFunction),
      ...manifest.addOns.gmail.contextualTriggers.map(
        (t: { onTriggerFunction: string }) => t.onTriggerFunction,
      ),
      ...manifest.addOns.gmail.composeTrigger.selectActions.map(
        (a: { runFunction: string }) => a.runFunction,
      ),
    ];
    for (const name of named) expect(functions, name).toContain(name);
  });

  it('copies the manifest next to the code', () => {
    expect(readFileSync(join(ROOT, 'dist/appsscript.json'), 'utf8')).toBe(
      readFileSync(join(ROOT, 'appsscript.json'), 'utf8'),
    );
  });
});

describe('clasp', () => {
  it('would push exactly dist/Code.js and dist/appsscript.json (show-file-status works offline)', () => {
    const clasp = join(ROOT, 'node_modules', '.bin', 'clasp');
    const r = spawnSync(clasp, ['show-file-status', '--json'], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.status, r.stderr).toBe(0);
    const status = JSON.parse(r.stdout.trim().split('\n').pop()!);
    expect([...status.filesToPush].sort()).toEqual(['dist/Code.js', 'dist/appsscript.json']);
  }, 60_000);
});

describe('bundle size', () => {
  it('the model, language profiles, rules and lexicon add at most 300 KB to dist/Code.js', async () => {
    const { bundleContribution } = await import('../../scripts/bench');
    const { data, files } = await bundleContribution();
    expect(Object.keys(files).length).toBeGreaterThanOrEqual(8);
    expect(data).toBeLessThanOrEqual(300 * 1024);
  }, 60_000);
});

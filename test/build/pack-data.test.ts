import { build } from 'esbuild';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKED_DATA, packDataPlugin } from '../../scripts/pack-data';
import { RULES } from '../../src/core/escalation/rules/index';
import { LEXICON } from '../../src/core/extraction/lexicon';

const ROOT = join(import.meta.dirname, '..', '..');

async function bundled(): Promise<{ RULES: typeof RULES; LEXICON: string; packed: string[]; code: string }> {
  const result = await build({
    stdin: {
      contents:
        "export { RULES } from './src/core/escalation/rules/index';\nexport { LEXICON } from './src/core/extraction/lexicon';",
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    globalName: 'Packed',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    plugins: [packDataPlugin()],
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.text;
  const inputs = Object.keys(result.metafile.inputs);
  const exports = new Function(`${code}\nreturn Packed;`)() as { RULES: typeof RULES; LEXICON: string };
  return { ...exports, code, packed: inputs.filter((p) => PACKED_DATA.test(join(ROOT, p))) };
}

describe('packed data in the bundle', () => {
  it('gives back exactly the rule files and the lexicon of the source', async () => {
    const b = await bundled();
    expect(b.packed).toHaveLength(7);
    expect(b.code).not.toContain('enkelttilskud');
    expect(b.code).not.toContain('amoxicillin');
    expect(b.LEXICON).toBe(LEXICON);
    expect(JSON.stringify(b.RULES)).toBe(JSON.stringify(RULES));
    expect(b.RULES.da.controlled.country).toBe('DK');
  }, 60_000);
});

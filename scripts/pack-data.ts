// An esbuild plugin that stores the rule files and the medication lexicon deflated in the bundle.
// The source files stay readable data a pharmacist can edit; the bundle gets their exports as
// values inflated on first use (src/core/text/packed.ts). Used by the build and by the benchmark,
// so that the size measured is the size shipped.
import type { Plugin } from 'esbuild';
import { deflateRawSync } from 'node:zlib';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const PACKED_DATA =
  /src[\\/]core[\\/](escalation[\\/]rules[\\/](en|fr|nl|da|de|es)|extraction[\\/]lexicon)\.ts$/;

const PACKED_MODULE = join(import.meta.dirname, '..', 'src', 'core', 'text', 'packed.ts');

function pack(value: string): string {
  return deflateRawSync(Buffer.from(value, 'utf8'), { level: 9 }).toString('base64');
}

/** The module that replaces a data file: each string export inflated, each object's fields on first access. */
export function packedModule(exports: Record<string, unknown>): string {
  const lines = [`import { lazyJson, unpackText } from ${JSON.stringify(PACKED_MODULE)};`];
  for (const [name, value] of Object.entries(exports)) {
    if (typeof value === 'string') {
      lines.push(`export const ${name} = unpackText(${JSON.stringify(pack(value))});`);
    } else if (value && typeof value === 'object' && !Array.isArray(value)) {
      const load = `load_${name}`;
      lines.push(`const ${load} = lazyJson(${JSON.stringify(pack(JSON.stringify(value)))});`);
      const getters = Object.keys(value).map(
        (k) => `  get ${JSON.stringify(k)}() { return ${load}()[${JSON.stringify(k)}]; },`,
      );
      lines.push(`export const ${name} = {\n${getters.join('\n')}\n};`);
    } else {
      throw new Error(`pack-data: export ${name} is neither a string nor an object`);
    }
  }
  return lines.join('\n') + '\n';
}

export function packDataPlugin(): Plugin {
  return {
    name: 'pack-data',
    setup(build) {
      build.onLoad({ filter: PACKED_DATA }, async (args) => {
        const exports = (await import(pathToFileURL(args.path).href)) as Record<string, unknown>;
        return { contents: packedModule(exports), loader: 'js', resolveDir: join(args.path, '..') };
      });
    },
  };
}

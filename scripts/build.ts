// Bundles src/main.ts into dist/Code.js for Apps Script: an IIFE assigned to one global, followed by a
// real top-level `function` for every export of the entry, because Apps Script finds manifest,
// trigger and card-action callbacks only among top-level function declarations.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packDataPlugin } from './pack-data';

export const GLOBAL_NAME = 'PharmacyTriage';
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const entry = join(root, 'src/main.ts');
const outDir = join(root, 'dist');

async function entryExports(): Promise<string[]> {
  const probe = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    write: false,
    metafile: true,
    outfile: 'probe.js',
    logLevel: 'silent',
  });
  const output = Object.values(probe.metafile.outputs)[0];
  if (!output) throw new Error('build: esbuild produced no output for the entry');
  return [...output.exports].sort();
}

export function wrapperFor(name: string): string {
  return `function ${name}(e) {\n  return ${GLOBAL_NAME}.${name}(e);\n}\n`;
}

export async function buildBundle(): Promise<{ bytes: number; functions: string[] }> {
  const functions = await entryExports();
  const bad = functions.filter((name) => !/^[A-Za-z_$][\w$]*$/.test(name) || name === 'default');
  if (bad.length)
    throw new Error(`build: entry exports that cannot be Apps Script functions: ${bad.join(', ')}`);
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    globalName: GLOBAL_NAME,
    target: 'es2020',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    minify: false,
    legalComments: 'none',
    charset: 'utf8',
    plugins: [packDataPlugin()],
    write: false,
    logLevel: 'warning',
  });
  const code = result.outputFiles[0]?.text;
  if (!code) throw new Error('build: esbuild produced no code');
  const footer = `\n// Apps Script callbacks: generated from the exports of src/main.ts.\n${functions.map(wrapperFor).join('\n')}`;
  mkdirSync(outDir, { recursive: true });
  const bundle = code + footer;
  writeFileSync(join(outDir, 'Code.js'), bundle);
  copyFileSync(join(root, 'appsscript.json'), join(outDir, 'appsscript.json'));
  return { bytes: Buffer.byteLength(bundle), functions };
}

const invokedDirectly = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1];
if (invokedDirectly) {
  const { bytes, functions } = await buildBundle();
  const manifest = JSON.parse(readFileSync(join(root, 'appsscript.json'), 'utf8')) as { timeZone?: string };
  console.log(
    `dist/Code.js: ${(bytes / 1024).toFixed(0)} KB, ${functions.length} entry functions; manifest time zone ${manifest.timeZone}`,
  );
}

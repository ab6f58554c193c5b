import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import gas from 'gas-local';
import type { Execution } from '../gas/execution';

export const DEFAULT_BUNDLE = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../dist/Code.js',
);

export type BundleSandbox = vm.Context & Record<string, (...args: unknown[]) => unknown>;

export interface LoadableEnvironment {
  globals: Record<string, unknown>;
  execution?: Execution;
}

function bundleFile(bundlePath: string | undefined): string {
  const file = path.resolve(bundlePath ?? DEFAULT_BUNDLE);
  if (!existsSync(file)) throw new Error(`Bundle not found at ${file}: run "npm run build" first.`);
  return file;
}

/** Loads the bundle with gas-local into a fresh sandbox whose globals are the environment's fakes. */
export function loadBundle(env: LoadableEnvironment, opts: { bundlePath?: string } = {}): BundleSandbox {
  const file = bundleFile(opts.bundlePath);
  const sandbox = vm.createContext({ ...env.globals });
  // Errors thrown by the fakes must come from the sandbox's realm so `e instanceof Error` holds in the bundle.
  env.execution?.useRealm(vm.runInContext('Error', sandbox) as ErrorConstructor);
  gas.require(path.dirname(file), sandbox, { filter: (f) => path.resolve(f) === file });
  return sandbox as BundleSandbox;
}

/** Runs the bundle in a context holding nothing but V8's built-ins: no services, no require, process or console. */
export function loadBundleInBareContext(bundlePath?: string): vm.Context {
  const file = bundleFile(bundlePath);
  const context = vm.createContext(Object.create(null) as object);
  vm.runInContext(readFileSync(file, 'utf8'), context, { filename: file });
  return context;
}

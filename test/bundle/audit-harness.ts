// Shared by the audit/sheet bundle tests. Entry functions run from the built dist/Code.js (what
// clasp pushes); helpers that Apps Script never calls by name (appendAudit, loadSheetConfig,
// recordFeedback…) are not globals there, so they run from a second bundle made the same way
// from their modules. Each call is one execution with a freshly loaded bundle, as in Apps Script.
import { build } from 'esbuild';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AUDIT_COLUMNS, type AuditRow } from '../../src/core/audit';
import { createGasEnvironment, type GasEnvironment, type GasEnvironmentOptions } from '../gas/environment';
import type { ExecutionOptions } from '../gas/execution';
import type { SheetRecord, WorkbookRecord } from '../gas/workbook';
import { loadBundle } from '../harness/load-bundle';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const OWNER = 'owner@pharmacy.example';
export const STAFF = 'staff@pharmacy.example';
export const PHARMACIST = 'pharmacist@pharmacy.example';
export const MANAGER = 'manager@pharmacy.example';

const HELPERS = `
export { appendAudit, appendAuditLocked, sheetText, readAuditRows } from './src/gas/audit-sink';
export { currentActor, authorize, mayClearEscalation, mayConfigure, forgetRoles } from './src/gas/roles';
export { auditEvent, sanitiseEvent, detailOf, pseudonymOf } from './src/sheet/events';
export { loadSheetConfig, sheetConfigErrors, forgetSheetConfig } from './src/sheet/config';
export { recordFeedback } from './src/sheet/feedback';
export { setupAuditSpreadsheet, verifyAudit, archiveAudit } from './src/sheet/entry';
export { triageMessage } from './src/core/triage';
export { messageInputOf } from './src/gas/gmail-message';
`;

let helperBundle: Promise<string> | null = null;

/** The helper bundle: same esbuild options as scripts/build.ts, written once per test file. */
export function helperBundlePath(): Promise<string> {
  helperBundle ??= (async () => {
    const dir = path.join(tmpdir(), `sheet-helpers-${process.pid}-${Date.now()}`);
    mkdirSync(dir, { recursive: true });
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
    const result = await build({
      stdin: { contents: HELPERS, resolveDir: ROOT, loader: 'ts', sourcefile: 'helpers.ts' },
      bundle: true,
      format: 'iife',
      globalName: 'Helpers',
      target: 'es2020',
      platform: 'neutral',
      mainFields: ['module', 'main'],
      write: false,
      logLevel: 'silent',
    });
    const file = path.join(dir, 'Code.js');
    writeFileSync(file, result.outputFiles[0]!.text);
    return file;
  })();
  return helperBundle;
}

export function newEnv(opts: GasEnvironmentOptions = {}): GasEnvironment {
  const env = createGasEnvironment({
    user: OWNER,
    timeZone: 'Europe/Brussels',
    now: '2026-11-23T08:00:00Z',
    ...opts,
  });
  env.properties.script.set(
    'settings',
    JSON.stringify({ pharmacyName: 'Harbour Pharmacy', timeZone: 'Europe/Brussels' }),
  );
  return env;
}

type Fn = (...args: unknown[]) => unknown;

/** Calls an entry function of dist/Code.js in a new execution (SHEET_BUNDLE overrides the path while others' entries are missing). */
export function runEntry<T = unknown>(
  env: GasEnvironment,
  name: string,
  args: unknown[] = [],
  exec: ExecutionOptions = {},
): T {
  const execution = env.newExecution(exec);
  try {
    const sandbox = loadBundle(
      execution,
      process.env.SHEET_BUNDLE ? { bundlePath: process.env.SHEET_BUNDLE } : {},
    );
    return (sandbox[name] as Fn)(...args) as T;
  } finally {
    execution.end();
  }
}

/** Calls a helper in a new execution; `fn` receives the helper bundle's exports. */
export async function runHelper<T>(
  env: GasEnvironment,
  fn: (h: Record<string, Fn>) => T,
  exec: ExecutionOptions = {},
): Promise<T> {
  const bundlePath = await helperBundlePath();
  const execution = env.newExecution(exec);
  try {
    const sandbox = loadBundle(execution, { bundlePath }) as unknown as { Helpers: Record<string, Fn> };
    return fn(sandbox.Helpers);
  } finally {
    execution.end();
  }
}

export function settingsOf(env: GasEnvironment): Record<string, unknown> {
  return JSON.parse(env.properties.script.get('settings') ?? '{}') as Record<string, unknown>;
}

export function workbookOf(env: GasEnvironment): WorkbookRecord {
  const id = settingsOf(env).auditSpreadsheetId as string;
  const workbook = env.workbooks.get(id);
  if (!workbook) throw new Error('no audit spreadsheet');
  return workbook;
}

export function tabOf(env: GasEnvironment, name: string, workbook = workbookOf(env)): SheetRecord {
  const sheet = workbook.sheet(name);
  if (!sheet) throw new Error(`no tab ${name}`);
  return sheet;
}

export function auditRows(sheet: SheetRecord): AuditRow[] {
  const [, ...rows] = sheet.values();
  return rows
    .filter((r) => r.some((v) => v !== ''))
    .map((r) => Object.fromEntries(AUDIT_COLUMNS.map((c, i) => [c, String(r[i] ?? '')])) as AuditRow);
}

/** Every cell that holds a formula (none may, in the Audit and Feedback tabs). */
export function formulasIn(sheet: SheetRecord): string[] {
  return sheet
    .formulas()
    .flat()
    .filter((f) => f !== '');
}

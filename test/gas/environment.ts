import { CacheStores, FakeCacheService } from './cache';
import { createCardService, type FakeCardService } from './card-service';
import { FakeCharts } from './charts';
import { makeClockDate } from './clock';
import { Execution, Runtime, type ExecutionOptions, type RuntimeOptions } from './execution';
import { FakeGmailApp } from './gmail-app';
import { FakeLockService, LockTable } from './lock';
import { makeConsole, FakeLogger } from './logging';
import { Mailbox } from './mailbox';
import { FakePropertiesService, PropertyStores } from './properties';
import { FakeScriptApp, TriggerStore } from './script-app';
import { FakeSession } from './session';
import { FakeSpreadsheetApp } from './spreadsheet';
import { FakeUtilities } from './utilities';
import { WorkbookStore } from './workbook';

export interface GasEnvironmentOptions extends RuntimeOptions {
  user?: string;
  effectiveUser?: string;
  ownAddress?: string;
  timeZone?: string;
  locale?: string;
  addOnMode?: boolean;
  scriptId?: string;
  extraGlobals?: (execution: Execution) => Record<string, unknown>;
}

export interface GasGlobals {
  GmailApp: FakeGmailApp;
  SpreadsheetApp: FakeSpreadsheetApp;
  PropertiesService: FakePropertiesService;
  CacheService: FakeCacheService;
  LockService: FakeLockService;
  ScriptApp: FakeScriptApp;
  Session: FakeSession;
  Utilities: FakeUtilities;
  Charts: typeof FakeCharts;
  CardService: FakeCardService;
  Logger: FakeLogger;
  console: Console;
  Date: DateConstructor;
  [name: string]: unknown;
}

export interface GasExecution {
  globals: GasGlobals;
  execution: Execution;
  end(): void;
}

export interface GasEnvironment extends GasExecution {
  runtime: Runtime;
  mailbox: Mailbox;
  workbooks: WorkbookStore;
  properties: PropertyStores;
  caches: CacheStores;
  locks: LockTable;
  triggers: TriggerStore;
  clock: Runtime['clock'];
  calls: Runtime['calls'];
  faults: Runtime['faults'];
  logs: Runtime['logs'];
  violations: Runtime['violations'];
  timeZone: string;
  scriptId: string;
  newExecution(opts?: ExecutionOptions): GasExecution;
  logText(): string;
}

export function createGasEnvironment(opts: GasEnvironmentOptions = {}): GasEnvironment {
  const runtime = new Runtime(opts);
  const user = opts.user ?? 'pharmacist@pharmacy.example';
  const timeZone = opts.timeZone ?? 'Europe/Amsterdam';
  const scriptId = opts.scriptId ?? '1FakeScriptIdForPharmacyTriage000000000000000000000000';
  const mailbox = new Mailbox(opts.ownAddress ?? user, runtime.clock);
  const workbooks = new WorkbookStore(opts.effectiveUser ?? user, timeZone);
  const properties = new PropertyStores();
  const caches = new CacheStores();
  const locks = new LockTable(runtime.clock);
  const triggers = new TriggerStore();
  const Date = makeClockDate(runtime.clock);

  const start = (execOpts: ExecutionOptions): GasExecution => {
    const execution = new Execution(runtime, {
      defaultUser: user,
      addOnMode: opts.addOnMode,
      locale: opts.locale,
      ...execOpts,
    });
    const scope = { exec: execution, mailbox };
    const globals: GasGlobals = {
      GmailApp: new FakeGmailApp(scope),
      SpreadsheetApp: new FakeSpreadsheetApp(execution, workbooks),
      PropertiesService: new FakePropertiesService(execution, properties),
      CacheService: new FakeCacheService(execution, caches),
      LockService: new FakeLockService(execution, locks),
      ScriptApp: new FakeScriptApp(execution, triggers, scriptId),
      Session: new FakeSession(execution, timeZone, scriptId),
      Utilities: new FakeUtilities(execution),
      Charts: FakeCharts,
      CardService: createCardService({
        count: (_service, method) =>
          execution.runtime.calls.recordNonIo(method.includes('.') ? method : `CardService.${method}`),
      }),
      Logger: new FakeLogger(execution),
      console: makeConsole(execution),
      Date,
      ...opts.extraGlobals?.(execution),
    };
    return { globals, execution, end: () => execution.end() };
  };

  const first = start({ user: opts.user, effectiveUser: opts.effectiveUser });
  return {
    ...first,
    runtime,
    mailbox,
    workbooks,
    properties,
    caches,
    locks,
    triggers,
    clock: runtime.clock,
    calls: runtime.calls,
    faults: runtime.faults,
    logs: runtime.logs,
    violations: runtime.violations,
    timeZone,
    scriptId,
    newExecution: (execOpts = {}) => start(execOpts),
    logText: () => runtime.logs.map((l) => l.text).join('\n'),
  };
}

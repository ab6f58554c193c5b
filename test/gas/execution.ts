import { CallLog } from './calls';
import { FakeClock } from './clock';
import { MESSAGES, type ServiceName } from './errors';
import { Faults } from './faults';
import { seededRng, type Rng } from './rng';

export interface Violation {
  method: string;
  detail: Record<string, unknown>;
  at: number;
  execution: number;
}

export interface LogEntry {
  source: 'console' | 'Logger';
  level: 'log' | 'info' | 'warn' | 'error' | 'debug';
  text: string;
  at: number;
  execution: number;
}

export const DEFAULT_COSTS: Record<ServiceName, number> = {
  gmail: 20,
  spreadsheet: 50,
  properties: 5,
  cache: 5,
  lock: 5,
  script: 20,
  session: 1,
};

export interface RuntimeOptions {
  now?: number | Date | string;
  seed?: number;
  limitMs?: number;
  costs?: Partial<Record<ServiceName, number>>;
}

export class Runtime {
  readonly clock: FakeClock;
  readonly calls = new CallLog();
  readonly faults: Faults;
  readonly rng: Rng;
  readonly costs: Record<ServiceName, number>;
  readonly limitMs: number;
  readonly violations: Violation[] = [];
  readonly logs: LogEntry[] = [];
  private nextExecution = 1;

  constructor(opts: RuntimeOptions = {}) {
    this.clock = new FakeClock(opts.now);
    this.rng = seededRng(opts.seed ?? 1);
    this.faults = new Faults(seededRng((opts.seed ?? 1) ^ 0x5bd1e995));
    this.costs = { ...DEFAULT_COSTS, ...opts.costs };
    this.limitMs = opts.limitMs ?? 360_000;
  }

  allocateExecutionId(): number {
    return this.nextExecution++;
  }
}

export interface ExecutionOptions {
  user?: string;
  effectiveUser?: string;
  locale?: string;
  addOnMode?: boolean;
  limitMs?: number;
}

export class Execution {
  readonly id: number;
  readonly startMs: number;
  readonly limitMs: number;
  readonly activeUser: string;
  readonly effectiveUser: string;
  readonly locale: string;
  readonly addOnMode: boolean;
  accessToken: string | null = null;
  readonly accessTokens: string[] = [];
  dead = false;
  ended = false;
  private realmError: ErrorConstructor = Error;
  private readonly endHooks: Array<() => void> = [];

  constructor(
    readonly runtime: Runtime,
    opts: ExecutionOptions & { defaultUser: string },
  ) {
    this.id = runtime.allocateExecutionId();
    this.startMs = runtime.clock.now();
    this.limitMs = opts.limitMs ?? runtime.limitMs;
    this.activeUser = opts.user ?? opts.defaultUser;
    this.effectiveUser = opts.effectiveUser ?? (this.activeUser || opts.defaultUser);
    this.locale = opts.locale ?? 'en';
    this.addOnMode = opts.addOnMode ?? false;
  }

  get deadline(): number {
    return this.startMs + this.limitMs;
  }

  useRealm(errorCtor: ErrorConstructor): void {
    this.realmError = errorCtor;
  }

  error(message: string): Error {
    const error = new this.realmError(message);
    error.name = 'Exception';
    return error;
  }

  io<T>(service: ServiceName, method: string, fn: () => T): T {
    const { clock, calls, faults, costs } = this.runtime;
    if (!this.dead && clock.now() > this.deadline) this.dead = true;
    if (this.dead) throw this.error(MESSAGES.executionTime);
    calls.record(service, method, clock.now(), this.id);
    clock.advance(costs[service]);
    const fault = faults.check(service, method, clock.now());
    if (fault !== undefined) throw this.error(fault);
    return fn();
  }

  nonIo<T>(method: string, fn: () => T): T {
    this.runtime.calls.recordNonIo(method);
    return fn();
  }

  violation(method: string, detail: Record<string, unknown>): never {
    this.runtime.violations.push({ method, detail, at: this.runtime.clock.now(), execution: this.id });
    throw this.error(MESSAGES.sendForbidden(method));
  }

  onEnd(hook: () => void): void {
    this.endHooks.push(hook);
  }

  end(): void {
    if (this.ended) return;
    this.ended = true;
    for (const hook of this.endHooks.splice(0)) hook();
  }
}

export abstract class GasObject {
  constructor(
    protected readonly exec: Execution,
    private readonly service: ServiceName,
    private readonly typeName: string,
  ) {}

  protected io<T>(method: string, fn: () => T): T {
    return this.exec.io(this.service, `${this.typeName}.${method}`, fn);
  }

  protected fail(message: string): never {
    throw this.exec.error(message);
  }

  toString(): string {
    return this.typeName;
  }

  toJSON(): Record<string, never> {
    return {};
  }
}

import { format } from 'node:util';
import type { Execution, LogEntry } from './execution';
import type { Faked } from './types';

export type LoggerApi = Faked<GoogleAppsScript.Base.Logger, 'log' | 'getLog' | 'clear'>;

function render(args: unknown[]): string {
  if (args.length === 0) return '';
  const [first, ...rest] = args;
  if (typeof first === 'string') return format(first, ...rest);
  return args
    .map((a) => (typeof a === 'string' ? a : a instanceof Error ? `${a.name}: ${a.message}` : safeJson(a)))
    .join(' ');
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

export function makeConsole(exec: Execution): Console {
  const push =
    (level: LogEntry['level']) =>
    (...args: unknown[]) => {
      exec.runtime.logs.push({
        source: 'console',
        level,
        text: render(args),
        at: exec.runtime.clock.now(),
        execution: exec.id,
      });
    };
  const timers = new Map<string, number>();
  const fake = {
    log: push('log'),
    info: push('info'),
    warn: push('warn'),
    error: push('error'),
    debug: push('debug'),
    time: (label = 'default') => void timers.set(label, exec.runtime.clock.now()),
    timeEnd: (label = 'default') => {
      const start = timers.get(label);
      if (start !== undefined) push('log')(`${label}: ${exec.runtime.clock.now() - start}ms`);
      timers.delete(label);
    },
  };
  return fake as unknown as Console;
}

export class FakeLogger implements LoggerApi {
  private lines: string[] = [];

  constructor(private readonly exec: Execution) {}

  log(data: unknown, ...values: unknown[]): this {
    const text = render([data, ...values]);
    this.lines.push(text);
    const { runtime } = this.exec;
    runtime.logs.push({
      source: 'Logger',
      level: 'info',
      text,
      at: runtime.clock.now(),
      execution: this.exec.id,
    });
    return this;
  }

  getLog(): string {
    return this.lines.map((l) => `${l}\n`).join('');
  }

  clear(): void {
    this.lines = [];
  }
}

// Service calls that Apps Script may refuse for a moment are retried with exponential backoff and
// jitter. Errors are reduced to codes here, so callers log and audit codes, never message text
// (an exception from a parser could quote the mail it choked on).

export type ErrorCode =
  | 'rate_limit'
  | 'simultaneous'
  | 'server_error'
  | 'unavailable'
  | 'internal'
  | 'daily_quota'
  | 'time_limit'
  | 'not_found'
  | 'lock_timeout'
  | 'too_large'
  | 'permission'
  | 'invalid_argument'
  | 'exception';

const PATTERNS: Array<[RegExp, ErrorCode]> = [
  [/too many times for one day/i, 'daily_quota'],
  [/too many times in a short time/i, 'rate_limit'],
  [/too many simultaneous invocations/i, 'simultaneous'],
  [/server error occurred/i, 'server_error'],
  [/service unavailable/i, 'unavailable'],
  [/internal error/i, 'internal'],
  [/exceeded maximum execution time/i, 'time_limit'],
  [/not found|no item with the given id/i, 'not_found'],
  [/lock timeout/i, 'lock_timeout'],
  [/argument too large|exceeded the property storage/i, 'too_large'],
  [/permission|access denied|authorization/i, 'permission'],
  [/invalid argument/i, 'invalid_argument'],
];

const TRANSIENT: ReadonlySet<ErrorCode> = new Set([
  'rate_limit',
  'simultaneous',
  'server_error',
  'unavailable',
  'internal',
]);

export function errorCode(error: unknown): ErrorCode {
  const message = error instanceof Error ? error.message : String(error);
  for (const [pattern, code] of PATTERNS) if (pattern.test(message)) return code;
  return 'exception';
}

export function isTransient(error: unknown): boolean {
  return TRANSIENT.has(errorCode(error));
}

/** Errors that end the run: retrying or moving to the next thread cannot help. */
export function isFatal(error: unknown): boolean {
  const code = errorCode(error);
  return code === 'daily_quota' || code === 'time_limit';
}

/** Which daily quota ran out: the service named at the end of Apps Script's message. */
export function quotaService(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return /for one day:\s*([a-z]+)/i.exec(message)?.[1]?.toLowerCase() ?? 'unknown';
}

export interface RetryOptions {
  attempts?: number;
  baseMs?: number;
  /** 0 ≤ r < 1; injected so a run's sleeps are reproducible under the simulator. */
  random?: () => number;
}

/** Deterministic jitter source: a small xorshift seeded from a string (the run id). */
export function jitterSource(seed: string): () => number {
  let s = 2166136261;
  for (let i = 0; i < seed.length; i++) s = Math.imul(s ^ seed.charCodeAt(i), 16777619) >>> 0;
  if (s === 0) s = 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s / 4294967296;
  };
}

let defaultRandom: () => number = Math.random;

export function setRetryRandom(random: () => number): void {
  defaultRandom = random;
}

/** Runs fn; on a transient error sleeps base·2^n plus up to as much again in jitter, then tries again. */
export function withRetry<T>(fn: () => T, opts: RetryOptions = {}): T {
  const attempts = opts.attempts ?? 5;
  const base = opts.baseMs ?? 400;
  const random = opts.random ?? defaultRandom;
  for (let attempt = 1; ; attempt++) {
    try {
      return fn();
    } catch (error) {
      if (attempt >= attempts || !isTransient(error)) throw error;
      const delay = base * 2 ** (attempt - 1);
      Utilities.sleep(Math.round(delay + random() * delay));
    }
  }
}

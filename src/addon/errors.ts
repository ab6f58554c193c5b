// Failures become short codes: the user sees a localized sentence, the log sees the code, and no
// message text (which could quote an email) ever reaches either.
export type FailureCode =
  | 'quota'
  | 'rate_limit'
  | 'permission'
  | 'not_found'
  | 'timeout'
  | 'busy'
  | 'no_user'
  | 'forbidden'
  | 'no_message'
  | 'internal';

/** Thrown by our own code for a failure it already understands. */
export class Failure extends Error {
  constructor(readonly code: FailureCode) {
    super(code);
    this.name = 'Failure';
  }
}

const PATTERNS: [RegExp, FailureCode][] = [
  [/too many times for one day/i, 'quota'],
  [
    /too many times in a short time|too many simultaneous invocations|server error occurred|service unavailable/i,
    'rate_limit',
  ],
  [/exceeded maximum execution time/i, 'timeout'],
  [/lock timeout/i, 'busy'],
  [
    /access denied|permission|not authori[sz]ed|missing access token|authorization is required/i,
    'permission',
  ],
  [/not found|invalid argument: id|no item with the given id|does not exist|deleted/i, 'not_found'],
];

export function failureCode(error: unknown): FailureCode {
  if (error instanceof Failure) return error.code;
  const message =
    error && typeof error === 'object' && 'message' in error
      ? String((error as Error).message)
      : String(error);
  for (const [pattern, code] of PATTERNS) if (pattern.test(message)) return code;
  return 'internal';
}

/** Codes and ids only: Cloud Logging must never hold email text. */
export function logFailure(action: string, code: FailureCode): void {
  console.warn(`addon ${action} failure:${code}`);
}

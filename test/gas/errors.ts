export type ServiceName = 'gmail' | 'spreadsheet' | 'properties' | 'cache' | 'lock' | 'script' | 'session';

export type FaultKind = 'dailyQuota' | 'rateLimit' | 'simultaneous' | 'lockTimeout' | 'internal' | 'notFound';

const QUOTA_NAME: Record<ServiceName, [string, string]> = {
  gmail: ['gmail', 'Gmail'],
  spreadsheet: ['spreadsheets', 'Spreadsheets'],
  properties: ['properties', 'Properties'],
  cache: ['cache', 'Cache'],
  lock: ['lock', 'Lock'],
  script: ['script', 'Script'],
  session: ['session', 'Session'],
};

export const MESSAGES = {
  executionTime: 'Exceeded maximum execution time',
  lockTimeout: 'Lock timeout: another process was holding the lock for too long.',
  internal: "We're sorry, a server error occurred. Please wait a bit and try again.",
  // Unverified wording: the fakes only need a stable, recognisable text for these.
  notFound: 'Requested entity was not found.',
  missingAccessToken: 'Access denied: : Missing access token for per message scope authorization.',
  searchMax: 'Argument max cannot exceed 500.',
  labelBatch: 'Too many threads: a label can be added to or removed from at most 100 threads per call.',
  invalidId: 'Invalid argument: id',
  propertyValueTooLarge: 'Argument too large: value',
  propertyStoreFull:
    'You have exceeded the property storage quota. Please remove some properties and try again.',
  cacheKeyTooLarge: 'Argument too large: key',
  cacheValueTooLarge: 'Argument too large: value',
  cacheTtl: 'Invalid argument: expirationInSeconds',
  tooManyTriggers:
    'This script has too many triggers. Triggers must be deleted from the script before more can be added.',
  addOnTriggerFrequency: 'Add-ons can only create time-based triggers that run at most once per hour.',
  protectedCell:
    'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.',
  noAccess: 'You do not have permission to access the requested document.',
  cellTooLong: 'Your input contains more than the maximum of 50000 characters in a single cell.',
  rangeOutside: 'The coordinates of the range are outside the dimensions of the sheet.',
  sendForbidden: (method: string) =>
    `Forbidden in tests: ${method} would send mail; the add-on must only create drafts.`,
  rowsMismatch: (data: number, range: number) =>
    `The number of rows in the data does not match the number of rows in the range. The data has ${data} but the range has ${range}.`,
  columnsMismatch: (data: number, range: number) =>
    `The number of columns in the data does not match the number of columns in the range. The data has ${data} but the range has ${range}.`,
};

export function faultMessage(kind: FaultKind, service: ServiceName): string {
  const [lower, title] = QUOTA_NAME[service];
  switch (kind) {
    case 'dailyQuota':
      return `Service invoked too many times for one day: ${lower}.`;
    case 'rateLimit':
      return `Service invoked too many times in a short time: ${lower}. Try Utilities.sleep(1000) between calls.`;
    case 'simultaneous':
      return `Too many simultaneous invocations: ${title}`;
    case 'lockTimeout':
      return MESSAGES.lockTimeout;
    case 'internal':
      return MESSAGES.internal;
    case 'notFound':
      return MESSAGES.notFound;
  }
}

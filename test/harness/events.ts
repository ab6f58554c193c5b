import { zoneOffsetMs } from '../gas/tz';

export type FormInputValues = Record<string, string | string[]>;

export interface CommonEventObject {
  hostApp: 'GMAIL';
  platform: 'WEB' | 'IOS' | 'ANDROID';
  userLocale: string;
  timeZone: { id: string; offset: number };
  parameters: Record<string, string>;
  formInputs: Record<string, { stringInputs: { value: string[] } }>;
}

export interface GmailAddonEvent {
  commonEventObject: CommonEventObject;
  gmail?: {
    messageId?: string;
    threadId?: string;
    accessToken?: string;
    toRecipients?: string[];
    ccRecipients?: string[];
    bccRecipients?: string[];
    subject?: string;
  };
}

export interface CommonEventOptions {
  userLocale?: string;
  timeZone?: string;
  platform?: CommonEventObject['platform'];
  parameters?: Record<string, string>;
  formInputs?: FormInputValues;
  now?: number;
}

function common(opts: CommonEventOptions): CommonEventObject {
  const id = opts.timeZone ?? 'Europe/Amsterdam';
  const formInputs: CommonEventObject['formInputs'] = {};
  for (const [name, value] of Object.entries(opts.formInputs ?? {}))
    formInputs[name] = { stringInputs: { value: Array.isArray(value) ? [...value] : [value] } };
  return {
    hostApp: 'GMAIL',
    platform: opts.platform ?? 'WEB',
    userLocale: opts.userLocale ?? 'en',
    timeZone: { id, offset: zoneOffsetMs(opts.now ?? Date.now(), id) },
    parameters: { ...opts.parameters },
    formInputs,
  };
}

export function accessTokenFor(messageId: string): string {
  return `fake-access-token-${messageId}`;
}

export function gmailMessageEvent(
  opts: CommonEventOptions & { messageId: string; threadId: string; accessToken?: string },
): GmailAddonEvent {
  return {
    commonEventObject: common(opts),
    gmail: {
      messageId: opts.messageId,
      threadId: opts.threadId,
      accessToken: opts.accessToken ?? accessTokenFor(opts.messageId),
    },
  };
}

export function homepageEvent(opts: CommonEventOptions = {}): GmailAddonEvent {
  return { commonEventObject: common(opts) };
}

export function composeEvent(
  opts: CommonEventOptions & {
    threadId?: string;
    toRecipients?: string[];
    ccRecipients?: string[];
    bccRecipients?: string[];
    subject?: string;
    accessToken?: string;
  } = {},
): GmailAddonEvent {
  const gmail: NonNullable<GmailAddonEvent['gmail']> = {
    accessToken: opts.accessToken ?? 'fake-access-token-compose',
  };
  if (opts.threadId) gmail.threadId = opts.threadId;
  if (opts.toRecipients) gmail.toRecipients = opts.toRecipients;
  if (opts.ccRecipients) gmail.ccRecipients = opts.ccRecipients;
  if (opts.bccRecipients) gmail.bccRecipients = opts.bccRecipients;
  if (opts.subject !== undefined) gmail.subject = opts.subject;
  return { commonEventObject: common(opts), gmail };
}

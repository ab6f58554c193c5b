// What every callback needs from its event: the user's language and time zone, parameters and
// form values, the open message, and the settings (read once per execution).
import type { Settings } from '../core/config/settings';
import { i18n, uiLanguage, type I18n } from '../core/i18n';
import { readSettings } from '../gas/properties';

export interface AddonEvent {
  commonEventObject?: {
    userLocale?: string;
    timeZone?: { id?: string };
    parameters?: Record<string, string>;
    formInputs?: Record<string, { stringInputs?: { value?: string[] } }>;
  };
  gmail?: { messageId?: string; threadId?: string; accessToken?: string };
}

export interface Context {
  ui: I18n;
  now: Date;
  userTimeZone: string;
  messageId: string;
  threadId: string;
  settings(): Settings;
  param(name: string): string;
  input(name: string): string;
}

export function contextOf(e: AddonEvent | undefined): Context {
  const common = e?.commonEventObject ?? {};
  let settings: Settings | null = null;
  const ctx: Context = {
    ui: i18n(uiLanguage(common.userLocale)),
    now: new Date(),
    userTimeZone: '',
    messageId: '',
    threadId: '',
    settings: () => (settings ??= readSettings()),
    param: (name) => String(common.parameters?.[name] ?? ''),
    input: (name) => String(common.formInputs?.[name]?.stringInputs?.value?.[0] ?? ''),
  };
  ctx.messageId = e?.gmail?.messageId || ctx.param('messageId');
  ctx.threadId = e?.gmail?.threadId || ctx.param('threadId');
  ctx.userTimeZone = common.timeZone?.id || '';
  return ctx;
}

/** The user's zone, else the pharmacy's. */
export function timeZoneOf(ctx: Context): string {
  return ctx.userTimeZone || ctx.settings().timeZone;
}

/** Must precede any read of the open message, in every callback. */
export function useMessageToken(e: AddonEvent | undefined): void {
  const token = e?.gmail?.accessToken;
  if (token) GmailApp.setCurrentMessageAccessToken(token);
}

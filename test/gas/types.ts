import type { BlobApi } from './blob';
import type { CacheApi } from './cache';
import type { GmailAppApi } from './gmail-app';
import type {
  GmailAttachmentApi,
  GmailDraftApi,
  GmailLabelApi,
  GmailMessageApi,
  GmailThreadApi,
} from './gmail';
import type { LockApi } from './lock';
import type { PropertiesApi } from './properties';
import type { ClockTriggerBuilderApi, TriggerApi, TriggerBuilderApi } from './script-app';
import type { UserApi } from './session';
import type { ChartOptionsApi, ContainerInfoApi, EmbeddedChartApi, EmbeddedChartBuilderApi } from './charts';
import type { ProtectionApi } from './protection';
import type { RangeApi } from './range';
import type { SheetApi, SpreadsheetApi } from './spreadsheet';

import Gm = GoogleAppsScript.Gmail;
import Ss = GoogleAppsScript.Spreadsheet;

interface FakeMap {
  date: [GoogleAppsScript.Base.Date, Date];
  gmailApp: [Gm.GmailApp, GmailAppApi];
  thread: [Gm.GmailThread, GmailThreadApi];
  message: [Gm.GmailMessage, GmailMessageApi];
  label: [Gm.GmailLabel, GmailLabelApi];
  draft: [Gm.GmailDraft, GmailDraftApi];
  attachment: [Gm.GmailAttachment, GmailAttachmentApi];
  blob: [GoogleAppsScript.Base.Blob, BlobApi];
  user: [GoogleAppsScript.Base.User, UserApi];
  properties: [GoogleAppsScript.Properties.Properties, PropertiesApi];
  cache: [GoogleAppsScript.Cache.Cache, CacheApi];
  lock: [GoogleAppsScript.Lock.Lock, LockApi];
  trigger: [GoogleAppsScript.Script.Trigger, TriggerApi];
  triggerBuilder: [GoogleAppsScript.Script.TriggerBuilder, TriggerBuilderApi];
  clockTriggerBuilder: [GoogleAppsScript.Script.ClockTriggerBuilder, ClockTriggerBuilderApi];
  spreadsheet: [Ss.Spreadsheet, SpreadsheetApi];
  sheet: [Ss.Sheet, SheetApi];
  range: [Ss.Range, RangeApi];
  protection: [Ss.Protection, ProtectionApi];
  chart: [Ss.EmbeddedChart, EmbeddedChartApi];
  chartBuilder: [Ss.EmbeddedChartBuilder, EmbeddedChartBuilderApi];
  containerInfo: [Ss.ContainerInfo, ContainerInfoApi];
  chartOptions: [GoogleAppsScript.Charts.ChartOptions, ChartOptionsApi];
}

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Lookup<T> = {
  [K in keyof FakeMap]: Same<T, FakeMap[K][0]> extends true ? FakeMap[K][1] : never;
}[keyof FakeMap];

export type Swap<T> = 0 extends 1 & T
  ? T
  : T extends readonly (infer U)[]
    ? Swap<U>[]
    : [Lookup<T>] extends [never]
      ? T
      : Lookup<T>;

type SwapArgs<A extends unknown[]> = { [I in keyof A]: Swap<A[I]> };

/**
 * The subset K of a real Apps Script interface, with every Apps Script object type in parameters and
 * results replaced by the matching fake API. Only the last overload of a method is checked.
 */
export type Faked<I, K extends keyof I> = {
  [P in K]: I[P] extends (...args: infer A) => infer R ? (...args: SwapArgs<A>) => Swap<R> : I[P];
};

// Ambient Apps Script enums have no runtime value: the fakes use the member names as values.
export function gasEnum<E>(names: readonly (keyof E & string)[]): E {
  const values: Record<string, string> = {};
  for (const name of names) values[name] = name;
  return Object.freeze(values) as unknown as E;
}

import { MESSAGES } from './errors';
import { GasObject, type Execution } from './execution';
import { gasEnum, type Faked } from './types';

import Sc = GoogleAppsScript.Script;

export const AuthMode = gasEnum<typeof Sc.AuthMode>(['NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL']);
export const EventType = gasEnum<typeof Sc.EventType>([
  'CLOCK',
  'ON_OPEN',
  'ON_EDIT',
  'ON_FORM_SUBMIT',
  'ON_CHANGE',
  'ON_EVENT_UPDATED',
]);
export const TriggerSource = gasEnum<typeof Sc.TriggerSource>([
  'SPREADSHEETS',
  'CLOCK',
  'FORMS',
  'DOCUMENTS',
  'CALENDAR',
]);
export const InstallationSource = gasEnum<typeof Sc.InstallationSource>([
  'APPS_MARKETPLACE_DOMAIN_ADD_ON',
  'NONE',
  'WEB_STORE_ADD_ON',
]);

export const TRIGGERS_PER_USER = 20;
const MINUTES = [1, 5, 10, 15, 30];
const HOURS = [1, 2, 4, 6, 8, 12];

export type TriggerApi = Faked<
  Sc.Trigger,
  'getHandlerFunction' | 'getUniqueId' | 'getEventType' | 'getTriggerSource' | 'getTriggerSourceId'
>;
export type TriggerBuilderApi = Faked<Sc.TriggerBuilder, 'timeBased'>;
export type ClockTriggerBuilderApi = Faked<
  Sc.ClockTriggerBuilder,
  | 'everyMinutes'
  | 'everyHours'
  | 'everyDays'
  | 'atHour'
  | 'nearMinute'
  | 'after'
  | 'at'
  | 'inTimezone'
  | 'create'
>;
export type ScriptAppApi = Faked<
  Sc.ScriptApp,
  | 'newTrigger'
  | 'getProjectTriggers'
  | 'deleteTrigger'
  | 'getScriptId'
  | 'getOAuthToken'
  | 'AuthMode'
  | 'EventType'
  | 'TriggerSource'
  | 'InstallationSource'
>;

export interface TriggerRecord {
  id: string;
  handler: string;
  owner: string;
  createdAt: number;
  createdByAddOn: boolean;
  everyMinutes?: number;
  everyHours?: number;
  everyDays?: number;
  atHour?: number;
  nearMinute?: number;
  at?: number;
  timeZone?: string;
}

export class TriggerStore {
  readonly records: TriggerRecord[] = [];
  private counter = 0;

  nextId(): string {
    this.counter += 1;
    return String(8_000_000_000_000_000 + this.counter * 7919);
  }

  forHandler(handler: string): TriggerRecord[] {
    return this.records.filter((t) => t.handler === handler);
  }

  periodMs(t: TriggerRecord): number | null {
    if (t.everyMinutes) return t.everyMinutes * 60_000;
    if (t.everyHours) return t.everyHours * 3_600_000;
    if (t.everyDays) return t.everyDays * 86_400_000;
    return null;
  }
}

export class FakeTrigger extends GasObject implements TriggerApi {
  constructor(
    exec: Execution,
    readonly record: TriggerRecord,
  ) {
    super(exec, 'script', 'Trigger');
  }

  getHandlerFunction(): string {
    return this.io('getHandlerFunction', () => this.record.handler);
  }

  getUniqueId(): string {
    return this.io('getUniqueId', () => this.record.id);
  }

  getEventType(): Sc.EventType {
    return this.io('getEventType', () => EventType.CLOCK);
  }

  getTriggerSource(): Sc.TriggerSource {
    return this.io('getTriggerSource', () => TriggerSource.CLOCK);
  }

  getTriggerSourceId(): string {
    return this.io('getTriggerSourceId', () => '');
  }
}

export class FakeClockTriggerBuilder implements ClockTriggerBuilderApi {
  private readonly spec: Partial<TriggerRecord> = {};

  constructor(
    private readonly exec: Execution,
    private readonly store: TriggerStore,
    private readonly handler: string,
  ) {}

  private set(method: string, fn: () => void): this {
    this.exec.nonIo(`ClockTriggerBuilder.${method}`, fn);
    return this;
  }

  everyMinutes(n: number): this {
    return this.set('everyMinutes', () => {
      if (!MINUTES.includes(n))
        throw this.exec.error('The value passed to everyMinutes() must be 1, 5, 10, 15 or 30.');
      this.spec.everyMinutes = n;
    });
  }

  everyHours(n: number): this {
    return this.set('everyHours', () => {
      if (!HOURS.includes(n))
        throw this.exec.error('The value passed to everyHours() must be 1, 2, 4, 6, 8 or 12.');
      this.spec.everyHours = n;
    });
  }

  everyDays(n: number): this {
    return this.set('everyDays', () => (this.spec.everyDays = n));
  }

  atHour(hour: number): this {
    return this.set('atHour', () => (this.spec.atHour = hour));
  }

  nearMinute(minute: number): this {
    return this.set('nearMinute', () => (this.spec.nearMinute = minute));
  }

  after(durationMilliseconds: number): this {
    return this.set('after', () => (this.spec.at = this.exec.runtime.clock.now() + durationMilliseconds));
  }

  at(date: Date): this {
    return this.set('at', () => (this.spec.at = new Date(date).getTime()));
  }

  inTimezone(timezone: string): this {
    return this.set('inTimezone', () => (this.spec.timeZone = timezone));
  }

  create(): FakeTrigger {
    return this.exec.io('script', 'ClockTriggerBuilder.create', () => {
      const owner = this.exec.effectiveUser;
      if (this.store.records.filter((t) => t.owner === owner).length >= TRIGGERS_PER_USER)
        throw this.exec.error(MESSAGES.tooManyTriggers);
      if (this.exec.addOnMode && this.spec.everyMinutes)
        throw this.exec.error(MESSAGES.addOnTriggerFrequency);
      const record: TriggerRecord = {
        ...this.spec,
        id: this.store.nextId(),
        handler: this.handler,
        owner,
        createdAt: this.exec.runtime.clock.now(),
        createdByAddOn: this.exec.addOnMode,
      };
      this.store.records.push(record);
      return new FakeTrigger(this.exec, record);
    });
  }
}

export class FakeTriggerBuilder implements TriggerBuilderApi {
  constructor(
    private readonly exec: Execution,
    private readonly store: TriggerStore,
    private readonly handler: string,
  ) {}

  timeBased(): FakeClockTriggerBuilder {
    return this.exec.nonIo(
      'TriggerBuilder.timeBased',
      () => new FakeClockTriggerBuilder(this.exec, this.store, this.handler),
    );
  }
}

export class FakeScriptApp extends GasObject implements ScriptAppApi {
  readonly AuthMode = AuthMode;
  readonly EventType = EventType;
  readonly TriggerSource = TriggerSource;
  readonly InstallationSource = InstallationSource;

  constructor(
    exec: Execution,
    private readonly store: TriggerStore,
    private readonly scriptId: string,
  ) {
    super(exec, 'script', 'ScriptApp');
  }

  newTrigger(functionName: string): FakeTriggerBuilder {
    return this.exec.nonIo(
      'ScriptApp.newTrigger',
      () => new FakeTriggerBuilder(this.exec, this.store, functionName),
    );
  }

  getProjectTriggers(): FakeTrigger[] {
    return this.io('getProjectTriggers', () =>
      this.store.records
        .filter((t) => t.owner === this.exec.effectiveUser)
        .map((t) => new FakeTrigger(this.exec, t)),
    );
  }

  deleteTrigger(trigger: TriggerApi): void {
    this.io('deleteTrigger', () => {
      if (!(trigger instanceof FakeTrigger)) this.fail('Invalid argument: trigger');
      const index = this.store.records.findIndex((t) => t.id === trigger.record.id);
      if (index >= 0) this.store.records.splice(index, 1);
    });
  }

  getScriptId(): string {
    return this.io('getScriptId', () => this.scriptId);
  }

  getOAuthToken(): string {
    return this.io('getOAuthToken', () => `fake-oauth-token-${this.exec.id}`);
  }
}

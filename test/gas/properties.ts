import { MESSAGES } from './errors';
import { GasObject, type Execution } from './execution';
import type { Faked } from './types';

export const PROPERTY_VALUE_LIMIT = 9 * 1024;
export const PROPERTY_STORE_LIMIT = 500 * 1024;

export type PropertiesApi = Faked<
  GoogleAppsScript.Properties.Properties,
  | 'getProperty'
  | 'setProperty'
  | 'setProperties'
  | 'getProperties'
  | 'getKeys'
  | 'deleteProperty'
  | 'deleteAllProperties'
>;

export type PropertiesServiceApi = Faked<
  GoogleAppsScript.Properties.PropertiesService,
  'getScriptProperties' | 'getUserProperties' | 'getDocumentProperties'
>;

export class PropertyData extends Map<string, string> {
  bytes(): number {
    let total = 0;
    for (const [k, v] of this) total += Buffer.byteLength(k) + Buffer.byteLength(v);
    return total;
  }
}

export class PropertyStores {
  readonly script = new PropertyData();
  readonly document = new PropertyData();
  private readonly users = new Map<string, PropertyData>();

  user(email: string): PropertyData {
    let data = this.users.get(email);
    if (!data) {
      data = new PropertyData();
      this.users.set(email, data);
    }
    return data;
  }
}

export class FakeProperties extends GasObject implements PropertiesApi {
  constructor(
    exec: Execution,
    private readonly data: PropertyData,
  ) {
    super(exec, 'properties', 'Properties');
  }

  private commit(next: Map<string, string>): void {
    for (const v of next.values())
      if (Buffer.byteLength(v) > PROPERTY_VALUE_LIMIT) this.fail(MESSAGES.propertyValueTooLarge);
    const size = new PropertyData(next).bytes();
    if (size > PROPERTY_STORE_LIMIT) this.fail(MESSAGES.propertyStoreFull);
    this.data.clear();
    for (const [k, v] of next) this.data.set(k, v);
  }

  getProperty(key: string): string | null {
    return this.io('getProperty', () => this.data.get(String(key)) ?? null);
  }

  setProperty(key: string, value: string): this {
    return this.io('setProperty', () => {
      if (key === null || key === undefined || key === '') this.fail('Invalid argument: key');
      this.commit(new Map([...this.data, [String(key), String(value)]]));
      return this;
    });
  }

  setProperties(properties: { [key: string]: string }, deleteAllOthers = false): this {
    return this.io('setProperties', () => {
      const next = new Map(deleteAllOthers ? [] : this.data);
      for (const [k, v] of Object.entries(properties)) next.set(k, String(v));
      this.commit(next);
      return this;
    });
  }

  getProperties(): { [key: string]: string } {
    return this.io('getProperties', () => Object.fromEntries(this.data));
  }

  getKeys(): string[] {
    return this.io('getKeys', () => [...this.data.keys()]);
  }

  deleteProperty(key: string): this {
    return this.io('deleteProperty', () => {
      this.data.delete(key);
      return this;
    });
  }

  deleteAllProperties(): this {
    return this.io('deleteAllProperties', () => {
      this.data.clear();
      return this;
    });
  }
}

export class FakePropertiesService extends GasObject implements PropertiesServiceApi {
  constructor(
    exec: Execution,
    private readonly stores: PropertyStores,
  ) {
    super(exec, 'properties', 'PropertiesService');
  }

  getScriptProperties(): FakeProperties {
    return this.io('getScriptProperties', () => new FakeProperties(this.exec, this.stores.script));
  }

  getUserProperties(): FakeProperties {
    return this.io(
      'getUserProperties',
      () => new FakeProperties(this.exec, this.stores.user(this.exec.activeUser)),
    );
  }

  getDocumentProperties(): FakeProperties {
    return this.io('getDocumentProperties', () => new FakeProperties(this.exec, this.stores.document));
  }
}

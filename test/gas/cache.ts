import { MESSAGES } from './errors';
import { GasObject, type Execution } from './execution';
import type { Faked } from './types';

export const CACHE_KEY_LIMIT = 250;
export const CACHE_VALUE_LIMIT = 100 * 1024;
export const CACHE_TTL_MAX = 21_600;
export const CACHE_DEFAULT_TTL = 600;
export const CACHE_ITEM_LIMIT = 1000;

export type CacheApi = Faked<
  GoogleAppsScript.Cache.Cache,
  'get' | 'getAll' | 'put' | 'putAll' | 'remove' | 'removeAll'
>;
export type CacheServiceApi = Faked<
  GoogleAppsScript.Cache.CacheService,
  'getScriptCache' | 'getUserCache' | 'getDocumentCache'
>;

export class CacheData extends Map<string, { value: string; expiresAt: number }> {
  live(key: string, now: number): string | null {
    const entry = this.get(key);
    if (!entry) return null;
    if (entry.expiresAt <= now) {
      this.delete(key);
      return null;
    }
    return entry.value;
  }
}

export class CacheStores {
  readonly script = new CacheData();
  private readonly users = new Map<string, CacheData>();

  user(email: string): CacheData {
    let data = this.users.get(email);
    if (!data) {
      data = new CacheData();
      this.users.set(email, data);
    }
    return data;
  }
}

export class FakeCache extends GasObject implements CacheApi {
  constructor(
    exec: Execution,
    private readonly data: CacheData,
  ) {
    super(exec, 'cache', 'Cache');
  }

  private now(): number {
    return this.exec.runtime.clock.now();
  }

  private checkEntry(key: string, value: string): void {
    if (key.length > CACHE_KEY_LIMIT) this.fail(MESSAGES.cacheKeyTooLarge);
    if (Buffer.byteLength(value) > CACHE_VALUE_LIMIT) this.fail(MESSAGES.cacheValueTooLarge);
  }

  private store(entries: Array<[string, string]>, ttl: number): void {
    if (!(ttl >= 1 && ttl <= CACHE_TTL_MAX)) this.fail(MESSAGES.cacheTtl);
    for (const [k, v] of entries) this.checkEntry(k, v);
    for (const [k, v] of entries) {
      this.data.delete(k);
      this.data.set(k, { value: v, expiresAt: this.now() + ttl * 1000 });
    }
    // Apps Script evicts silently once a cache holds more than 1,000 items; the oldest go first here.
    for (const k of this.data.keys()) {
      if (this.data.size <= CACHE_ITEM_LIMIT) break;
      this.data.delete(k);
    }
  }

  get(key: string): string | null {
    return this.io('get', () => this.data.live(key, this.now()));
  }

  getAll(keys: string[]): { [key: string]: string } {
    return this.io('getAll', () => {
      const out: Record<string, string> = {};
      for (const k of keys) {
        const v = this.data.live(k, this.now());
        if (v !== null) out[k] = v;
      }
      return out;
    });
  }

  put(key: string, value: string, expirationInSeconds = CACHE_DEFAULT_TTL): void {
    this.io('put', () => this.store([[String(key), String(value)]], expirationInSeconds));
  }

  putAll(values: { [key: string]: unknown }, expirationInSeconds = CACHE_DEFAULT_TTL): void {
    this.io('putAll', () =>
      this.store(
        Object.entries(values).map(([k, v]) => [k, String(v)]),
        expirationInSeconds,
      ),
    );
  }

  remove(key: string): void {
    this.io('remove', () => this.data.delete(key));
  }

  removeAll(keys: string[]): void {
    this.io('removeAll', () => keys.forEach((k) => this.data.delete(k)));
  }
}

export class FakeCacheService extends GasObject implements CacheServiceApi {
  constructor(
    exec: Execution,
    private readonly stores: CacheStores,
  ) {
    super(exec, 'cache', 'CacheService');
  }

  getScriptCache(): FakeCache {
    return this.io('getScriptCache', () => new FakeCache(this.exec, this.stores.script));
  }

  getUserCache(): FakeCache {
    return this.io('getUserCache', () => new FakeCache(this.exec, this.stores.user(this.exec.activeUser)));
  }

  getDocumentCache(): FakeCache | null {
    return this.io('getDocumentCache', () => null);
  }
}

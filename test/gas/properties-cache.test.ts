import { describe, expect, it } from 'vitest';
import { createGasEnvironment } from './environment';
import { MESSAGES } from './errors';

describe('PropertiesService', () => {
  it('stores script, user and document properties separately', () => {
    const env = createGasEnvironment({ user: 'a@p.example' });
    const { PropertiesService } = env.globals;
    PropertiesService.getScriptProperties().setProperty('k', 's');
    PropertiesService.getUserProperties().setProperties({ k: 'u', j: '1' });
    expect(PropertiesService.getScriptProperties().getProperty('k')).toBe('s');
    expect(PropertiesService.getUserProperties().getProperties()).toEqual({ k: 'u', j: '1' });
    expect(
      env.newExecution({ user: 'b@p.example' }).globals.PropertiesService.getUserProperties().getKeys(),
    ).toEqual([]);
    PropertiesService.getUserProperties().setProperties({ only: 'x' }, true);
    expect(PropertiesService.getUserProperties().getKeys()).toEqual(['only']);
    PropertiesService.getUserProperties().deleteProperty('only');
    expect(PropertiesService.getUserProperties().getProperty('only')).toBeNull();
    expect(env.properties.script.get('k')).toBe('s');
  });

  it('enforces 9 KB per value and 500 KB per store, atomically', () => {
    const env = createGasEnvironment();
    const props = env.globals.PropertiesService.getScriptProperties();
    props.setProperty('ok', 'x'.repeat(9 * 1024));
    expect(() => props.setProperty('big', 'x'.repeat(9 * 1024 + 1))).toThrow(MESSAGES.propertyValueTooLarge);
    expect(() => props.setProperty('utf8', 'é'.repeat(5000))).toThrow(MESSAGES.propertyValueTooLarge);
    const chunk = 'y'.repeat(9000);
    for (let i = 0; i < 55; i++) props.setProperty(`k${i}`, chunk);
    expect(() => props.setProperties({ a: chunk, b: chunk })).toThrow(MESSAGES.propertyStoreFull);
    expect(props.getProperty('a')).toBeNull();
    expect(env.properties.script.bytes()).toBeLessThanOrEqual(500 * 1024);
  });
});

describe('CacheService', () => {
  it('expires entries on the fake clock and enforces size limits', () => {
    const env = createGasEnvironment();
    const cache = env.globals.CacheService.getScriptCache();
    cache.put('a', '1', 60);
    cache.putAll({ b: '2', c: '3' });
    expect(cache.getAll(['a', 'b', 'zz'])).toEqual({ a: '1', b: '2' });
    env.clock.advance(61_000);
    expect(cache.get('a')).toBeNull();
    expect(cache.get('b')).toBe('2');
    cache.removeAll(['b', 'c']);
    expect(cache.get('c')).toBeNull();
    expect(() => cache.put('k'.repeat(251), 'v')).toThrow(MESSAGES.cacheKeyTooLarge);
    expect(() => cache.put('k', 'v'.repeat(100 * 1024 + 1))).toThrow(MESSAGES.cacheValueTooLarge);
    expect(() => cache.put('k', 'v', 21_601)).toThrow(MESSAGES.cacheTtl);
    expect(env.globals.CacheService.getDocumentCache()).toBeNull();
  });
});

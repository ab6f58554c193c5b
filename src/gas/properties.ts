// Script properties: settings, the audit key and chain head, and small state. Every key the
// add-on uses is named here, so nothing else writes properties directly.
import { DEFAULT_SETTINGS, validateSettings, type Settings } from '../core/config/settings';
import { newSecret } from './crypto';

export const PROPERTY_KEYS = {
  settings: 'settings',
  auditKey: 'audit.key',
  auditHead: 'audit.head',
  auditStart: 'audit.start',
  auditQueuePrefix: 'audit.queue.',
  scannerState: 'scanner.state',
  alert: 'alert',
} as const;

let cached: GoogleAppsScript.Properties.Properties | null = null;

/** The script's property store, fetched once an execution (each execution loads the script afresh). */
export function scriptProperties(): GoogleAppsScript.Properties.Properties {
  cached ??= PropertiesService.getScriptProperties();
  return cached;
}

export function readSettings(): Settings {
  const raw = scriptProperties().getProperty(PROPERTY_KEYS.settings);
  if (!raw) return DEFAULT_SETTINGS;
  try {
    return validateSettings(JSON.parse(raw) as Partial<Settings>).settings;
  } catch {
    return DEFAULT_SETTINGS;
  }
}

export function writeSettings(settings: Settings): void {
  scriptProperties().setProperty(PROPERTY_KEYS.settings, JSON.stringify(settings));
}

export function readJson<T>(key: string): T | null {
  const raw = scriptProperties().getProperty(key);
  if (!raw) return null;
  try {
    return JSON.parse(raw) as T;
  } catch {
    return null;
  }
}

export function writeJson(key: string, value: unknown): void {
  scriptProperties().setProperty(key, JSON.stringify(value));
}

export function deleteProperty(key: string): void {
  scriptProperties().deleteProperty(key);
}

export function allProperties(): Record<string, string> {
  return scriptProperties().getProperties();
}

/** The HMAC key of the audit chain and pseudonyms: made once, never shown, never leaves properties. */
export function auditKey(): string {
  const existing = scriptProperties().getProperty(PROPERTY_KEYS.auditKey);
  if (existing) return existing;
  const key = newSecret();
  scriptProperties().setProperty(PROPERTY_KEYS.auditKey, key);
  return key;
}

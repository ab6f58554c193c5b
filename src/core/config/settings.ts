// The pharmacy's settings: one JSON value in script properties (well under the 9 KB limit),
// validated field by field so the Settings card can say exactly what is wrong.
import { DEFAULT_LABEL_PREFIX } from '../policy/labels';
import { LANGUAGES, type Lang } from '../types';

export interface BusinessHours {
  /** ISO weekdays, 1 = Monday. */
  days: number[];
  start: string;
  end: string;
}

export interface Settings {
  pharmacyName: string;
  signature: string;
  phone: string;
  defaultLanguage: Lang;
  labelPrefix: string;
  auditSpreadsheetId: string;
  country: string;
  emergencyNumbers: Record<string, string>;
  timeZone: string;
  scanIntervalMinutes: number;
  draftsForRoutine: boolean;
  emergencyDrafts: boolean;
  businessHours: BusinessHours;
  retentionYears: number;
}

export const DEFAULT_EMERGENCY_NUMBERS: Record<string, string> = {
  BE: '112',
  DK: '112',
  NL: '112',
  FR: '15 / 112',
  DE: '112',
  ES: '112',
  GB: '999',
  IE: '112',
  US: '911',
  CA: '911',
};

export const DEFAULT_SETTINGS: Settings = {
  pharmacyName: '',
  signature: '',
  phone: '',
  defaultLanguage: 'en',
  labelPrefix: DEFAULT_LABEL_PREFIX,
  auditSpreadsheetId: '',
  country: 'BE',
  emergencyNumbers: DEFAULT_EMERGENCY_NUMBERS,
  timeZone: 'Europe/Brussels',
  scanIntervalMinutes: 5,
  draftsForRoutine: false,
  emergencyDrafts: false,
  businessHours: { days: [1, 2, 3, 4, 5], start: '09:00', end: '18:00' },
  retentionYears: 6,
};

export interface FieldError {
  field: keyof Settings | string;
  code: string;
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const PHONE = /^[+\d][\d\s().\-/]{2,24}$/;
const SPREADSHEET_URL = /\/spreadsheets\/d\/([A-Za-z0-9_-]{20,})/;
const SPREADSHEET_ID = /^[A-Za-z0-9_-]{20,}$/;

/** Accepts a spreadsheet URL or a bare id; returns the id or null. */
export function spreadsheetIdFrom(value: string): string | null {
  const v = value.trim();
  if (!v) return '';
  const fromUrl = SPREADSHEET_URL.exec(v)?.[1];
  if (fromUrl) return fromUrl;
  return SPREADSHEET_ID.test(v) ? v : null;
}

export function validateSettings(
  input: Partial<Record<keyof Settings, unknown>>,
  base: Settings = DEFAULT_SETTINGS,
): { settings: Settings; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const s: Settings = {
    ...base,
    emergencyNumbers: { ...base.emergencyNumbers },
    businessHours: { ...base.businessHours },
  };
  const text = (field: keyof Settings, max: number, required = false): string | undefined => {
    const v = input[field];
    if (v === undefined) return undefined;
    const str = String(v).trim();
    if (required && !str) errors.push({ field, code: 'required' });
    else if (str.length > max) errors.push({ field, code: 'too_long' });
    else if (/[<>]/.test(str) && field !== 'signature') errors.push({ field, code: 'invalid_characters' });
    else return str;
    return undefined;
  };
  const name = text('pharmacyName', 100, true);
  if (name !== undefined) s.pharmacyName = name;
  const signature = text('signature', 500);
  if (signature !== undefined) s.signature = signature;
  const phone = text('phone', 30);
  if (phone !== undefined) {
    if (phone && !PHONE.test(phone)) errors.push({ field: 'phone', code: 'invalid_phone' });
    else s.phone = phone;
  }
  if (input.defaultLanguage !== undefined) {
    const lang = String(input.defaultLanguage);
    if ((LANGUAGES as readonly string[]).includes(lang)) s.defaultLanguage = lang as Lang;
    else errors.push({ field: 'defaultLanguage', code: 'unsupported_language' });
  }
  if (input.labelPrefix !== undefined) {
    const prefix = String(input.labelPrefix).trim().replace(/\/+$/, '');
    if (!/^[\p{L}\p{N} _-]{1,40}(\/[\p{L}\p{N} _-]{1,40})?$/u.test(prefix))
      errors.push({ field: 'labelPrefix', code: 'invalid_label' });
    else s.labelPrefix = prefix;
  }
  if (input.auditSpreadsheetId !== undefined) {
    const id = spreadsheetIdFrom(String(input.auditSpreadsheetId));
    if (id === null) errors.push({ field: 'auditSpreadsheetId', code: 'invalid_spreadsheet' });
    else s.auditSpreadsheetId = id;
  }
  if (input.country !== undefined) {
    const country = String(input.country).trim().toUpperCase();
    if (!/^[A-Z]{2}$/.test(country)) errors.push({ field: 'country', code: 'invalid_country' });
    else s.country = country;
  }
  if (input.emergencyNumbers !== undefined) {
    const numbers = input.emergencyNumbers as Record<string, unknown>;
    for (const [country, value] of Object.entries(numbers ?? {})) {
      const n = String(value).trim();
      if (!/^[A-Z]{2}$/.test(country) || !/^[\d\s/+]{2,20}$/.test(n))
        errors.push({ field: 'emergencyNumbers', code: 'invalid_emergency_number' });
      else s.emergencyNumbers[country] = n;
    }
  }
  if (input.timeZone !== undefined) {
    const tz = String(input.timeZone).trim();
    if (!/^[A-Za-z_]+(\/[A-Za-z_+\-0-9]+){0,2}$/.test(tz))
      errors.push({ field: 'timeZone', code: 'invalid_time_zone' });
    else s.timeZone = tz;
  }
  if (input.scanIntervalMinutes !== undefined) {
    const n = Number(input.scanIntervalMinutes);
    if (![1, 5, 10, 15, 30].includes(n))
      errors.push({ field: 'scanIntervalMinutes', code: 'invalid_interval' });
    else s.scanIntervalMinutes = n;
  }
  for (const flag of ['draftsForRoutine', 'emergencyDrafts'] as const) {
    if (input[flag] !== undefined) s[flag] = input[flag] === true || input[flag] === 'true';
  }
  if (input.businessHours !== undefined) {
    const bh = input.businessHours as Partial<BusinessHours>;
    const days = Array.isArray(bh.days) ? bh.days.map(Number) : s.businessHours.days;
    if (
      !TIME.test(String(bh.start ?? '')) ||
      !TIME.test(String(bh.end ?? '')) ||
      String(bh.start) >= String(bh.end) ||
      !days.every((d) => d >= 1 && d <= 7)
    )
      errors.push({ field: 'businessHours', code: 'invalid_hours' });
    else s.businessHours = { days, start: String(bh.start), end: String(bh.end) };
  }
  if (input.retentionYears !== undefined) {
    const n = Number(input.retentionYears);
    if (!Number.isInteger(n) || n < 1 || n > 30)
      errors.push({ field: 'retentionYears', code: 'invalid_retention' });
    else s.retentionYears = n;
  }
  return { settings: s, errors };
}

export function emergencyNumberFor(settings: Settings): string {
  return settings.emergencyNumbers[settings.country] ?? '112';
}

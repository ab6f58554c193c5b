// The add-on's words: one catalogue per interface language, chosen from the user's Gmail locale.
// Pure code: dates arrive as local calendar parts (the adapter converts with the user's time
// zone), because Apps Script's V8 Intl support is not something to rely on.
import type { Intent, Reason } from '../types';
import { da } from './da';
import { de } from './de';
import { en, type Catalogue, type MessageKey } from './en';
import { es } from './es';
import { fr } from './fr';
import { nl } from './nl';

export type { Catalogue, MessageKey } from './en';

export const UI_LANGUAGES = ['en', 'fr', 'nl', 'da', 'de', 'es'] as const;
export type UiLang = (typeof UI_LANGUAGES)[number];

export const CATALOGUES: Readonly<Record<UiLang, Catalogue>> = { en, fr, nl, da, de, es };

/** `fr-BE` → fr, `nl_NL` → nl, `da` → da; anything else → en. Norwegian is not Danish. */
export function uiLanguage(locale: string | null | undefined): UiLang {
  const base =
    String(locale ?? '')
      .trim()
      .toLowerCase()
      .split(/[-_]/)[0] ?? '';
  return (UI_LANGUAGES as readonly string[]).includes(base) ? (base as UiLang) : 'en';
}

export type Vars = Record<string, string | number>;

/** Replaces `{name}` with its value; an unknown placeholder stays visible rather than vanishing. */
export function interpolate(text: string, vars: Vars = {}): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

export function placeholdersIn(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
}

/** A moment as the user's wall clock shows it. */
export interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

export interface I18n {
  lang: UiLang;
  t(key: MessageKey, vars?: Vars): string;
  has(key: string): key is MessageKey;
  intent(intent: Intent): string;
  reason(reason: Reason): string;
  languageName(code: string): string;
  templateName(id: string): string;
  percent(confidence: number): string;
  count(n: number, max: number): string;
  dateTime(at: LocalParts, now: LocalParts): string;
}

export function i18n(lang: UiLang): I18n {
  const cat = CATALOGUES[lang];
  const t = (key: MessageKey, vars?: Vars): string => interpolate(cat[key] ?? en[key], vars);
  const lookup = (key: string, fallback: string): string => (key in cat ? cat[key as MessageKey] : fallback);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return {
    lang,
    t,
    has: (key): key is MessageKey => key in en,
    intent: (intent) => lookup(`intent.${intent}`, intent),
    reason: (reason) => lookup(`reason.${reason}`, reason),
    languageName: (code) => lookup(`lang.${code}`, code),
    templateName: (id) => lookup(`template.${id}`, id),
    percent: (confidence) => t('fmt.percent', { n: Math.round(Math.max(0, Math.min(1, confidence)) * 100) }),
    count: (n, max) => (n >= max ? t('fmt.countMore', { n: max }) : String(n)),
    dateTime: (at, now) => {
      const time = `${pad(at.hour)}:${pad(at.minute)}`;
      if (at.year === now.year && at.month === now.month && at.day === now.day)
        return t('fmt.today', { time });
      const month = t('fmt.months').split(' ')[at.month - 1] ?? String(at.month);
      return t('fmt.dateTime', { day: at.day, month, year: at.year, time });
    },
  };
}

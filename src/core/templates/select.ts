// Which template answers a triage result, in which language, with the spreadsheet's overrides.
// Emergency first, then any escalation (and every clinical message) gets the "a pharmacist will
// reply" acknowledgement; automated mail gets nothing; everything else its intent's template.
import { LANGUAGES, type Intent, type Lang, type Reason } from '../types';
import { BUILTIN_PACKS } from './builtin';
import { validateTemplateRowObjects } from './overrides';
import { INTENT_TEMPLATE, TEMPLATE_IDS, type Template, type TemplateId, type TemplateRow } from './types';

export { validateTemplateRows, validateTemplateRowObjects } from './overrides';

export interface SelectionInput {
  intent: Intent;
  escalate: boolean;
  reasons: readonly Reason[];
}

/** Overrides as read from the Templates tab (rows) or as `validateTemplateRows` returned them. */
export type Overrides = readonly (TemplateRow | Template)[];

function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The detected language when templates exist for it, else the pharmacy's default (else English). */
export function resolveLanguage(language: string, fallbackLanguage: Lang): Lang {
  const lang = typeof language === 'string' ? language.trim().toLowerCase() : '';
  if (isLang(lang)) return lang;
  return isLang(fallbackLanguage) ? fallbackLanguage : 'en';
}

/** The id of the template a result gets, or null when it needs no reply. */
export function templateIdFor(result: SelectionInput): TemplateId | null {
  if (result.reasons.includes('emergency')) return 'emergency_advice';
  if (result.escalate || result.intent === 'clinical') return 'escalation_ack';
  return INTENT_TEMPLATE[result.intent] ?? null;
}

export function builtinTemplate(id: TemplateId, language: Lang): Template {
  const pack = BUILTIN_PACKS[isLang(language) ? language : 'en'];
  const def = pack.templates.find((t) => t.id === id)!;
  return { ...def, language: pack.language, source: 'builtin' };
}

function overrideTemplates(overrides: Overrides | undefined): Template[] {
  if (!overrides || !Array.isArray(overrides) || overrides.length === 0) return [];
  const ready: Template[] = [];
  const rows: TemplateRow[] = [];
  for (const o of overrides) {
    if (o && typeof o === 'object' && 'source' in o && 'intents' in o && 'id' in o) ready.push(o);
    else rows.push(o as TemplateRow);
  }
  // Invalid rows are skipped here; validateTemplateRows is where they are reported.
  return [...ready, ...validateTemplateRowObjects(rows).templates];
}

function pick(id: string, language: Lang, overrides: Template[]): Template | null {
  const override = overrides.find((t) => t.id === id && t.language === language);
  if (override) return override;
  return (TEMPLATE_IDS as readonly string[]).includes(id)
    ? builtinTemplate(id as TemplateId, language)
    : null;
}

/**
 * The template for a triage result, or null for automated mail. `language` may be any detected
 * code; `und` or an unsupported one falls back to the pharmacy's default language.
 */
export function templateFor(
  result: SelectionInput,
  language: Lang | 'und' | (string & {}),
  fallbackLanguage: Lang,
  overrides?: Overrides,
): Template | null {
  const id = templateIdFor(result);
  if (!id) return null;
  return pick(id, resolveLanguage(language, fallbackLanguage), overrideTemplates(overrides));
}

/** Every template of a language for the compose picker: built-ins (overridden where set), then added ones. */
export function listTemplates(language: Lang, overrides?: Overrides): Template[] {
  const lang = resolveLanguage(language, 'en');
  const extra = overrideTemplates(overrides);
  const list = TEMPLATE_IDS.map((id) => pick(id, lang, extra)!);
  const added = extra.filter(
    (t) => t.language === lang && !(TEMPLATE_IDS as readonly string[]).includes(t.id),
  );
  const seen = new Set<string>();
  for (const t of added) {
    if (!seen.has(t.id)) {
      seen.add(t.id);
      list.push(t);
    }
  }
  return list;
}

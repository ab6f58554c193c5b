import { describe, expect, it } from 'vitest';
import {
  CATALOGUES,
  UI_LANGUAGES,
  i18n,
  placeholdersIn,
  uiLanguage,
  type MessageKey,
} from '../../src/core/i18n';
import { en } from '../../src/core/i18n/en';
import { TEMPLATE_IDS } from '../../src/core/templates';
import { INTENTS, LANGUAGES, REASONS } from '../../src/core/types';

const KEYS = Object.keys(en) as MessageKey[];
/** Gmail truncates button texts beyond about this many characters. */
const BUTTON_MAX = 25;

describe('message catalogues', () => {
  it.each(UI_LANGUAGES)('%s has exactly the English keys', (lang) => {
    const keys = Object.keys(CATALOGUES[lang]);
    expect(
      KEYS.filter((k) => !keys.includes(k)),
      'missing',
    ).toEqual([]);
    expect(
      keys.filter((k) => !(k in en)),
      'unknown',
    ).toEqual([]);
  });

  it.each(UI_LANGUAGES)('%s uses the same placeholders as English, and no empty string', (lang) => {
    for (const key of KEYS) {
      const text = CATALOGUES[lang][key];
      expect(text.trim(), `${lang} ${key}`).not.toBe('');
      expect(placeholdersIn(text), `${lang} ${key}`).toEqual(placeholdersIn(en[key]));
    }
  });

  it.each(UI_LANGUAGES)('%s names every intent, reason, language and template, and has 12 months', (lang) => {
    const ui = i18n(lang);
    for (const k of [
      ...INTENTS.map((i) => `intent.${i}`),
      ...REASONS.map((r) => `reason.${r}`),
      ...[...LANGUAGES, 'und'].map((l) => `lang.${l}`),
      ...TEMPLATE_IDS.map((t) => `template.${t}`),
    ])
      expect(ui.has(k), `${lang} ${k}`).toBe(true);
    expect(ui.t('fmt.months').split(' ')).toHaveLength(12);
  });

  it.each(UI_LANGUAGES)('%s button texts fit Gmail (at most %i characters)', (lang) => {
    for (const key of KEYS.filter((k) => k.startsWith('btn.')))
      expect(CATALOGUES[lang][key].length, `${lang} ${key}`).toBeLessThanOrEqual(BUTTON_MAX);
  });

  it('uses the words a pharmacist in each country uses', () => {
    expect(CATALOGUES.fr['intent.refill'].toLowerCase()).toMatch(/renouvellement.*ordonnance/);
    expect(CATALOGUES.nl['intent.refill'].toLowerCase()).toContain('herhaalrecept');
    expect(CATALOGUES.da['intent.refill'].toLowerCase()).toContain('receptfornyelse');
    expect(CATALOGUES.fr['intent.new_prescription'].toLowerCase()).toContain('ordonnance');
  });

  it('a catalogue missing a key or adding a placeholder would fail the checks above', () => {
    const broken = { ...CATALOGUES.fr, 'btn.save': 'Enregistrer {what}' } as Record<string, string>;
    delete broken['btn.back'];
    expect(KEYS.filter((k) => !(k in broken))).toEqual(['btn.back']);
    expect(placeholdersIn(broken['btn.save']!)).not.toEqual(placeholdersIn(en['btn.save']));
  });
});

describe('choosing the language and formatting', () => {
  it.each([
    ['fr-BE', 'fr'],
    ['fr_CA', 'fr'],
    ['nl-NL', 'nl'],
    ['nl-BE', 'nl'],
    ['da', 'da'],
    ['da-DK', 'da'],
    ['de-AT', 'de'],
    ['es-419', 'es'],
    ['en-GB', 'en'],
    ['nb-NO', 'en'],
    ['pt-BR', 'en'],
    ['', 'en'],
    [undefined, 'en'],
  ])('%s → %s', (locale, lang) => expect(uiLanguage(locale)).toBe(lang));

  it('formats percentages and dates the local way', () => {
    const now = { year: 2026, month: 11, day: 23, hour: 10, minute: 5 };
    const earlier = { year: 2026, month: 11, day: 20, hour: 7, minute: 3 };
    expect(i18n('en').percent(0.934)).toBe('93%');
    expect(i18n('fr').percent(0.934)).toBe('93 %');
    expect(i18n('en').dateTime(earlier, now)).toBe('20 Nov 2026, 07:03');
    expect(i18n('fr').dateTime(earlier, now)).toBe('20 nov. 2026 à 07:03');
    expect(i18n('da').dateTime(earlier, now)).toBe('20. nov. 2026 kl. 07:03');
    expect(i18n('nl').dateTime(now, now)).toBe('vandaag om 10:05');
    expect(i18n('en').count(100, 100)).toBe('100+');
  });

  it('leaves an unknown placeholder visible instead of dropping words', () => {
    expect(i18n('en').t('thread.confidence')).toBe('Confidence {percent}');
  });
});

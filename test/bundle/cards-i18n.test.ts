// Every card and notification in every interface language: valid against card.proto, in the
// user's language, with no raw key or placeholder left, and texts short enough for Gmail.
import { beforeAll, describe, expect, it } from 'vitest';
import { CATALOGUES, UI_LANGUAGES, type UiLang } from '../../src/core/i18n';
import { collectActionFunctions, validateCardJson } from '../harness/card-proto';
import { composeEvent, homepageEvent } from '../harness/events';
import {
  bySource,
  createSidebar,
  notificationOf,
  withAuditSheet,
  withSamples,
  type Sidebar,
} from './sidebar-harness';

const LOCALES: Record<UiLang, string> = {
  en: 'en-GB',
  fr: 'fr-BE',
  nl: 'nl-NL',
  da: 'da-DK',
  de: 'de-AT',
  es: 'es-ES',
};
const BUTTON_MAX = 25;
const TITLE_MAX = 40;

let sb: Sidebar;
const functions = new Set<string>();

beforeAll(async () => {
  sb = withAuditSheet(await withSamples(createSidebar()));
  sb.env.mailbox.addMessage({
    from: 'Tom Baker <tom.baker@example.com>',
    to: 'inbox@harbour-pharmacy.example',
    subject: 'Help my father',
    plainBody:
      'My father took a whole box of his sleeping pills an hour ago. He is unconscious and I cannot wake him.',
    date: '2026-11-23T08:00:00Z',
  });
  sb.env.properties.script.set(
    'scanner.state',
    JSON.stringify({
      lastRunAt: '2026-11-23T07:00:00Z',
      lastOutcome: 'failure:daily_quota',
      alert: { code: 'daily_quota' },
    }),
  );
});

/** Button texts and card titles anywhere in a card or response. */
function texts(json: unknown, key: 'buttons' | 'titles'): string[] {
  const found: string[] = [];
  const visit = (node: unknown, parent: string): void => {
    if (Array.isArray(node)) return node.forEach((n) => visit(n, parent));
    if (!node || typeof node !== 'object') return;
    for (const [k, v] of Object.entries(node)) {
      if (key === 'buttons' && parent === 'buttons' && k === 'text' && typeof v === 'string') found.push(v);
      if (key === 'titles' && parent === 'header' && k === 'title' && typeof v === 'string') found.push(v);
      visit(v, k);
    }
  };
  visit(json, '');
  return found;
}

function check(
  json: Record<string, unknown>,
  kind: Parameters<typeof validateCardJson>[1],
  lang: UiLang,
  what: string,
): string {
  expect(() => validateCardJson(json, kind), `${lang} ${what}`).not.toThrow();
  for (const text of texts(json, 'buttons'))
    expect(text.length, `${lang} ${what} button "${text}"`).toBeLessThanOrEqual(BUTTON_MAX);
  for (const text of texts(json, 'titles'))
    expect(text.length, `${lang} ${what} title "${text}"`).toBeLessThanOrEqual(TITLE_MAX);
  const all = JSON.stringify(json);
  expect(all, `${lang} ${what}: unreplaced placeholder`).not.toMatch(/\{[A-Za-z]+\}/);
  expect(all, `${lang} ${what}: raw catalogue key`).not.toMatch(
    /"(?:btn|thread|home|err|error|done|field|settings|about|compose|correct|access)\.[a-zA-Z_.]+"/,
  );
  for (const fn of collectActionFunctions(json)) functions.add(fn);
  return all;
}

describe.each(UI_LANGUAGES)('every card in %s', (lang) => {
  const cat = CATALOGUES[lang];
  const locale = LOCALES[lang];

  it('homepage, settings, about and compose', () => {
    expect(
      check(sb.call('onHomepage', homepageEvent({ userLocale: locale })).json, 'card', lang, 'home'),
    ).toContain(cat['home.title']);
    expect(
      check(
        sb.call('onSettings', homepageEvent({ userLocale: locale })).json,
        'universalActionResponse',
        lang,
        'settings',
      ),
    ).toContain(cat['field.labelPrefix']);
    const invalid = sb.call(
      'sidebarSaveSettings',
      homepageEvent({
        userLocale: locale,
        formInputs: { pharmacyName: '', phone: 'x', country: '??', labelPrefix: 'a/b/c' },
      }),
    );
    expect(check(invalid.json, 'actionResponse', lang, 'settings errors')).toContain(
      cat['err.required'].replace(/'/g, '&#39;'),
    );
    expect(
      check(
        sb.call('onAbout', homepageEvent({ userLocale: locale })).json,
        'universalActionResponse',
        lang,
        'about',
      ),
    ).toContain(cat['about.title']);
    expect(
      check(sb.call('onComposeTemplate', composeEvent({ userLocale: locale })).json, 'card', lang, 'compose'),
    ).toContain(cat['compose.title']);
    const refused = sb.call('onHomepage', homepageEvent({ userLocale: locale }), {
      user: 'stranger@elsewhere.example',
    });
    expect(check(refused.json, 'card', lang, 'no access')).toContain(cat['access.title']);
  });

  it('thread cards, the correction form and notifications', () => {
    const emergency = [...sb.env.mailbox.messages.values()].find((x) => x.subject === 'Help my father')!;
    const samples = [
      '02-refill',
      '03-herhaalrecept',
      '36-contact-form',
      '42-heart-prescription-pickup',
      '44-amlodipine',
      '01-wholesaler',
    ].map((p) => bySource(sb, p));
    for (const m of [...samples, { source: 'emergency', staff: false, record: emergency }]) {
      const text = check(sb.open(m, { userLocale: locale }).json, 'card', lang, m.source);
      expect(text, m.source).toContain(`"title":"${cat['thread.title']}"`);
    }
    const m = bySource(sb, '05-fornyelse');
    const params = {
      messageId: m.record.id,
      threadId: m.record.threadId,
      intent: 'refill',
      escalate: 'false',
    };
    expect(
      check(
        sb.call('sidebarShowCorrect', sb.event(m, { userLocale: locale, parameters: params })).json,
        'actionResponse',
        lang,
        'correct',
      ),
    ).toContain(cat['correct.intent']);
    const handled = sb.call('sidebarMarkHandled', sb.event(m, { userLocale: locale, parameters: params }));
    check(handled.json, 'actionResponse', lang, 'handled');
    expect(notificationOf(handled.json)).toBe(cat['done.handled']);
    const refused = sb.call('sidebarEscalate', sb.event(m, { userLocale: locale, parameters: params }), {
      user: '',
    });
    expect(notificationOf(refused.json)).toBe(cat['error.no_user']);
  });
});

describe('card actions', () => {
  it('name only functions that exist at the top level of the bundle', () => {
    expect(functions.size).toBeGreaterThan(5);
    const sandbox = sb.call('onAbout', homepageEvent()).sandbox;
    for (const fn of functions) expect(typeof sandbox[fn], fn).toBe('function');
  });
});

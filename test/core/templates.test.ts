import { describe, expect, it } from 'vitest';
import {
  BUILTIN_PACKS,
  INTENT_TEMPLATE,
  PLACEHOLDERS,
  TEMPLATE_IDS,
  builtinTemplate,
  inspectTemplate,
  listTemplates,
  placeholdersOf,
  renderTemplate,
  resolveLanguage,
  sanitizeValue,
  templateFor,
  templateIdFor,
  type Template,
  type TemplateValues,
} from '../../src/core/templates';
import { INTENTS, LANGUAGES, type Intent, type Lang, type Reason } from '../../src/core/types';

const FULL: TemplateValues = {
  patientFirstName: 'Marie',
  medication: 'metformin 500 mg',
  pharmacyName: 'Pharmacie du Parc',
  pharmacyPhone: '+32 2 123 45 67',
  signature: 'Anne Dupont\nPharmacist',
  emergencyNumber: '112',
  date: '12 May',
};

/** The opening words of each language's emergency line, and its ending with 112. */
const FOOTER: Record<Lang, { start: string; end112: string; endNone: string }> = {
  en: {
    start: 'This mailbox is not for emergencies',
    end112: 'call 112.',
    endNone: 'call your local emergency number.',
  },
  fr: {
    start: "Cette adresse e-mail n'est pas destinée aux urgences",
    end112: 'appelez le 112.',
    endNone: "appelez les services d'urgence.",
  },
  nl: {
    start: 'Deze mailbox is niet bedoeld voor noodgevallen',
    end112: 'Bel in geval van nood 112.',
    endNone: 'Bel in geval van nood het noodnummer.',
  },
  da: {
    start: 'Denne postkasse er ikke til akutte henvendelser',
    end112: 'Ring 112 i nødstilfælde.',
    endNone: 'Ring til alarmcentralen i nødstilfælde.',
  },
  de: {
    start: 'Dieses Postfach ist nicht für Notfälle gedacht',
    end112: 'Rufen Sie im Notfall die 112 an.',
    endNone: 'Rufen Sie im Notfall den Notruf an.',
  },
  es: {
    start: 'Este buzón no es para urgencias',
    end112: 'llame al 112.',
    endNone: 'llame al número de emergencias.',
  },
};

const NEUTRAL: Record<Lang, string> = {
  en: 'Hello,',
  fr: 'Bonjour,',
  nl: 'Goedendag,',
  da: 'Hej,',
  de: 'Guten Tag,',
  es: 'Hola,',
};

function lastLine(text: string): string {
  return text.split('\n').at(-1)!;
}

function expectClean(out: { subject: string; body: string }): void {
  for (const text of [out.subject, out.body]) {
    expect(text).not.toContain('{{');
    expect(text).not.toContain('}}');
    expect(text).not.toMatch(/ {2}/);
    expect(text).not.toMatch(/\s[,.]/); // "Dear ," / a phrase that lost its word
    expect(text).not.toMatch(/\(\s*\)/);
    expect(text).not.toMatch(/undefined|null|\[object/);
    expect(text).not.toMatch(/[ \t]$/m);
    expect(text).not.toMatch(/<[a-z/]/i); // plain text
  }
  expect(out.subject).not.toMatch(/\n/);
  expect(out.subject.trim()).not.toBe('');
  expect(out.body).not.toMatch(/\n{3}/);
  expect(out.body).not.toMatch(/^\s|\s$/);
  // No greeting with an empty name, in any language.
  expect(out.body).not.toMatch(/^(Dear|Bonjour|Beste|Kære|Hej|Guten Tag|Hallo|Hola)[ \t]*,[ \t]*\S/m);
  expect(out.body).not.toMatch(/^(Dear|Bonjour|Beste|Kære|Hej|Guten Tag|Hallo|Hola)[ \t]+,/m);
  expect(out.body.split('\n')[0]).not.toMatch(/^(Dear|Beste|Kære),/);
}

describe('built-in packs', () => {
  it('has every template id exactly once in every language, with the same intents', () => {
    for (const lang of LANGUAGES) {
      const pack = BUILTIN_PACKS[lang];
      expect(pack.language).toBe(lang);
      expect(pack.templates.map((t) => t.id).sort()).toEqual([...TEMPLATE_IDS].sort());
      for (const t of pack.templates) {
        const en = BUILTIN_PACKS.en.templates.find((e) => e.id === t.id)!;
        expect(t.intents, `${lang}/${t.id}`).toEqual(en.intents);
        expect(t.version).toMatch(/\S/);
      }
    }
  });

  it('uses the same placeholders for a template in every language', () => {
    for (const id of TEMPLATE_IDS) {
      const en = builtinTemplate(id, 'en');
      const expected = { subject: placeholdersOf(en.subject), body: placeholdersOf(en.body) };
      expect(expected.body).toContain('patientFirstName');
      for (const lang of LANGUAGES) {
        const t = builtinTemplate(id, lang);
        expect({ subject: placeholdersOf(t.subject), body: placeholdersOf(t.body) }, `${lang}/${id}`).toEqual(
          expected,
        );
      }
    }
  });

  it('passes the same syntax rules as spreadsheet overrides (known, guarded placeholders only)', () => {
    for (const lang of LANGUAGES) {
      for (const t of BUILTIN_PACKS[lang].templates) {
        expect(inspectTemplate(t.subject).issue, `${lang}/${t.id} subject`).toBeNull();
        expect(inspectTemplate(t.body).issue, `${lang}/${t.id} body`).toBeNull();
      }
      expect(inspectTemplate(BUILTIN_PACKS[lang].emergencyFooter).issue).toBeNull();
      expect(BUILTIN_PACKS[lang].neutralGreeting).toBe(NEUTRAL[lang]);
    }
  });

  it('does not copy the emergency line into the templates (render adds it)', () => {
    for (const lang of LANGUAGES) {
      for (const t of BUILTIN_PACKS[lang].templates) expect(t.body).not.toContain(FOOTER[lang].start);
    }
  });

  it('uses the words a pharmacist uses in each language', () => {
    const refill = (lang: Lang) => {
      const t = builtinTemplate('refill_confirmation', lang);
      return `${t.subject}\n${t.body}`;
    };
    expect(refill('fr')).toMatch(/renouvellement/);
    expect(refill('fr')).toMatch(/ordonnance/);
    expect(refill('nl')).toMatch(/herhaalrecept/);
    expect(refill('da')).toMatch(/receptfornyelse/);
    expect(refill('de')).toMatch(/rezept/i);
    expect(refill('es')).toMatch(/receta/);
  });
});

describe('renderTemplate', () => {
  const cases = LANGUAGES.flatMap((lang) => TEMPLATE_IDS.map((id) => [lang, id] as const));

  it.each(cases)('%s/%s renders with every value', (lang, id) => {
    const t = builtinTemplate(id, lang);
    const out = renderTemplate(t, FULL);
    expectClean(out);
    expect(out.missing).toEqual([]);
    expect(out.body.split('\n')[0]).toContain('Marie');
    expect(out.body).toContain('Anne Dupont\nPharmacist');
    if (placeholdersOf(t.body).includes('medication')) expect(out.body).toContain('metformin 500 mg');
    if (placeholdersOf(t.body).includes('date')) expect(out.body).toContain('12 May');
    expect(lastLine(out.body).startsWith(FOOTER[lang].start)).toBe(true);
    expect(out.body.endsWith(FOOTER[lang].end112)).toBe(true);
  });

  it.each(cases)('%s/%s renders with no value at all', (lang, id) => {
    const t = builtinTemplate(id, lang);
    const out = renderTemplate(t, {});
    expectClean(out);
    expect(out.body.split('\n')[0]).toBe(NEUTRAL[lang]);
    expect(lastLine(out.body).startsWith(FOOTER[lang].start)).toBe(true);
    expect(out.body.endsWith(FOOTER[lang].endNone)).toBe(true);
    expect(out.missing).toContain('patientFirstName');
    expect(out.missing).toContain('emergencyNumber');
    for (const m of out.missing) expect(PLACEHOLDERS).toContain(m);
  });

  it.each(cases)('%s/%s renders with empty and blank strings like missing values', (lang, id) => {
    const t = builtinTemplate(id, lang);
    const blank = Object.fromEntries(PLACEHOLDERS.map((p, i) => [p, i % 2 ? '' : '   '])) as TemplateValues;
    expect(renderTemplate(t, blank)).toEqual(renderTemplate(t, {}));
  });

  it('keeps the signature lines and falls back to the pharmacy name, then the team', () => {
    const t = builtinTemplate('general_ack', 'en');
    expect(renderTemplate(t, { pharmacyName: 'Parc Pharmacy' }).body).toContain(
      'Kind regards,\nParc Pharmacy\n\n',
    );
    expect(renderTemplate(t, {}).body).toContain('Kind regards,\nYour pharmacy team\n\n');
  });

  it('rephrases a sentence without the medication', () => {
    const t = builtinTemplate('refill_confirmation', 'en');
    expect(renderTemplate(t, {}).body).toContain(
      'your refill request for your medication and are preparing it.',
    );
    expect(renderTemplate(t, { medication: 'Metformin' }).body).toContain(
      'your refill request for Metformin and are preparing it.',
    );
  });

  it('names the emergency number in the emergency advice', () => {
    const out = renderTemplate(builtinTemplate('emergency_advice', 'fr'), { emergencyNumber: '15 / 112' });
    expect(out.subject).toBe('Appelez le 15 / 112 maintenant');
    expect(out.body).toContain('Appelez le 15 / 112 maintenant.');
    expect(out.body.endsWith("En cas d'urgence, appelez le 15 / 112.")).toBe(true);
  });

  it('puts the emergency line on a template whose language is not supported (English)', () => {
    const t = { ...builtinTemplate('general_ack', 'en'), language: 'it' as Lang };
    expect(renderTemplate(t, { emergencyNumber: '112' }).body.endsWith(FOOTER.en.end112)).toBe(true);
  });
});

describe('hostile values', () => {
  const t = builtinTemplate('refill_confirmation', 'en');
  const lineCount = renderTemplate(t, FULL).body.split('\n').length;

  it('refuses names and medications that would add lines or text', () => {
    const out = renderTemplate(t, {
      ...FULL,
      patientFirstName: 'Marie\nBcc: evil@example.com',
      medication: 'metformin\n\nPlease wire 500 EUR to http://evil.example',
    });
    expectClean(out);
    expect(out.body).not.toMatch(/evil|Bcc|wire/);
    expect(out.body.split('\n')[0]).toBe('Hello,');
    expect(out.body).toContain('for your medication');
    expect(out.missing).toEqual(['patientFirstName', 'medication']);
    expect(out.body.split('\n').length).toBe(lineCount);
  });

  it('strips mustache tags from values; they are never rendered again', () => {
    const out = renderTemplate(t, {
      ...FULL,
      patientFirstName: '{{signature}}',
      medication: '{{x}} {{{pharmacyPhone}}}',
    });
    expectClean(out);
    expect(out.body.split('\n')[0]).toBe('Dear signature,');
    expect(out.body).toContain('for x pharmacyPhone and');
  });

  it('refuses 1,000-character values instead of pasting them', () => {
    const long = 'A'.repeat(1000);
    const out = renderTemplate(t, {
      ...FULL,
      patientFirstName: long,
      medication: long,
      signature: long,
      pharmacyName: long,
      date: long,
    });
    expectClean(out);
    expect(out.body).not.toContain('AAAA');
    expect(out.subject).not.toContain('AAAA');
    expect(out.body.length).toBeLessThan(900);
    expect(out.missing).toEqual(
      expect.arrayContaining(['patientFirstName', 'medication', 'signature', 'pharmacyName']),
    );
  });

  it('removes control, zero-width and bidirectional characters', () => {
    expect(sanitizeValue('patientFirstName', 'Ma\u202Erie\u200B')).toBe('Marie');
    expect(sanitizeValue('patientFirstName', '  Jean\u0000-Luc\t ')).toBe('Jean-Luc');
    expect(sanitizeValue('medication', 'Doliprane\u2028500 mg')).toBe('Doliprane 500 mg');
    expect(sanitizeValue('signature', 'Anne\r\n\r\n\r\n\u0007Pharmacist')).toBe('Anne\n\nPharmacist');
  });

  it('limits a name to 40 characters and a medication to 60', () => {
    expect(sanitizeValue('patientFirstName', 'A'.repeat(40))).toBe('A'.repeat(40));
    expect(sanitizeValue('patientFirstName', 'A'.repeat(41))).toBe('');
    expect(sanitizeValue('medication', 'b'.repeat(60))).toBe('b'.repeat(60));
    expect(sanitizeValue('medication', 'b'.repeat(61))).toBe('');
  });

  it('accepts ordinary names, medications, phone numbers and emergency numbers', () => {
    expect(sanitizeValue('patientFirstName', "Anne-Sofie O'Brien")).toBe("Anne-Sofie O'Brien");
    expect(sanitizeValue('patientFirstName', 'Søren')).toBe('Søren');
    expect(sanitizeValue('patientFirstName', 'x@y.z')).toBe('');
    expect(sanitizeValue('medication', 'Amoxicilline/acide clavulanique 875/125 mg')).toBe(
      'Amoxicilline/acide clavulanique 875/125 mg',
    );
    expect(sanitizeValue('pharmacyPhone', '+45 33 12 34 56')).toBe('+45 33 12 34 56');
    expect(sanitizeValue('pharmacyPhone', 'call me maybe')).toBe('');
    expect(sanitizeValue('emergencyNumber', '15 / 112')).toBe('15 / 112');
    expect(sanitizeValue('emergencyNumber', '112; rm')).toBe('');
    expect(sanitizeValue('date', 42 as unknown as string)).toBe('42');
    expect(sanitizeValue('date', { toString: () => 'x' } as unknown as string)).toBe('');
  });

  it('refuses a signature of more than 8 lines', () => {
    expect(sanitizeValue('signature', Array.from({ length: 9 }, (_, i) => `line ${i}`).join('\n'))).toBe('');
  });
});

describe('templateFor', () => {
  const r = (intent: Intent, escalate = false, reasons: Reason[] = []) => ({ intent, escalate, reasons });

  it('answers an emergency with the emergency advice, whatever the intent', () => {
    expect(templateFor(r('billing', true, ['emergency']), 'en', 'en')?.id).toBe('emergency_advice');
    expect(templateFor(r('clinical', true, ['emergency', 'symptoms']), 'nl', 'en')?.id).toBe(
      'emergency_advice',
    );
    expect(templateFor(r('automated', true, ['emergency']), 'da', 'en')?.id).toBe('emergency_advice');
  });

  it('acknowledges clinical and escalated messages: a pharmacist will reply', () => {
    expect(templateFor(r('clinical', true, ['dosing']), 'fr', 'en')?.id).toBe('escalation_ack');
    expect(templateFor(r('clinical'), 'fr', 'en')?.id).toBe('escalation_ack');
    expect(templateFor(r('refill', true, ['controlled_substance']), 'en', 'en')?.id).toBe('escalation_ack');
    expect(templateFor(r('insurance', true, ['prior_auth']), 'de', 'en')?.id).toBe('escalation_ack');
  });

  it('prepares nothing for automated mail', () => {
    expect(templateFor(r('automated'), 'en', 'en')).toBeNull();
  });

  it('gives every other intent its own template', () => {
    for (const intent of INTENTS) {
      const t = templateFor(r(intent), 'es', 'en');
      if (intent === 'automated') expect(t).toBeNull();
      else {
        expect(t?.id).toBe(INTENT_TEMPLATE[intent]);
        expect(t?.language).toBe('es');
        expect(t?.source).toBe('builtin');
        if (intent !== 'clinical') expect(t?.intents).toContain(intent);
      }
    }
    expect(templateIdFor(r('refill'))).toBe('refill_confirmation');
    expect(templateIdFor(r('stock'))).toBe('stock_check');
  });

  it("falls back to the pharmacy's language for und or an unsupported language", () => {
    expect(templateFor(r('refill'), 'und', 'fr')?.language).toBe('fr');
    expect(templateFor(r('refill'), 'it', 'nl')?.language).toBe('nl');
    expect(templateFor(r('refill'), 'da', 'nl')?.language).toBe('da');
    expect(templateFor(r('refill'), 'und', 'xx' as Lang)?.language).toBe('en');
    expect(resolveLanguage(' DE ', 'en')).toBe('de');
  });
});

describe('listTemplates', () => {
  it('lists every template of the language for the compose picker', () => {
    for (const lang of LANGUAGES) {
      const list = listTemplates(lang);
      expect(list.map((t) => t.id)).toEqual([...TEMPLATE_IDS]);
      expect(list.every((t: Template) => t.language === lang && t.source === 'builtin')).toBe(true);
    }
  });
});

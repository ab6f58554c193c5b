import { describe, expect, it } from 'vitest';
import {
  listTemplates,
  renderTemplate,
  templateFor,
  validateTemplateRows,
  type TemplateRow,
} from '../../src/core/templates';

const HEADER = ['intent', 'language', 'subject', 'body', 'version', 'templateId'];
const GOOD_BODY =
  'Dear {{patientFirstName}},\n\nYour {{#medication}}{{medication}}{{/medication}}{{^medication}}order{{/medication}} is waiting.\n\n{{signature}}';

function codes(rows: unknown[][]) {
  return validateTemplateRows(rows).errors.map((e) => [e.row, e.code]);
}

describe('validateTemplateRows', () => {
  it('accepts good rows and reports their version', () => {
    const { templates, errors } = validateTemplateRows([
      HEADER,
      ['refill', 'en', 'Your refill', GOOD_BODY, 'v7', ''],
      [
        'stock',
        'FR',
        'Rupture',
        'Bonjour,\n\n{{#medication}}{{medication}}{{/medication}}{{^medication}}Ce produit{{/medication}} arrive bientôt.',
        3,
        'out_of_stock',
      ],
      [
        'general',
        'nl',
        'Openingsuren',
        'Goedendag,\n\nWe zijn open van 9 tot 18 uur.',
        '2024-1',
        'opening_hours',
      ],
    ]);
    expect(errors).toEqual([]);
    expect(templates.map((t) => [t.id, t.language, t.version, t.source])).toEqual([
      ['refill_confirmation', 'en', 'v7', 'override'],
      ['out_of_stock', 'fr', '3', 'override'],
      ['opening_hours', 'nl', '2024-1', 'override'],
    ]);
    expect(templates[0]!.intents).toEqual(['refill']);
    expect(templates[2]!.intents).toEqual(['general']);
  });

  it('finds columns by header name, in any order, and skips blank rows', () => {
    const { templates, errors } = validateTemplateRows([
      ['Version', 'Body', 'Language', 'Intent', 'Subject'],
      ['', '', '', '', ''],
      ['1', 'Hello,\n\nThanks.', 'en', 'general', 'Thanks'],
    ]);
    expect(errors).toEqual([]);
    expect(templates).toHaveLength(1);
    expect(templates[0]!.id).toBe('general_ack');
  });

  it('reports each bad row with its sheet row number and skips it', () => {
    const long = 'x'.repeat(5001);
    const rows: unknown[][] = [
      HEADER,
      ['refill', 'en', 'ok', GOOD_BODY, '1'], // 2: good
      ['teleport', 'en', 's', 'Hello', '1'], // 3
      ['refill', 'it', 's', 'Ciao', '1'], // 4
      ['refill', 'fr', 's', '   ', '1'], // 5
      ['refill', 'de', 's', 'Hallo {{#medication}}{{medication}}', '1'], // 6
      ['refill', 'es', 's', 'Hola }} adiós', '1'], // 7
      ['refill', 'nl', 's', 'Goedendag {{foo}}', '1'], // 8
      ['refill', 'da', 's', 'Hej {{> footer}}', '1'], // 9
      ['delivery', 'en', 's', '{{=<% %>=}}Hello <%medication%>', '1'], // 10
      ['delivery', 'fr', 's', 'Bonjour,\n\nVotre {{medication}} est prête.', '1'], // 11
      ['billing', 'en', 's', long, '1'], // 12
      ['automated', 'en', 's', 'Hello', '1'], // 13
      ['billing', 'en', 's', 'Hello', '1', 'refill_confirmation'], // 14
      ['refill', 'en', 'again', 'Hello,\n\nAgain.', '2'], // 15: duplicate of row 2
      ['general', 'en', 's', 'Hello', ''], // 16
      ['general', 'en', 's', 'Hello', '1', 'Bad Id!'], // 17
      ['general', 'en', 'two\nlines', 'Hello', '1'], // 18
      ['general', 'en', 'Re {{medication}}', 'Hello', '1'], // 19
      'not a row', // 20
      [{ a: 1 }, null, undefined, 5, Symbol('x')], // 21
      ['general', 'en', 's', 'Hello {{{signature}', '1'], // 22
    ] as unknown[][];
    let result!: ReturnType<typeof validateTemplateRows>;
    expect(() => (result = validateTemplateRows(rows))).not.toThrow();
    expect(result.templates.map((t) => t.id)).toEqual(['refill_confirmation']);
    const got = result.errors.map((e) => [e.row, e.code]);
    expect(got).toEqual(
      expect.arrayContaining([
        [3, 'unknown_intent'],
        [4, 'unknown_language'],
        [5, 'empty_body'],
        [6, 'unbalanced_tags'],
        [7, 'unbalanced_tags'],
        [8, 'unknown_tag'],
        [9, 'unknown_tag'],
        [10, 'unknown_tag'],
        [11, 'unguarded_placeholder'],
        [12, 'body_too_long'],
        [13, 'no_template_for_intent'],
        [14, 'intent_mismatch'],
        [15, 'duplicate_template'],
        [16, 'empty_version'],
        [17, 'invalid_template_id'],
        [18, 'invalid_subject'],
        [19, 'unguarded_placeholder'],
        [20, 'invalid_row'],
        [21, 'unknown_intent'],
        [22, 'unbalanced_tags'],
      ]),
    );
    expect(got.some(([row]) => row === 2)).toBe(false);
    expect(new Set(got.map(([row]) => row)).size).toBe(20);
  });

  it('rejects a missing header or malformed input without throwing', () => {
    expect(
      codes([
        ['name', 'text'],
        ['refill', 'en'],
      ]),
    ).toEqual([[1, 'invalid_header']]);
    expect(validateTemplateRows([])).toEqual({ templates: [], errors: [] });
    expect(validateTemplateRows(null as unknown as unknown[][])).toEqual({ templates: [], errors: [] });
    expect(validateTemplateRows([HEADER])).toEqual({ templates: [], errors: [] });
  });

  it('guards a plain "Dear {{patientFirstName}}," greeting with the neutral greeting', () => {
    const { templates } = validateTemplateRows([
      HEADER,
      ['refill', 'da', 'Recept', 'Kære {{patientFirstName}},\n\nDin medicin er klar.', '1'],
    ]);
    const t = templates[0]!;
    expect(renderTemplate(t, { patientFirstName: 'Søren' }).body.split('\n')[0]).toBe('Kære Søren,');
    expect(renderTemplate(t, {}).body.split('\n')[0]).toBe('Hej,');
  });

  it('renders an override with the emergency line and no trace of missing values', () => {
    const { templates } = validateTemplateRows([HEADER, ['refill', 'en', 'Your refill', GOOD_BODY, 'v7']]);
    const out = renderTemplate(templates[0]!, { emergencyNumber: '999' });
    expect(out.body).toBe(
      'Hello,\n\nYour order is waiting.\n\nThis mailbox is not for emergencies and is not watched around the clock. In an emergency, call 999.',
    );
    expect(out.missing).toEqual(['patientFirstName', 'medication', 'signature']);
  });
});

describe('overrides in selection', () => {
  const rows: TemplateRow[] = [
    { intent: 'refill', language: 'en', subject: 'Refill', body: GOOD_BODY, version: 'sheet-3' },
    {
      intent: 'clinical',
      language: 'fr',
      subject: 'Pharmacien',
      body: 'Bonjour,\n\nUn pharmacien vous répond.',
      version: 'fr-2',
    },
    {
      intent: 'general',
      language: 'en',
      subject: 'Emergency',
      body: 'Call {{#emergencyNumber}}{{emergencyNumber}}{{/emergencyNumber}}{{^emergencyNumber}}help{{/emergencyNumber}}.',
      version: 'e1',
      templateId: 'emergency_advice',
    },
    {
      intent: 'general',
      language: 'en',
      subject: 'Hours',
      body: 'Hello,\n\nWe are open 9 to 6.',
      version: 'h1',
      templateId: 'opening_hours',
    },
    { intent: 'refill', language: 'nl', subject: 'Kapot', body: 'Beste {{naam}}', version: '1' },
  ];

  it('replaces the built-in of the same intent+language and reports its version', () => {
    const t = templateFor({ intent: 'refill', escalate: false, reasons: [] }, 'en', 'en', rows);
    expect([t?.id, t?.source, t?.version]).toEqual(['refill_confirmation', 'override', 'sheet-3']);
    const fr = templateFor({ intent: 'clinical', escalate: true, reasons: ['symptoms'] }, 'fr', 'en', rows);
    expect([fr?.id, fr?.version]).toEqual(['escalation_ack', 'fr-2']);
  });

  it('replaces the built-in of the same id+language', () => {
    const t = templateFor({ intent: 'billing', escalate: true, reasons: ['emergency'] }, 'und', 'en', rows);
    expect([t?.id, t?.version, t?.source]).toEqual(['emergency_advice', 'e1', 'override']);
  });

  it('keeps the built-in for other languages and for invalid rows', () => {
    expect(templateFor({ intent: 'refill', escalate: false, reasons: [] }, 'fr', 'en', rows)?.source).toBe(
      'builtin',
    );
    expect(templateFor({ intent: 'refill', escalate: false, reasons: [] }, 'nl', 'en', rows)?.source).toBe(
      'builtin',
    );
  });

  it('accepts the templates validateTemplateRows returned', () => {
    const { templates } = validateTemplateRows([
      ['intent', 'language', 'subject', 'body', 'version'],
      ['stock', 'de', 'Lieferengpass', 'Guten Tag,\n\nleider nicht lieferbar.', '9'],
    ]);
    const t = templateFor({ intent: 'stock', escalate: false, reasons: [] }, 'de', 'en', templates);
    expect([t?.id, t?.version]).toEqual(['stock_check', '9']);
  });

  it('still returns null for automated mail', () => {
    expect(templateFor({ intent: 'automated', escalate: false, reasons: [] }, 'en', 'en', rows)).toBeNull();
  });

  it('shows overridden and added templates in the picker', () => {
    const list = listTemplates('en', rows);
    expect(list).toHaveLength(15);
    expect(list.find((t) => t.id === 'refill_confirmation')?.version).toBe('sheet-3');
    expect(list.at(-1)?.id).toBe('opening_hours');
    expect(listTemplates('fr', rows).map((t) => t.id)).not.toContain('opening_hours');
  });
});

import { describe, expect, it } from 'vitest';
import { detectEscalation, validateExtraRules, type ExtraRule } from '../../src/core/escalation/detect';

const detect = (body: string, extraRules: ExtraRule[] = [], language: 'en' | 'fr' | 'nl' = 'en') =>
  detectEscalation({ subject: '', body, language, medications: [], extraRules });

describe('extra rules from the manager', () => {
  const rows = [
    { language: 'en', reason: 'symptoms', phrase: 'brain fog', kind: 'trigger' },
    { language: 'fr', reason: 'controlled_substance', phrase: 'neuropax', kind: 'trigger' },
    { language: 'en', reason: 'symptoms', phrase: 'not bothering me', kind: 'negation' },
    ['nl', 'adverse_reaction', 'raar (gevoel|gevoelens) van', 'trigger'],
    { language: 'xx', reason: 'symptoms', phrase: 'foo', kind: 'trigger' },
    { language: 'en', reason: 'itchy', phrase: 'foo', kind: 'trigger' },
    { language: 'en', reason: 'symptoms', phrase: '(unclosed', kind: 'trigger' },
    { language: 'en', reason: 'symptoms', phrase: 'a', kind: 'trigger' },
    { language: 'en', reason: 'symptoms', phrase: 'brain fog', kind: 'trigger' },
    { language: 'en', reason: 'symptoms', phrase: '', kind: 'trigger' },
    { language: 'en', reason: 'symptoms', phrase: 'x y z', kind: 'sometimes' },
    'not a row',
    null,
    { language: '', reason: '', phrase: '', kind: '' },
  ];

  it('keeps the good rows and reports the bad ones by row number, without throwing', () => {
    const { rules, errors } = validateExtraRules(rows);
    expect(rules.map((r) => r.phrase)).toEqual([
      'brain fog',
      'neuropax',
      'not bothering me',
      'raar (gevoel|gevoelens) van',
    ]);
    expect(errors.map((e) => e.row)).toEqual([5, 6, 7, 8, 9, 10, 11, 12, 13]);
    expect(errors.find((e) => e.row === 5)?.message).toMatch(/language/);
    expect(errors.find((e) => e.row === 6)?.message).toMatch(/reason/);
    expect(errors.find((e) => e.row === 7)?.message).toMatch(/phrase not understood/);
    expect(errors.find((e) => e.row === 8)?.message).toMatch(/too short/);
    expect(errors.find((e) => e.row === 9)?.message).toMatch(/row 1/);
    expect(errors.find((e) => e.row === 11)?.message).toMatch(/kind/);
  });

  it('never throws on odd input', () => {
    expect(() => validateExtraRules(undefined)).not.toThrow();
    expect(() => validateExtraRules('rows')).not.toThrow();
    expect(() =>
      validateExtraRules([
        {
          get language() {
            throw new Error('boom');
          },
        },
      ]),
    ).not.toThrow();
    expect(
      validateExtraRules([
        {
          get language() {
            throw new Error('boom');
          },
        },
      ]).errors[0]?.row,
    ).toBe(1);
  });

  it('a trigger row raises its reason, with an extra rule id', () => {
    const { rules } = validateExtraRules(rows);
    expect(detect('I have had brain fog all week.').hits.some((h) => h.reason === 'symptoms')).toBe(false);
    const hit = detect('I have had brain fog all week.', rules).hits.find((h) => h.reason === 'symptoms');
    expect(hit?.rule).toBe('extra.en.symptoms.1');
    expect(hit?.phrase).toBe('brain fog');
  });

  it('a trigger row is negated like any rule', () => {
    const { rules } = validateExtraRules(rows);
    expect(detect('No brain fog at all.', rules).hits).toEqual([]);
  });

  it('a negation row cancels its reason nearby', () => {
    const { rules } = validateExtraRules(rows);
    expect(detect('Some headaches, not bothering me.').hits.some((h) => h.reason === 'symptoms')).toBe(true);
    expect(detect('Some headaches, not bothering me.', rules).hits.some((h) => h.reason === 'symptoms')).toBe(
      false,
    );
  });

  it('rules of another language run only when that language is active', () => {
    const { rules } = validateExtraRules(rows);
    expect(
      detect('Puis-je avoir plus de Neuropax ?', rules, 'fr').hits.some(
        (h) => h.rule === 'extra.fr.controlled_substance.2',
      ),
    ).toBe(true);
    expect(
      detect('Kan ik meer Neuropax krijgen?', rules, 'nl').hits.some((h) => h.rule.startsWith('extra.fr')),
    ).toBe(false);
  });

  it('detectEscalation ignores invalid rows it is given', () => {
    const bad = [
      { language: 'en', reason: 'symptoms', phrase: '(((', kind: 'trigger' },
    ] as unknown as ExtraRule[];
    expect(() => detect('hello', bad)).not.toThrow();
  });
});

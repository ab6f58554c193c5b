import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { baseRuleSetVersion, detectEscalation, validateExtraRules } from '../../src/core/escalation/detect';
import { PatternError, compilePattern } from '../../src/core/escalation/pattern';
import { RULES } from '../../src/core/escalation/rules/index';
import { phraseList } from '../../src/core/escalation/rules/types';
import { LANGUAGES, REASONS } from '../../src/core/types';

describe('rule files', () => {
  it('exist for every language and reason, and every phrase compiles', () => {
    for (const lang of LANGUAGES) {
      const r = RULES[lang];
      expect(r.lang).toBe(lang);
      for (const reason of REASONS) {
        expect(phraseList(r.triggers[reason]).length, `${lang}.${reason}`).toBeGreaterThan(0);
        for (const p of phraseList(r.triggers[reason]))
          expect(() => compilePattern(p), `${lang}.${reason}: ${p}`).not.toThrow();
      }
      expect(phraseList(r.controlled.names).length).toBeGreaterThan(20);
      for (const line of phraseList(r.controlled.names)) expect(line).toMatch(/^[^:,]+(: [^:]+)?$/);
      for (const l of [
        r.negation.pre,
        r.negation.post,
        r.negation.pseudo,
        r.terminators,
        r.historical,
        r.resolved,
        r.hypothetical,
        r.questionStart,
        r.questionCue,
        r.experience,
        r.clinical,
        r.admin,
        r.medicineWords,
        r.inUse,
        r.indication,
        r.notHelping,
      ])
        for (const p of phraseList(l)) expect(() => compilePattern(p), `${lang}: ${p}`).not.toThrow();
    }
  });

  it('compiles the phrase language', () => {
    expect(() => compilePattern('(took|taken) (a )?double dose')).not.toThrow();
    expect(() => compilePattern("can't breathe")).not.toThrow();
    expect(() => compilePattern('(a|b')).toThrow(PatternError);
    expect(() => compilePattern('* pills')).toThrow(PatternError);
    expect(() => compilePattern('(maybe)?')).toThrow(PatternError);
    expect(() => compilePattern('mid*dle')).toThrow(PatternError);
    expect(() => compilePattern('word(s)')).toThrow(PatternError);
    expect(() => compilePattern('stiff neck + fever | purple spots')).toThrow(PatternError);
    expect(() => compilePattern('stiff neck + (fever | temperature)')).not.toThrow();
    expect(() => compilePattern('took ## tablets')).not.toThrow();
  });

  it('the controlled lists hold the national names', () => {
    const has = (lang: keyof typeof RULES, name: string) =>
      phraseList(RULES[lang].controlled.names).some((n) =>
        n
          .toLowerCase()
          .split(/[:,]/)
          .some((x) => x.trim().startsWith(name)),
      );
    for (const n of [
      'oxycontin',
      'percocet',
      'norco',
      'suboxone',
      'adderall',
      'vyvanse',
      'xanax',
      'klonopin',
      'ambien',
      'lyrica',
    ])
      expect(has('en', n), n).toBe(true);
    for (const n of [
      'skenan',
      'actiskenan',
      'oxynorm',
      'durogesic',
      'ritaline',
      'rivotril',
      'stilnox',
      'topalgic',
      'subutex',
      'méthadone'.normalize('NFD').replace(/[\u0300-\u036f]/g, ''),
    ])
      expect(has('fr', n), n).toBe(true);
    for (const n of [
      'oxycodon',
      'morfine',
      'methylfenidaat',
      'oxazepam',
      'temazepam',
      'zolpidem',
      'tramadol',
    ])
      expect(has('nl', n), n).toBe(true);
    for (const n of ['oxycodon', 'morfin', 'ritalin', 'stesolid', 'imozop', 'zopiclon'])
      expect(has('da', n), n).toBe(true);
    for (const n of ['tilidin', 'tavor', 'methylphenidat']) expect(has('de', n), n).toBe(true);
    for (const n of ['fentanilo', 'oxicodona', 'tranxilium', 'orfidal', 'metilfenidato'])
      expect(has('es', n), n).toBe(true);
  });

  it('rule ids point into the rule files', () => {
    const r = detectEscalation({
      subject: '',
      body: 'Since I started the new pills I feel dizzy.',
      language: 'en',
      medications: [],
    });
    for (const h of r.hits) {
      const [lang, reason, n] = h.rule.split('.');
      const list = phraseList(RULES[lang as 'en'].triggers[reason as 'symptoms']);
      expect(list[Number(n) - 1], h.rule).toBeDefined();
    }
  });

  it('the rule set version changes with extra rules', () => {
    const base = baseRuleSetVersion();
    const { rules } = validateExtraRules([
      { language: 'en', reason: 'symptoms', phrase: 'brain fog', kind: 'trigger' },
    ]);
    const v = detectEscalation({
      subject: '',
      body: 'x',
      language: 'en',
      medications: [],
      extraRules: rules,
    }).ruleSetVersion;
    expect(v).not.toBe(base);
    expect(v).toMatch(/^[0-9a-f]{8}$/);
  });

  it('escalation and extraction data stay under 260 KB of source (the matcher runs every phrase on every message)', () => {
    const dir = join(__dirname, '../../src/core');
    const files = [
      ...readdirSync(join(dir, 'escalation/rules'))
        .filter((f) => /^[a-z]{2}\.ts$/.test(f))
        .map((f) => join(dir, 'escalation/rules', f)),
      join(dir, 'extraction/lexicon.ts'),
    ];
    expect(files.length).toBe(7);
    const bytes = files.filter((f) => statSync(f).isFile()).reduce((s, f) => s + readFileSync(f).length, 0);
    expect(bytes).toBeLessThan(260_000);
  });
});

import { describe, expect, it } from 'vitest';
import { contextOf } from '../../src/core/escalation/negation';
import { RULES } from '../../src/core/escalation/rules/index';
import { tokenize } from '../../src/core/escalation/text';
import type { Lang } from '../../src/core/types';

const ctx = (text: string, phrase: string, lang: Lang) => {
  const c = contextOf(text, phrase, lang === 'en' ? [RULES.en] : [RULES[lang], RULES.en]);
  if (!c) throw new Error(`"${phrase}" not found in "${text}"`);
  return c;
};

describe('tokenize', () => {
  it('folds accents and case, keeps offsets', () => {
    const d = tokenize('Élodie a des RÉACTIONS.');
    expect(d.tokens).toEqual(['elodie', 'a', 'des', 'reactions']);
    expect(d.original.slice(d.map[d.starts[3]!], d.map[d.ends[3]!])).toBe('RÉACTIONS');
  });
  it("merges English n't and splits French elisions", () => {
    expect(tokenize("I can't, j'ai").tokens).toEqual(['i', 'cant', 'j', 'ai']);
  });
  it('splits sentences but not at abbreviations, decimals or soft line wraps', () => {
    const d = tokenize('Dr. Smith gave 2.5 mg of it\nand I feel sick. Then more');
    expect(d.sent[d.tokens.indexOf('sick')]).toBe(0);
    expect(d.sent[d.tokens.indexOf('then')]).toBe(1);
  });
  it('keeps a list introduced by a colon in one sentence', () => {
    const d = tokenize('I no longer take:\n- oxycodone\n- Xanax\n\nThanks');
    expect(d.sent[d.tokens.indexOf('xanax')]).toBe(0);
    expect(d.sent[d.tokens.indexOf('thanks')]).toBe(1);
  });
  it('marks questions', () => {
    const d = tokenize('I have a rash. Is it the pills?');
    expect(d.sentQuestion).toEqual([false, true]);
  });
  it('bounds very long input', () => {
    expect(tokenize('word '.repeat(10_000)).tokens.length).toBeLessThan(3000);
  });
});

describe('negation: pre-position cues within the clause', () => {
  const cases: [Lang, string, string][] = [
    ['en', 'I have no side effects so far', 'side effect*'],
    ['en', 'She denies any chest pain', 'chest pain'],
    ['en', "I haven't had any rash", 'rash'],
    ['en', 'No longer dizzy at all', 'dizzy'],
    ['fr', "Je n'ai pas de fièvre", 'fievre'],
    ['fr', "Je n'ai jamais eu de réaction", 'reaction'],
    ['fr', 'Aucune allergie connue', 'allerg*'],
    ['fr', "Sans effets secondaires jusqu'ici", 'effets secondaires'],
    ['fr', "Je n'ai plus de vertiges", 'vertige*'],
    ['nl', 'Ik heb geen bijwerkingen', 'bijwerking*'],
    ['nl', 'Ik heb nooit uitslag gehad', 'uitslag'],
    ['nl', 'Ik heb niet overgegeven', 'overgegeven'],
    ['da', 'Jeg har ingen bivirkninger', 'bivirkning*'],
    ['da', 'Jeg har ikke haft udslæt', 'udslæt'],
    ['da', 'Jeg har aldrig haft feber', 'feber'],
    ['de', 'Ich habe keine Nebenwirkungen', 'nebenwirkung*'],
    ['de', 'Ich hatte nie Ausschlag', 'ausschlag'],
    ['es', 'No tengo fiebre', 'fiebre'],
    ['es', 'Sin efectos secundarios', 'efectos secundarios'],
    ['es', 'Nunca he tenido alergia', 'alergia'],
  ];
  for (const [lang, text, phrase] of cases) {
    it(`${lang}: ${text}`, () => expect(ctx(text, phrase, lang).negated).toBe(true));
  }
});

describe('negation: post-position cues (V2 languages and lists)', () => {
  const cases: [Lang, string, string][] = [
    ['nl', 'Bijwerkingen heb ik niet gehad', 'bijwerkingen'],
    ['nl', 'Ik heb er geen last van', 'last'],
    ['nl', 'Allergieën: geen', 'allergieen'],
    ['da', 'Bivirkninger har jeg ikke haft', 'bivirkninger'],
    ['da', 'Allergier: ingen', 'allergier'],
    ['de', 'Nebenwirkungen habe ich keine', 'nebenwirkungen'],
    ['en', 'Allergies: none', 'allergies'],
    ['fr', 'Allergies : néant', 'allergies'],
  ];
  for (const [lang, text, phrase] of cases) {
    it(`${lang}: ${text}`, () => expect(ctx(text, phrase, lang).negated).toBe(true));
  }
});

describe('negation scope ends at terminators and is cancelled by pseudo-negations', () => {
  const cases: [Lang, string, string][] = [
    ['en', 'No fever but a rash on my arms', 'rash'],
    ['en', 'I am not sure why I have a rash', 'rash'],
    ['en', "It's not getting better, the cough is worse", 'cough'],
    ['fr', 'Pas de fièvre mais des boutons', 'boutons'],
    ['fr', 'Je ne sais pas pourquoi j’ai des vertiges', 'vertiges'],
    ['nl', 'Geen koorts, wel uitslag', 'uitslag'],
    ['nl', 'Geen koorts maar wel hoofdpijn', 'hoofdpijn'],
    ['da', 'Ingen feber, men udslæt på armene', 'udslæt'],
    ['da', 'Jeg ved ikke hvorfor jeg har udslæt', 'udslæt'],
    ['de', 'Kein Fieber, aber Ausschlag', 'ausschlag'],
    ['es', 'No tengo fiebre pero sí ronchas', 'ronchas'],
  ];
  for (const [lang, text, phrase] of cases) {
    it(`${lang}: ${text}`, () => expect(ctx(text, phrase, lang).negated).toBe(false));
  }
  it('the window is limited', () => {
    expect(ctx('No, I told the doctor yesterday about the new rash', 'rash', 'en').negated).toBe(false);
  });
});

describe('temporality, hypotheticals and questions', () => {
  it('historical', () => {
    expect(ctx('I had a rash from it years ago', 'rash', 'en').historical).toBe(true);
    expect(ctx("J'ai fait une allergie il y a 3 ans", 'allergie', 'fr').historical).toBe(true);
    expect(ctx("J'ai eu une éruption l'an dernier", 'eruption', 'fr').historical).toBe(true);
    expect(ctx('Vorig jaar had ik uitslag', 'uitslag', 'nl').historical).toBe(true);
    expect(ctx('Sidste år havde jeg udslæt', 'udslæt', 'da').historical).toBe(true);
    expect(ctx('Letztes Jahr hatte ich Ausschlag', 'ausschlag', 'de').historical).toBe(true);
    expect(ctx('El año pasado tuve ronchas', 'ronchas', 'es').historical).toBe(true);
    expect(ctx('I used to get headaches on it', 'headaches', 'en').historical).toBe(true);
    expect(ctx('I have had a rash since Monday', 'rash', 'en').historical).toBe(false);
  });
  it('a pseudo-cue cancels a past cue it overlaps: "desde hace años" goes on today', () => {
    expect(ctx('Hace años tuve ronchas', 'ronchas', 'es').historical).toBe(true);
    expect(ctx('Desde hace años tengo ronchas', 'ronchas', 'es').historical).toBe(false);
  });
  it('resolved', () => {
    expect(ctx('I had a rash but it is gone now', 'rash', 'en').resolved).toBe(true);
    expect(ctx("J'avais des vertiges, c'est passé", 'vertiges', 'fr').resolved).toBe(true);
    expect(ctx('Ik had hoofdpijn maar dat is over', 'hoofdpijn', 'nl').resolved).toBe(true);
    expect(ctx('Jeg havde udslæt, men det er væk nu', 'udslæt', 'da').resolved).toBe(true);
    expect(ctx('The rash is getting worse', 'rash', 'en').resolved).toBe(false);
    expect(ctx("The rash hasn't gone away", 'rash', 'en').resolved).toBe(false);
    expect(ctx('Tengo ronchas y no se me han quitado', 'ronchas', 'es').resolved).toBe(false);
    expect(ctx('Ik heb uitslag en het is nog niet over', 'uitslag', 'nl').resolved).toBe(false);
    expect(ctx('Jeg har udslæt, og det er ikke væk', 'udslæt', 'da').resolved).toBe(false);
  });
  it('hypothetical', () => {
    expect(ctx('What should I do if I get a rash?', 'rash', 'en').hypothetical).toBe(true);
    expect(ctx('Et si j’ai des vertiges ?', 'vertiges', 'fr').hypothetical).toBe(true);
    expect(ctx('Wat als ik uitslag krijg?', 'uitslag', 'nl').hypothetical).toBe(true);
    expect(ctx('Hvad nu hvis jeg får udslæt?', 'udslæt', 'da').hypothetical).toBe(true);
    expect(ctx('If you can, call me, I have chest pain', 'chest pain', 'en').hypothetical).toBe(false);
  });
  it('general question versus report', () => {
    expect(ctx('What are the side effects of metformin?', 'side effects', 'en').question).toBe(true);
    expect(ctx('Could this rash be from the amoxicillin?', 'rash', 'en').question).toBe(false);
    expect(ctx('Quels sont les effets secondaires ?', 'effets secondaires', 'fr').question).toBe(true);
    expect(ctx('Wat zijn de bijwerkingen?', 'bijwerkingen', 'nl').question).toBe(true);
    expect(ctx('Hvad er bivirkningerne?', 'bivirkningerne', 'da').question).toBe(true);
    expect(ctx('I have a rash, is that normal?', 'rash', 'en').question).toBe(false);
  });
  it('discontinued medicines', () => {
    expect(ctx('I stopped taking oxycodone', 'oxycodone', 'en').discontinued).toBe(true);
    expect(ctx('Je ne prends plus de Xanax', 'xanax', 'fr').discontinued).toBe(true);
    expect(ctx('Ik gebruik geen oxazepam meer', 'oxazepam', 'nl').discontinued).toBe(true);
    expect(ctx('Jeg tager ikke længere tramadol', 'tramadol', 'da').discontinued).toBe(true);
    expect(ctx('Please refill my oxycodone', 'oxycodone', 'en').discontinued).toBe(false);
  });
});

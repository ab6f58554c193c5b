import { describe, expect, it } from 'vitest';
import { detectLanguage, packProfiles, unpackProfiles } from '../../src/core/language/detect';
import { LANGUAGE_DATA } from '../../src/core/language/profiles-data';

describe('detectLanguage', () => {
  const twoLiners: Array<[string, string]> = [
    ['en', 'Hi, could you refill my blood pressure pills?\nI will pick them up tomorrow.'],
    ['fr', 'Bonjour, pouvez-vous renouveler mon ordonnance ?\nJe passe demain matin.'],
    ['nl', 'Hallo, kunnen jullie mijn herhaalrecept klaarzetten?\nIk kom morgen langs.'],
    ['da', 'Hej, kan I forny min recept?\nJeg kommer forbi i morgen.'],
    ['de', 'Hallo, können Sie mein Rezept verlängern?\nIch komme morgen vorbei.'],
    ['es', 'Hola, ¿pueden renovar mi receta?\nPaso mañana por la farmacia.'],
  ];
  for (const [lang, text] of twoLiners) {
    it(`recognises a two-line ${lang} message`, () => expect(detectLanguage(text).language).toBe(lang));
  }

  it('tells Danish from Dutch and German without special letters', () => {
    expect(detectLanguage('Hej, jeg har ikke faaet min medicin endnu, hvornaar kommer den?').language).toBe(
      'da',
    );
  });

  it('says und when it cannot know', () => {
    expect(detectLanguage('ok').language).toBe('und');
    expect(detectLanguage('').language).toBe('und');
    expect(detectLanguage('12345 678 90').language).toBe('und');
  });
});

describe('language profiles as shipped', () => {
  it('pack and unpack without losing a count', () => {
    const file = unpackProfiles(LANGUAGE_DATA);
    expect(file.languages).toEqual(['en', 'fr', 'nl', 'da', 'de', 'es']);
    expect(Object.keys(file.counts[0]!).length).toBeGreaterThan(100);
    expect(file.counts[0]![' th']).toBeGreaterThan(0);
    expect(unpackProfiles(packProfiles(file))).toEqual(file);
    expect(packProfiles(file)).toBe(LANGUAGE_DATA);
  });
});

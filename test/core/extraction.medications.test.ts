import { describe, expect, it } from 'vitest';
import { findMedications, skeleton } from '../../src/core/extraction/medications';

const generics = (t: string) => findMedications(t).map((m) => m.generic);

describe('findMedications', () => {
  it('maps national brands to generics', () => {
    expect(generics('Doliprane, Dafalgan, Pamol, Panodil, Ben-u-ron, Tylenol')).toEqual(['paracetamol']);
    expect(generics('Kardegic')).toEqual(['aspirin']);
    expect(generics('Skenan')).toEqual(['morphine']);
    expect(generics('Xarelto and Eliquis')).toEqual(['rivaroxaban', 'apixaban']);
    expect(generics('Seloken')).toEqual(['metoprolol']);
    expect(generics('Imozop')).toEqual(['zopiclone']);
    expect(generics('Orfidal')).toEqual(['lorazepam']);
    expect(generics('Tavor')).toEqual(['lorazepam']);
    expect(generics('MS Contin')).toEqual(['morphine']);
  });

  it('finds a name that opens a compound, only before a known tail', () => {
    expect(generics('fentanylplastre')).toEqual(['fentanyl']);
    expect(generics('Ritalinrezept')).toEqual(['methylphenidate']);
    expect(generics('lithiumtabletten')).toEqual(['lithium']);
    expect(generics('morfinlignende')).toEqual([]);
    expect(generics('insulinepompen')).toEqual([]);
  });

  it('finds national spellings of generics', () => {
    expect(generics('amoxicilline')).toEqual(['amoxicillin']);
    expect(generics('amoxicilina')).toEqual(['amoxicillin']);
    expect(generics('oxycodon')).toEqual(['oxycodone']);
    expect(generics('oxicodona')).toEqual(['oxycodone']);
    expect(generics('morfine')).toEqual(['morphine']);
    expect(generics('kodein')).toEqual(['codeine']);
    expect(generics('codéine')).toEqual(['codeine']);
    expect(generics('metformine')).toEqual(['metformin']);
    expect(generics('lévothyroxine')).toEqual(['levothyroxine']);
    expect(generics('methylfenidaat')).toEqual(['methylphenidate']);
  });

  it('is accent and case insensitive and keeps the text and offsets as written', () => {
    const [m] = findMedications('Puis-je prendre du DOLIPRANE ?');
    expect(m).toEqual({ text: 'DOLIPRANE', generic: 'paracetamol', start: 19, end: 28 });
    const [c] = findMedications('la Codéine');
    expect(c?.text).toBe('Codéine');
  });

  it('deduplicates by generic, in order of first mention', () => {
    expect(generics('metformin, Glucophage, metformine and lisinopril')).toEqual(['metformin', 'lisinopril']);
  });

  it('recognises unknown generics by their stem', () => {
    expect(generics('quinapril')).toEqual(['quinapril']);
    expect(generics('telmisartan')).toEqual(['telmisartan']);
    expect(generics('nadolol')).toEqual(['nadolol']);
    expect(generics('pitavastatin')).toEqual(['pitavastatin']);
    expect(generics('rabeprazole')).toEqual(['rabeprazole']);
    expect(generics('moxifloxacin')).toEqual(['moxifloxacin']);
    expect(generics('linagliptin')).toEqual(['linagliptin']);
    expect(generics('tocilizumab')).toEqual(['tocilizumab']);
    expect(generics('tenofovir')).toEqual(['tenofovir']);
    expect(generics('nifedipine')).toEqual(['nifedipine']);
    expect(generics('nizatidine')).toEqual(['nizatidine']);
  });

  it('does not take ordinary words for medicines', () => {
    const text =
      'My family doctor at the hospital said in April that the capital of the principal ' +
      'pharmacy is open. Ma famille, mijn familie, min familie, meine Familie, mi familia, ' +
      'para convivir y sobrevivir. The protocol and the cholesterol test are fine. Mobil, mobile, portal. ' +
      'We went to a concert and concerts, a normal solution this morning, the vigil, a sonata, and a diane.';
    expect(findMedications(text)).toEqual([]);
  });

  it('is fast on long text', () => {
    const t = 'I take metformin and Doliprane every day. '.repeat(400);
    const t0 = performance.now();
    findMedications(t);
    expect(performance.now() - t0).toBeLessThan(100);
  });

  it('skeleton joins national spellings', () => {
    expect(skeleton('amoxicilline')).toBe(skeleton('amoxicilina'));
    expect(skeleton('fentanyl')).toBe(skeleton('fentanilo'));
  });
});

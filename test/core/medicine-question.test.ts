import { describe, expect, it } from 'vitest';
import { findMedications } from '../../src/core/extraction/medications';
import { isMedicineQuestion } from '../../src/core/intent/medicine-question';

const ask = (text: string): boolean => isMedicineQuestion(text, findMedications(text), 'en');

describe('isMedicineQuestion', () => {
  it('takes a terse line naming a medicine as a question, with or without a question mark', () => {
    expect(ask('metoprolol and grapefruit')).toBe(true);
    expect(ask('lantus vs novorapid difference')).toBe(true);
    expect(ask('atorvastatin morning or night - sent from my phone')).toBe(true);
    expect(ask('can I crush my amlodipine?')).toBe(true);
  });

  it('leaves requests the front desk handles to the model', () => {
    expect(ask('hi can i get my sertraline refilled')).toBe(false);
    expect(ask('got any mounjaro pens at the moment')).toBe(false);
    expect(ask('has my enbrel shipment gone out')).toBe(false);
    expect(ask('thanks for sorting my humira so quickly')).toBe(false);
    expect(ask('running low on metformin, last box')).toBe(false);
    expect(ask('mijn metformine is bijna op')).toBe(false);
    expect(ask('Can I get another box of omeprazole?')).toBe(false);
    expect(ask('Puis-je avoir une nouvelle boite de doliprane ?')).toBe(false);
    expect(ask('Kan jeg få en ny pakke pantoprazol?')).toBe(false);
  });

  it('keeps a real question a question even when it carries a supply word', () => {
    expect(ask('Does metformin have any side effects?')).toBe(true);
    expect(ask('Thanks for your help. Is it ok to drink alcohol with metronidazole?')).toBe(true);
    expect(ask('Is this preparation of amoxicillin safe for a 2 year old?')).toBe(true);
    expect(ask('Have you got any advice about crushing my amlodipine?')).toBe(true);
  });

  it('needs a medicine: a terse line without one is not a medicine question', () => {
    expect(ask('are you open sunday')).toBe(false);
    expect(ask('parking behind the shop')).toBe(false);
  });
});

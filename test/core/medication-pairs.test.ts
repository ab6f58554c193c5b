import { describe, expect, it } from 'vitest';
import { detectEscalation, joinSubjectBody } from '../../src/core/escalation/detect';
import { medicationPairs } from '../../src/core/escalation/medication-pairs';
import { findMedications } from '../../src/core/extraction/medications';
import type { DetectedLang } from '../../src/core/types';

const kinds = (text: string) => medicationPairs(findMedications(text), text).map((p) => p.kind);

function conflict(body: string, language: DetectedLang) {
  const medications = findMedications(joinSubjectBody('', body));
  return detectEscalation({ subject: '', body, language, medications }).hits.find(
    (h) => h.reason === 'medication_conflict',
  );
}

describe('medicationPairs', () => {
  it('finds two medicines of one class, whatever the language and the name used', () => {
    expect(kinds('simvastatine 40, ascal 80 en de nieuwe atorvastatine')).toEqual(['duplicate.statin']);
    expect(kinds('Timosan øjendråber, og jeg får i forvejen Selo-Zok 50 mg')).toEqual([
      'duplicate.beta-blocker',
    ]);
    expect(kinds('Metoprolol vom Kardiologen und Bisoprolol vom Hausarzt')).toEqual([
      'duplicate.beta-blocker',
    ]);
  });

  it('finds the pairs known to clash', () => {
    expect(kinds('¿Tenéis ibuprofeno de 600? Yo tomo Sintrom.')).toEqual(['interaction.anticoagulant-nsaid']);
    expect(kinds('Refill my ramipril and losartan please')).toEqual(['interaction.ace-inhibitor-sartan']);
  });

  it('leaves alone one medicine under two names, unrelated medicines, a switch and another resident', () => {
    expect(kinds('Tahor (atorvastatin) 20 mg')).toEqual([]);
    expect(kinds('metformin, amlodipine and omeprazole')).toEqual([]);
    expect(kinds('aripiprazole and omeprazole')).toEqual([]);
    expect(kinds('nystatin drops and simvastatin')).toEqual([]);
    expect(kinds('De huisarts heeft mijn enalapril vervangen door losartan.')).toEqual([]);
    expect(kinds('Switched from simvastatin to atorvastatin last month.')).toEqual([]);
    expect(kinds('My mum takes lisinopril and my dad takes losartan.')).toEqual([]);
    expect(kinds('- Habitación 4: Adiro 100, naproxeno\n- Habitación 7, D. Joaquín: Sintrom 4')).toEqual([]);
  });
});

describe('a clashing pair is a medication conflict', () => {
  it('when both are in use', () => {
    const hit = conflict('Please refill my simvastatin. The cardiologist also started atorvastatin.', 'en');
    expect(hit?.rule).toBe('pairs.duplicate.statin');
    expect(hit?.phrase).toBe('simvastatin + atorvastatin');
  });

  it('not when one of them was stopped', () => {
    expect(conflict('I stopped simvastatin in May. Please refill my atorvastatin.', 'en')).toBeUndefined();
    expect(
      conflict('Ik gebruik geen simvastatine meer. Graag atorvastatine herhalen.', 'nl'),
    ).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { extractDates } from '../../src/core/extraction/dates';
import { extract } from '../../src/core/extraction/index';

describe('extractDates', () => {
  it('finds weekdays, relative days and dates in each language', () => {
    expect(extractDates('Je passerai jeudi ou le 3 mars, sinon le 12/11.', 'fr')).toEqual([
      'jeudi',
      'le 3 mars',
      '12/11',
    ]);
    expect(extractDates('Can I come next Tuesday or on March 3rd? Otherwise tomorrow.', 'en')).toEqual([
      'next Tuesday',
      'March 3rd',
      'tomorrow',
    ]);
    expect(extractDates('Goedemorgen, ik kom morgen of op 3 maart.', 'nl')).toEqual(['morgen', 'op 3 maart']);
    expect(extractDates('Kan jeg komme i morgen eller på torsdag den 3. marts?', 'da')).toEqual([
      'i morgen',
      'på torsdag',
      'den 3. marts',
    ]);
    expect(extractDates('Guten Morgen, ich komme morgen, am 3. März oder am 12.11.2024.', 'de')).toEqual([
      'morgen',
      'am 3. März',
      '12.11.2024',
    ]);
    expect(extractDates('Por la mañana no puedo; mañana o el próximo lunes, 3 de marzo.', 'es')).toEqual([
      'mañana',
      'el próximo lunes',
      '3 de marzo',
    ]);
  });

  it('does not take doses or times for dates', () => {
    expect(extractDates('Take 1/2 tablet at 10.30, 5/325 mg', 'en')).toEqual([]);
  });

  it('runs English with the detected language, and all for und', () => {
    expect(extractDates('Je viens tomorrow', 'fr')).toEqual(['tomorrow']);
    expect(extractDates('vandaag or i morgen', 'und')).toEqual(['vandaag', 'i morgen']);
  });

  it('returns each date once', () => {
    expect(extractDates('Monday? Yes, Monday.', 'en')).toEqual(['Monday']);
  });
});

describe('extract', () => {
  it('puts name, medicines and dates together; medicine offsets refer to subject + blank line + body', () => {
    const subject = 'Renouvellement Doliprane';
    const e = extract({
      from: 'Marie Dupont <marie@example.fr>',
      subject,
      body: 'Bonjour, je passe jeudi.\nMerci',
      signature: '',
      language: 'fr',
    });
    expect(e.patientFirstName).toBe('Marie');
    expect(e.medications.map((m) => m.generic)).toEqual(['paracetamol']);
    expect(`${subject}\n\nBonjour`.slice(e.medications[0]!.start, e.medications[0]!.end)).toBe('Doliprane');
    expect(e.dates).toEqual(['jeudi']);
  });
});

import { describe, expect, it } from 'vitest';
import { detectEscalation } from '../../src/core/escalation/detect';
import { findMedications } from '../../src/core/extraction/medications';
import type { DetectedLang } from '../../src/core/types';

const MESSAGES: [DetectedLang, string][] = [
  [
    'en',
    'Hi,\n\nCould you please refill my metformin and lisinopril? I will pick them up on Thursday.\n\nThanks,\nAnna',
  ],
  [
    'en',
    'Hello, since I started the new blood pressure tablets I feel dizzy in the mornings. Is that normal? Kind regards, Tom',
  ],
  [
    'fr',
    "Bonjour,\n\nJe n'ai pas d'allergie connue. Pouvez-vous préparer mon renouvellement de Doliprane et de Kardegic pour jeudi ?\n\nCordialement,\nMarie Dupont",
  ],
  [
    'nl',
    'Goedemiddag,\n\nIk heb geen bijwerkingen van de nieuwe pillen, maar wil graag weten of ik ze met ibuprofen mag combineren.\n\nGroeten, Sanne',
  ],
  ['da', 'Hej\n\nKan I forny min recept på Ritalin? Jeg har mistet pakken på ferie.\n\nMvh Lars'],
  ['und', 'Hello, my son swallowed some pills from my bag, what do I do?'],
];

describe('speed', () => {
  it('classifies a typical message well under a millisecond, and bounds huge input', () => {
    for (const [language, body] of MESSAGES)
      detectEscalation({ subject: 'Question', body, language, medications: [] });
    const meds = MESSAGES.map(([, b]) => findMedications(b));
    const N = 3000;
    const t0 = performance.now();
    for (let i = 0; i < N; i++) {
      const k = i % MESSAGES.length;
      const [language, body] = MESSAGES[k]!;
      detectEscalation({ subject: 'Question', body, language, medications: meds[k]! });
    }
    const perMessage = (performance.now() - t0) / N;
    // Target 0.1 ms on an idle machine; the bound here leaves room for a loaded CI machine.
    expect(perMessage).toBeLessThan(1);

    const huge = 'I feel dizzy and ' + 'blah '.repeat(200_000);
    const t1 = performance.now();
    detectEscalation({ subject: '', body: huge, language: 'en', medications: [] });
    expect(performance.now() - t1).toBeLessThan(200);
  });

  it('has no catastrophic backtracking on adversarial text', () => {
    const evil = 'double double double dose dose dose '.repeat(500) + 'drowsy';
    const t0 = performance.now();
    detectEscalation({ subject: '', body: evil, language: 'und', medications: [] });
    expect(performance.now() - t0).toBeLessThan(500);
  });
});

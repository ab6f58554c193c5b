// Sentences a read-only safety review wrote against this round's except entries and cues: each
// must keep its reason (first list) or must not raise one on everyday wording (second list).
import { describe, expect, it } from 'vitest';
import { detectEscalation, joinSubjectBody } from '../../src/core/escalation/detect';
import { findMedications } from '../../src/core/extraction/medications';
import type { DetectedLang, Reason } from '../../src/core/types';

function reasons(body: string, language: DetectedLang): Reason[] {
  const medications = findMedications(joinSubjectBody('', body));
  return [
    ...new Set(detectEscalation({ subject: '', body, language, medications }).hits.map((h) => h.reason)),
  ];
}

const KEPT: Array<[DetectedLang, string, Reason]> = [
  ['en', 'My son came back from Bali with dengue fever.', 'symptoms'],
  [
    'en',
    'Prior authorization decisions are sent by mail, but mine was denied and I have 2 days of insulin left.',
    'prior_auth',
  ],
  ['en', 'I have a penicillin allergy on my record but you gave me amoxicillin.', 'allergy'],
  ['en', 'How much longer can my dad go without his insulin?', 'dosing'],
  ['en', "I'm still nursing, exams start next week. Can I take Sudafed?", 'pregnancy'],
  ['en', 'The GP reduced my bisoprolol from 5mg to 2.5mg', 'dosing'],
  ['fr', "Suite à votre mail, j'ai pris par erreur le comprimé de mon mari.", 'dosing'],
  ['fr', "J'ai lu l'analyse et ma mère a avalé par erreur les comprimés du voisin.", 'dosing'],
  ['fr', "Je n'allaite plus que le soir, est-ce que je peux prendre de l'ibuprofène ?", 'pregnancy'],
  [
    'nl',
    'Kunnen jullie de Ritalin van mijn zoon uit de rol halen en apart meegeven?',
    'controlled_substance',
  ],
  [
    'nl',
    'Mijn moeder krijgt haar oxazepam uit de baxter, moet die ook in het nieuwe recept?',
    'controlled_substance',
  ],
  ['nl', 'Ik heb een vraag over de machtiging voor mijn insuline, die is verlopen.', 'prior_auth'],
  [
    'nl',
    'Sinds ik de nieuwe bloeddrukpillen erbij slik heb ik hoofdpijn en dikke enkels',
    'adverse_reaction',
  ],
  ['nl', 'De huisarts vroeg of ik zwanger ben, en ja, ik ben 10 weken. Mag ik Ibuprofen?', 'pregnancy'],
  ['da', 'Min læge udsteder recept på oxycodon i morgen, kan I have den klar?', 'controlled_substance'],
  [
    'da',
    'Jordemoderen spurgte om jeg kunne være gravid, og testen var positiv i går. Må jeg fortsætte med Sertralin?',
    'pregnancy',
  ],
  [
    'da',
    'Jeg bliver helt træt af jeres nye blodtrykspiller, jeg kan næsten ikke holde mig vågen.',
    'adverse_reaction',
  ],
];

const QUIET: Array<[DetectedLang, string]> = [
  ['en', 'The pharmacy cut its opening hours from 9 to 5 on Saturdays?'],
  ['en', 'Our rent increased from 900 to 1000'],
  ['en', 'Is Calpol okay for my baby, he is 4 months?'],
  ['en', "I'm so forgetful, I left my card at the till"],
  ['en', 'My mum takes lisinopril and my dad takes losartan.'],
  ['nl', 'Hebben jullie nog Oxy wasgel voor mijn dochter?'],
  ['nl', 'Ik heb extra informatie gegeven aan de assistente.'],
  ['nl', 'Het is erger geworden met de bezorging'],
  ['da', 'Vejret er blevet meget værre'],
];

describe('review probes', () => {
  for (const [lang, text, reason] of KEPT)
    it(`${lang} keeps ${reason}: ${text}`, () => expect(reasons(text, lang)).toContain(reason));
  for (const [lang, text] of QUIET)
    it(`${lang} quiet: ${text}`, () => expect(reasons(text, lang)).toEqual([]));
});

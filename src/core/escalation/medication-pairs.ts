// Two medicines a pharmacist checks together before anything is handed out: two of one class
// (simvastatin and atorvastatin; Selo-Zok tablets and timolol eye drops) and pairs known to be
// dangerous together (a blood thinner with an anti-inflammatory or aspirin, an ACE inhibitor with a
// sartan). It reads the generics extraction found, so it works the same in every language; only the
// words that part two mentions (a switch, another resident of a care home's list) are per language.
import type { MedicationMention } from '../types';

const CLASSES: Record<string, RegExp> = {
  statin: /vastatin$/,
  'ace-inhibitor': /pril$/,
  sartan: /sartan$/,
  'beta-blocker': /(?:olol|ilol|alol)$/,
  'proton-pump-inhibitor': /(?:ome|panto|lanso|rabe)prazole$/,
  anticoagulant:
    /^(?:warfarin|acenocoumarol|phenprocoumon|fluindione|apixaban|rivaroxaban|edoxaban|dabigatran|enoxaparin|dalteparin|tinzaparin|heparin)$/,
  nsaid:
    /^(?:ibuprofen|naproxen|diclofenac|ketoprofen|dexketoprofen|celecoxib|etoricoxib|meloxicam|indometacin|indomethacin|piroxicam|aceclofenac|nabumetone|ketorolac|etodolac)$/,
  ssri: /^(?:sertraline|fluoxetine|citalopram|escitalopram|paroxetine|fluvoxamine)$/,
};

/** Low-dose aspirin with a blood thinner is often meant (after a stent): the rules judge that pair. */
const DANGEROUS: Array<[string, string]> = [
  ['anticoagulant', 'nsaid'],
  ['ace-inhibitor', 'sartan'],
];

/** Words between two mentions that make them one replacing the other. */
const SWITCH =
  /\b(?:instead of|replac\w* (?:by|with)|switch\w* (?:from|to|over)|changed (?:to|from)|in plaats van|vervangen (?:door|voor)|overgezet|au lieu de|remplac\w* par|passe\w* (?:a|au|de|du)|i stedet for|erstat\w* (?:med|af)|skift\w* (?:til|fra|over)|statt|anstelle|ersetzt|umgestellt|en (?:vez|lugar) de|sustitu\w*|cambiad\w* (?:a|por|de))\b/;

/** Another member of the family named between two mentions: "my mum takes X and my dad takes Y". */
const ANOTHER_RELATIVE =
  /\b(?:my|his|her|mon|ma|sa|mijn|zijn|haar|min|mit|hans|hendes|mein|meine|sein|seine|ihr|ihre|mi|su) (?:mum|mom|mother|dad|father|husband|wife|son|daughter|partner|mere|pere|mari|femme|fils|fille|moeder|vader|man|vrouw|zoon|dochter|mor|far|mand|kone|son|datter|mutter|vater|mann|frau|sohn|tochter|madre|padre|marido|esposo|esposa|mujer|hijo|hija)\b/;

/** A line starting with another person or room (a care home's list): its medicines are theirs. */
const ANOTHER_PATIENT =
  /\n[\s\-*\u2022\d.)]*(?:mr|mrs|ms|miss|mme|mlle|m|dhr|mevr|mevrouw|meneer|hr|fru|herr|frau|sr|sra|d|dna|room|kamer|chambre|stue|vaerelse|zimmer|habitacion|resident|bewoner|beboer)\b/;

export interface MedicationPair {
  first: MedicationMention;
  second: MedicationMention;
  /** `duplicate.<class>` or `interaction.<class>-<class>`. */
  kind: string;
}

function classesOf(generic: string): string[] {
  return Object.keys(CLASSES).filter((c) => CLASSES[c]!.test(generic));
}

/** Lower case without accents, so that one pattern reads every language. */
function plain(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a');
}

/**
 * Every pair of the message's medicines that a pharmacist must check, first mention first.
 * `text` is the text the mentions' offsets refer to.
 */
export function medicationPairs(medications: MedicationMention[], text: string): MedicationPair[] {
  const pairs: MedicationPair[] = [];
  const classed = medications
    .map((m) => ({ m, classes: classesOf(m.generic) }))
    .filter((x) => x.classes.length);
  for (let i = 0; i < classed.length; i++) {
    for (let j = i + 1; j < classed.length; j++) {
      const a = classed[i]!;
      const b = classed[j]!;
      if (a.m.generic === b.m.generic) continue;
      const [x, y] = a.m.start <= b.m.start ? [a.m, b.m] : [b.m, a.m];
      const gap = plain(text.slice(x.end, y.start));
      if (ANOTHER_PATIENT.test(gap) || ANOTHER_RELATIVE.test(gap)) continue;
      // from the start of the first mention's line (at most 40 characters back): "switched from X to Y"
      const lineStart = text.lastIndexOf('\n', x.start - 1) + 1;
      if (SWITCH.test(plain(text.slice(Math.max(lineStart, x.start - 40), x.start)) + ' ' + gap)) continue;
      let kind: string | undefined;
      for (const c of a.classes) if (b.classes.includes(c)) kind = `duplicate.${c}`;
      for (const [p, q] of DANGEROUS) {
        if (
          (a.classes.includes(p) && b.classes.includes(q)) ||
          (a.classes.includes(q) && b.classes.includes(p))
        )
          kind ??= `interaction.${p}-${q}`;
      }
      if (kind) pairs.push({ first: a.m, second: b.m, kind });
    }
  }
  return pairs;
}

// The shape of a language's rule file. Every entry is a phrase in the small phrase language:
//
//   word          a word; case and accents never matter (ecoeurant = écœurant), can't = cant
//   word*         any word starting with this: allerg* → allergy, allergic, allergique, allergie
//   word?         an optional word
//   (a|b c)       alternatives, each of one or more words;  (a|b)? an optional group
//   *             any one word            #   a number (2, two, deux, twee, to, zwei, dos…)
//   ##            a number of 10 or more in digits ("took 20 paracetamol")
//   ...           up to 6 words in between, in the same sentence
//   $             end of the sentence, only at the end of a phrase: "none $" ("Allergies: none.")
//   A + B         A and B both somewhere in the message (neither negated)
//
// A list of phrases is a text block: one phrase per line (blank lines and lines starting with //
// are skipped); a line may hold several alternatives separated by |.
// Rule ids are `<language>.<reason>.<line of the phrase in its block, from 1>`, e.g. `fr.adverse_reaction.3`;
// controlled substances are `<language>.controlled_substance.<generic>`.
// Add phrases at the END of a list so that existing ids keep their meaning.

import type { Lang, Reason } from '../../types';

/** Phrases: a text block with one phrase per line (or an array of phrases). */
export type Phrases = string | string[];

/** The phrases of a block, in order: trimmed lines, without blank lines and // comments. */
export function phraseList(p: Phrases | undefined): string[] {
  if (p === undefined) return [];
  const lines = Array.isArray(p) ? p : p.split('\n');
  const out: string[] = [];
  for (const l of lines) {
    const t = l.trim();
    if (t && !t.startsWith('//')) out.push(t);
  }
  return out;
}

export interface LanguageRules {
  lang: Lang;
  /** Phrases that raise a reason. */
  triggers: Record<Reason, Phrases>;
  /** Phrases that cancel a trigger they overlap ("pregnancy test", "allergic to cats"). */
  except: Partial<Record<Reason, Phrases>>;
  /**
   * Controlled substances of the country whose schedules the list follows: one line per generic,
   * `generic: brand, brand, other spelling`. Rule id: `<language>.controlled_substance.<generic>`.
   * The medication lexicon (extraction) reads these lines too.
   */
  controlled: { country: string; names: Phrases };
  negation: {
    /** Cues before the phrase: no, not, never, pas de, geen, ingen, kein… */
    pre: Phrases;
    /** Cues after the phrase (in the same clause): "allergies: none", "bijwerkingen heb ik niet". */
    post: Phrases;
    /** Look like negation or a past mention but are not: "not sure", "pas mieux", "desde hace años". */
    pseudo: Phrases;
  };
  /** Words that end the scope of a cue: but, mais, maar, men, aber, pero… */
  terminators: Phrases;
  /** Past mentions: last year, years ago, used to, l'an dernier, vorig jaar, sidste år… */
  historical: Phrases;
  /** After the phrase: it is gone now, c'est passé, is over, er væk… */
  resolved: Phrases;
  /** Before the phrase: if, what if, in case, au cas où… */
  hypothetical: Phrases;
  /**
   * Stopped medicines ("no longer take", "j'ai arrêté") and offers "without prescription" (spam):
   * a controlled substance there is no request.
   */
  discontinued: Phrases;
  /** Words that open a question when they start a sentence or a comma part. */
  questionStart: Phrases;
  /** Indirect questions anywhere: I wonder, I would like to know, je voudrais savoir… */
  questionCue: Phrases;
  /** First-person (or caregiver) report inside a question: "I have", "my son has", "is this normal". */
  experience: Phrases;
  /** Questions that need a pharmacist's judgement about a medicine. */
  clinical: Phrases;
  /** Administrative words that veto a clinical question in the same part of a sentence. */
  admin: Phrases;
  /** Words that show a medicine is being talked about (for clinical questions). */
  medicineWords: Phrases;
  /**
   * A medicine being taken ("I take", "since I started", "je prends", "ik slik"): a symptom in a
   * message with a medicine in use is a suspected adverse reaction (rule `<lang>.adverse_reaction.linked`).
   */
  inUse: Phrases;
  /** Words before a symptom that make it the reason for a medicine: "for my back pain". */
  indication: Phrases;
  /** The medicine does not help: "it doesn't help", "ça ne fait rien" (treatment, not reaction). */
  notHelping: Phrases;
}

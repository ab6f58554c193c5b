// Naive Bayes over words and trigrams, trained by scripts/train.ts on the team's corpus, for the
// six languages the product serves. Anything it cannot place with enough support is `und`.
import type { DetectedLang, Lang } from '../types';
import { languageFeatures } from './features';
import { LANGUAGE_DATA } from './profiles-data';

export interface Profiles {
  languages: Lang[];
  /** Per language: feature → log probability. */
  logProb: Array<Map<string, number>>;
  /** Per language: log probability of an unseen feature. */
  unseen: number[];
}

export interface ProfileFile {
  languages: Lang[];
  totals: number[];
  vocabulary: number;
  counts: Array<Record<string, number>>;
}

let profiles: Profiles | null = null;

function load(): Profiles {
  profiles ??= compileProfiles(JSON.parse(LANGUAGE_DATA) as ProfileFile);
  return profiles;
}

/** Training swaps in the profiles it just built, so the intent model learns on the same language calls. */
export function useProfiles(file: ProfileFile): void {
  profiles = compileProfiles(file);
}

export function compileProfiles(file: ProfileFile): Profiles {
  const logProb = file.counts.map((counts, i) => {
    const denominator = Math.log((file.totals[i] ?? 0) + file.vocabulary);
    return new Map(Object.entries(counts).map(([f, c]) => [f, Math.log(c + 1) - denominator]));
  });
  const unseen = file.totals.map((t) => -Math.log(t + file.vocabulary));
  return { languages: file.languages, logProb, unseen };
}

export interface LanguageGuess {
  language: DetectedLang;
  /** Share of the text's features the chosen language knows. */
  support: number;
  margin: number;
}

const MIN_FEATURES = 6;
const MIN_SUPPORT = 0.45;

export function detectLanguage(text: string, p: Profiles = load()): LanguageGuess {
  const features = languageFeatures(text);
  if (features.length < MIN_FEATURES) return { language: 'und', support: 0, margin: 0 };
  const scores = p.languages.map((_, i) => {
    const table = p.logProb[i]!;
    const unseen = p.unseen[i]!;
    let score = 0;
    for (const f of features) score += table.get(f) ?? unseen;
    return score;
  });
  const order = scores.map((s, i) => [s, i] as const).sort((a, b) => b[0] - a[0]);
  const [bestScore, best] = order[0]!;
  const margin = (bestScore - (order[1]?.[0] ?? -Infinity)) / features.length;
  const table = p.logProb[best]!;
  const known = features.filter((f) => table.has(f)).length / features.length;
  if (known < MIN_SUPPORT) return { language: 'und', support: known, margin };
  return { language: p.languages[best]!, support: known, margin };
}

// Naive Bayes over words and trigrams, trained by scripts/train.ts on the team's corpus, for the
// six languages the product serves. Anything it cannot place with enough support is `und`.
import type { DetectedLang, Lang } from '../types';
import { languageFeatures } from './features';
import { LANGUAGE_DATA } from './profiles-data';

export interface Profiles {
  languages: Lang[];
  /** Feature → its log probability in each language (NaN where that language never saw it). */
  logProb: Map<string, Float64Array>;
  /** Per language: log probability of an unseen feature. */
  unseen: number[];
}

export interface ProfileFile {
  languages: Lang[];
  totals: number[];
  vocabulary: number;
  counts: Array<Record<string, number>>;
}

/** As shipped: each language's counts as one "feature=count;…" string (a third smaller than JSON). */
interface PackedProfileFile extends Omit<ProfileFile, 'counts'> {
  counts: string[];
}

export function packProfiles(file: ProfileFile): string {
  const counts = file.counts.map((c) =>
    Object.entries(c)
      .map(([f, n]) => `${f}=${n}`)
      .join(';'),
  );
  return JSON.stringify({ ...file, counts } satisfies PackedProfileFile);
}

export function unpackProfiles(json: string): ProfileFile {
  const packed = JSON.parse(json) as PackedProfileFile;
  const counts = packed.counts.map((line) => {
    const c: Record<string, number> = {};
    for (const entry of line ? line.split(';') : []) {
      const eq = entry.lastIndexOf('=');
      c[entry.slice(0, eq)] = Number(entry.slice(eq + 1));
    }
    return c;
  });
  return { ...packed, counts };
}

let profiles: Profiles | null = null;

function load(): Profiles {
  profiles ??= compileProfiles(unpackProfiles(LANGUAGE_DATA));
  return profiles;
}

/** Training swaps in the profiles it just built, so the intent model learns on the same language calls. */
export function useProfiles(file: ProfileFile): void {
  profiles = compileProfiles(file);
}

export function compileProfiles(file: ProfileFile): Profiles {
  const n = file.languages.length;
  const logProb = new Map<string, Float64Array>();
  file.counts.forEach((counts, i) => {
    const denominator = Math.log((file.totals[i] ?? 0) + file.vocabulary);
    for (const [f, c] of Object.entries(counts)) {
      let row = logProb.get(f);
      if (!row) logProb.set(f, (row = new Float64Array(n).fill(NaN)));
      row[i] = Math.log(c + 1) - denominator;
    }
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
  const n = p.languages.length;
  const scores = new Float64Array(n);
  const known = new Float64Array(n);
  for (const f of features) {
    const row = p.logProb.get(f);
    for (let i = 0; i < n; i++) {
      const lp = row ? row[i]! : NaN;
      if (Number.isNaN(lp)) scores[i]! += p.unseen[i]!;
      else {
        scores[i]! += lp;
        known[i]!++;
      }
    }
  }
  let best = 0;
  let second = -1;
  for (let i = 1; i < n; i++) {
    if (scores[i]! > scores[best]!) {
      second = best;
      best = i;
    } else if (second < 0 || scores[i]! > scores[second]!) second = i;
  }
  const margin = (scores[best]! - (second >= 0 ? scores[second]! : -Infinity)) / features.length;
  const support = known[best]! / features.length;
  if (support < MIN_SUPPORT) return { language: 'und', support, margin };
  return { language: p.languages[best]!, support, margin };
}

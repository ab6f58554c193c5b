// Stemming per language through @orama/stemmers (pure JS, small); memoised because the English
// stemmer builds regular expressions on every call.
import { stemmer as da } from '@orama/stemmers/danish';
import { stemmer as de } from '@orama/stemmers/german';
import { stemmer as nl } from '@orama/stemmers/dutch';
import { stemmer as en } from '@orama/stemmers/english';
import { stemmer as es } from '@orama/stemmers/spanish';
import { stemmer as fr } from '@orama/stemmers/french';
import type { DetectedLang } from '../types';

const STEMMERS: Record<string, (word: string) => string> = { en, fr, nl, da, de, es };
const MAX_CACHE = 20_000;
const caches = new Map<string, Map<string, string>>();

export function stem(word: string, lang: DetectedLang): string {
  const fn = STEMMERS[lang];
  if (!fn || word.length < 4 || /\d/.test(word)) return word;
  let cache = caches.get(lang);
  if (!cache) caches.set(lang, (cache = new Map()));
  let s = cache.get(word);
  if (s === undefined) {
    s = fn(word);
    if (cache.size >= MAX_CACHE) cache.clear();
    cache.set(word, s);
  }
  return s;
}

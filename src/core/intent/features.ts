// Features of a message for the intent model: folded words and their stems, word pairs, character
// n-grams inside words (robust to typos and missing accents) and a few signals from headers.
// Each feature keeps the words it came from so the card can show why the model decided.
import type { DetectedLang } from '../types';
import { fnv1a } from '../text/hash';
import { words } from '../text/normalize';
import { stem } from './stem';

export const HASH_BITS = 18;
const HASH_MASK = (1 << HASH_BITS) - 1;
const MAX_WORDS = 250;

export interface FeatureSet {
  /** Bucket → count. */
  counts: Map<number, number>;
  /** Bucket → the phrase of the message it came from (words and pairs only). */
  phrases: Map<number, string>;
}

export interface FeatureInput {
  subject: string;
  text: string;
  language: DetectedLang;
  signals: string[];
}

function add(set: FeatureSet, key: string, weight: number, phrase?: string): void {
  addBucket(set, fnv1a(key) & HASH_MASK, weight, phrase);
}

function addBucket(set: FeatureSet, bucket: number, weight: number, phrase?: string): void {
  set.counts.set(bucket, (set.counts.get(bucket) ?? 0) + weight);
  if (phrase && !set.phrases.has(bucket)) set.phrases.set(bucket, phrase);
}

// fnv1a(prefix + text) === fnv1a(text, fnv1a(prefix)): the hot loop hashes on from a prefix's
// state instead of building "w:word" strings, and lands in the same buckets.
interface Seeds {
  word: number;
  stem: number;
  pair: number;
}
const SEEDS: Record<string, Seeds> = {
  '': { word: fnv1a('w:'), stem: fnv1a('s:'), pair: fnv1a('b:') },
  't:': { word: fnv1a('t:w:'), stem: fnv1a('t:s:'), pair: fnv1a('t:b:') },
};
const SPACE_AFTER = (seed: number, text: string): number => fnv1a(' ', fnv1a(text, seed));

const CHAR_GRAM_SEED = fnv1a('c:');
const LT = 60;
const GT = 62;

/** Character 3- and 4-grams of `<token>`, hashed in place: the same buckets as fnv1a(`c:${gram}`), no strings built. */
function addCharGrams(set: FeatureSet, token: string): void {
  const length = token.length + 2;
  const code = (k: number): number => (k === 0 ? LT : k === length - 1 ? GT : token.charCodeAt(k - 1));
  for (let n = 3; n <= 4; n++) {
    for (let i = 0; i + n <= length; i++) {
      let h = CHAR_GRAM_SEED;
      for (let k = i; k < i + n; k++) {
        h ^= code(k);
        h = Math.imul(h, 0x01000193) >>> 0;
      }
      const bucket = h & HASH_MASK;
      set.counts.set(bucket, (set.counts.get(bucket) ?? 0) + 0.25);
    }
  }
}

function addWords(
  set: FeatureSet,
  tokens: string[],
  lang: DetectedLang,
  prefix: string,
  weight: number,
): void {
  const seeds = SEEDS[prefix]!;
  let previous = '';
  let previousToken = '';
  for (const token of tokens) {
    const s = stem(token, lang);
    addBucket(set, fnv1a(token, seeds.word) & HASH_MASK, weight, token);
    if (s !== token) addBucket(set, fnv1a(s, seeds.stem) & HASH_MASK, weight, token);
    if (previous) {
      const bucket = fnv1a(s, SPACE_AFTER(seeds.pair, previous)) & HASH_MASK;
      addBucket(set, bucket, weight, set.phrases.has(bucket) ? undefined : `${previousToken} ${token}`);
    }
    previous = s;
    previousToken = token;
    if (token.length >= 4 && !prefix) addCharGrams(set, token);
  }
}

export function extractFeatures(input: FeatureInput): FeatureSet {
  const set: FeatureSet = { counts: new Map(), phrases: new Map() };
  add(set, 'bias', 1);
  const body = words(input.text).slice(0, MAX_WORDS);
  const subject = words(input.subject).slice(0, 30);
  addWords(set, body, input.language, '', 1);
  addWords(set, subject, input.language, 't:', 1);
  addWords(set, subject, input.language, '', 0.5);
  // Signals weigh in but are not evidence: staff are shown the message's own words.
  for (const signal of input.signals) add(set, `sig:${signal}`, 1);
  if (body.length === 0) add(set, 'sig:empty-body', 1);
  else if (body.length < 8) add(set, 'sig:short', 1);
  // Log-scaled counts: a word repeated in a long mail should not drown the others.
  for (const [bucket, count] of set.counts) set.counts.set(bucket, count > 1 ? 1 + Math.log(count) : count);
  return set;
}

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
  const bucket = fnv1a(key) & HASH_MASK;
  set.counts.set(bucket, (set.counts.get(bucket) ?? 0) + weight);
  if (phrase && !set.phrases.has(bucket)) set.phrases.set(bucket, phrase);
}

const CHAR_GRAM_SEED = fnv1a('c:');
const LT = 60;
const GT = 62;

/** Character 3- to 5-grams of `<token>`, hashed in place: the same buckets as fnv1a(`c:${gram}`), no strings built. */
function addCharGrams(set: FeatureSet, token: string): void {
  const length = token.length + 2;
  const code = (k: number): number => (k === 0 ? LT : k === length - 1 ? GT : token.charCodeAt(k - 1));
  for (let n = 3; n <= 5; n++) {
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
  let previous = '';
  for (const token of tokens) {
    const s = stem(token, lang);
    add(set, `${prefix}w:${token}`, weight, token);
    if (s !== token) add(set, `${prefix}s:${s}`, weight, token);
    if (previous) add(set, `${prefix}b:${previous} ${s}`, weight, `${previous} ${token}`);
    previous = s;
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

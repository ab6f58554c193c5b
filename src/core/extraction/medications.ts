// Finds medicines in a text: the lexicon's generics and brands (any of our languages' spellings),
// and unknown generics by their INN stem (-pril, -sartan, -olol…), guarded against ordinary words.
import type { MedicationMention } from '../types';
import { controlledLine } from '../escalation/detect';
import { RULES } from '../escalation/rules/index';
import { phraseList } from '../escalation/rules/types';
import { fold } from '../escalation/text';
import { LANGUAGES } from '../types';
import { LEXICON } from './lexicon';

const MAX_CHARS = 20_000;

/** Folds a name: lower case, no accents, words separated by one space. */
function key(s: string): string {
  return fold(s)
    .text.replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * A spelling skeleton shared by the national forms of one generic:
 * amoxicillin / amoxicilline / amoxicilina, oxycodone / oxycodon / oxicodona, morphine / morfina.
 */
export function skeleton(word: string): string {
  let s = word.replace(/[^a-z]/g, '');
  s = s.replace(/ph/g, 'f').replace(/th/g, 't').replace(/y/g, 'i').replace(/k/g, 'c').replace(/qu/g, 'c');
  s = s.replace(/(.)\1+/g, '$1');
  if (s.length > 5) s = s.replace(/[aeo]$/, '');
  return s;
}

interface Lexicon {
  exact: Map<string, string>;
  skel: Map<string, string>;
  maxWords: number;
  /** First words of the names of two words or more: only these start a longer match. */
  firstWords: Set<string>;
}

let lexicon: Lexicon | null = null;

function load(): Lexicon {
  if (lexicon) return lexicon;
  const exact = new Map<string, string>();
  const skel = new Map<string, string>();
  let maxWords = 1;
  for (const line of LEXICON.split('\n')) {
    const eq = line.indexOf('=');
    if (eq < 0) continue;
    const generic = key(line.slice(0, eq));
    if (!generic) continue;
    const names = [
      generic,
      ...line
        .slice(eq + 1)
        .split(',')
        .map(key),
    ].filter(Boolean);
    for (const n of names) {
      if (!exact.has(n)) exact.set(n, generic);
      const words = n.split(' ').length;
      if (words > maxWords) maxWords = words;
    }
    // national spellings come from the generic only (a brand's skeleton could be an ordinary word)
    if (!generic.includes(' ') && generic.length >= 6 && !skel.has(skeleton(generic))) {
      skel.set(skeleton(generic), generic);
    }
  }
  // controlled substances of every country's list: `generic: brand, brand`
  for (const lang of LANGUAGES) {
    for (const line of phraseList(RULES[lang].controlled.names)) {
      const { generic: g, names } = controlledLine(line);
      const gk = key(g);
      const generic = exact.get(gk) ?? skel.get(skeleton(gk)) ?? gk;
      if (!gk.includes(' ') && gk.length >= 6 && !skel.has(skeleton(gk))) skel.set(skeleton(gk), generic);
      for (const raw of names) {
        if (/[()|#]/.test(raw)) continue;
        const n = key(raw.replace(/\*/g, ''));
        if (!n || exact.has(n)) continue;
        exact.set(n, generic);
        const words = n.split(' ').length;
        if (words > maxWords) maxWords = words;
      }
    }
  }
  const firstWords = new Set<string>();
  for (const name of exact.keys()) if (name.includes(' ')) firstWords.add(name.slice(0, name.indexOf(' ')));
  lexicon = { exact, skel, maxWords: Math.min(maxWords, 3), firstWords };
  return lexicon;
}

/** INN stems of generic names; a word must be at least `min` letters long to count. */
const STEMS: { re: RegExp; min: number }[] = [
  { re: /pril[ae]?$/, min: 7 },
  { re: /sartan[ae]?$/, min: 8 },
  { re: /(?:olol|etalol|dilol)$/, min: 7 },
  { re: /statin[ae]?$/, min: 9 },
  { re: /prazol[e]?$/, min: 9 },
  { re: /cill?in[ae]?$/, min: 9 },
  { re: /m[iy]cin[ae]?$/, min: 9 },
  { re: /floxacin[ae]?$/, min: 10 },
  { re: /azepam$|azolam$/, min: 8 },
  { re: /tidin[ae]?$/, min: 9 },
  { re: /gliptin[ae]?$/, min: 9 },
  { re: /gliflozin[ae]?$/, min: 11 },
  { re: /glutid[ae]?$/, min: 10 },
  { re: /(?:zu|xi|li|ci|ti|tu|ki|mu|ru|vi)mab$/, min: 9 },
  { re: /(?:clovir|fovir|amivir|desivir|buvir|navir|tegravir|trelvir|xavir|previr|asvir)[ae]?$/, min: 8 },
  { re: /(?:hepar|xapar|tepar|zapar|ropar)in[ae]?$/, min: 7 },
  { re: /xaban$|gatran$/, min: 9 },
  { re: /dipin[ao]?e?$/, min: 9 },
  { re: /conazol[e]?$/, min: 10 },
  { re: /triptan[ae]?$/, min: 10 },
  { re: /setron$/, min: 10 },
  { re: /lukast$/, min: 10 },
  { re: /tinib$/, min: 8 },
  { re: /oxetin[ae]?$/, min: 9 },
  { re: /[ld]enafil$/, min: 9 },
  { re: /profen[o]?$/, min: 9 },
  { re: /coxib$/, min: 9 },
  { re: /(?:do|pro|va|ti|zo|ra)cain[ae]?$/, min: 8 },
  { re: /dronat[e]?$|dronico$/, min: 10 },
  { re: /thiazid[e]?$|tiazida$/, min: 10 },
  { re: /semid[e]?$/, min: 9 },
];

/** Ordinary words that look like a stem. */
const ORDINARY = new Set([
  'convivir',
  'sobrevivir',
  'revivir',
  'desvivir',
  'cocaine',
  'novocaine',
  'protocolol',
  'cholesterol',
  'mentholol',
  'hospital',
  'family',
  'familie',
  'capital',
  'principal',
  'cardinal',
]);

/** Any stem at all: one test before the per-stem length checks. */
const ANY_STEM = new RegExp(STEMS.map((s) => `(?:${s.re.source})`).join('|'));

function stemGeneric(word: string): boolean {
  if (!ANY_STEM.test(word) || ORDINARY.has(word) || /\d/.test(word)) return false;
  for (const s of STEMS) if (word.length >= s.min && s.re.test(word)) return true;
  return false;
}

/**
 * Words that close a compound in Danish, Dutch and German: fentanylplastre, oxycodontabletten,
 * Ritalinrezept. Only these tails, so that a name inside an ordinary word does not count.
 */
const COMPOUND_TAIL =
  /(?:plast(?:er|re|ret|rene)|pleisters?|pflaster|tablett(?:er|en|erne|e)?|kapsl(?:er|en)|kapseln?|capsules?|pill(?:er|en|e|erne)|recept(?:er|et|en)?|rezept(?:e)?|draaber|druppels|tropfen|saft|drank|zalf|salbe|creme|spray|injekti(?:on|oner)|injecties?|spritzen?|kuur|kur|medicin(?:en)?|medicijn(?:en)?|dosis|doser)$/;

/** The lexicon's generic for a compound whose first part is a name of at least five letters. */
function compoundGeneric(lex: Lexicon, w: string): string | undefined {
  const m = COMPOUND_TAIL.exec(w);
  if (!m || m.index < 5) return undefined;
  const head = w.slice(0, m.index);
  return lex.exact.get(head) ?? (head.length >= 6 ? lex.skel.get(skeleton(head)) : undefined);
}

/** Medicines mentioned in a text, in order of first mention, one per generic. */
export function findMedications(text: string): MedicationMention[] {
  if (!text) return [];
  const src = text.length > MAX_CHARS ? text.slice(0, MAX_CHARS) : text;
  const lex = load();
  const { text: f, map } = fold(src);
  const words: { w: string; s: number; e: number }[] = [];
  const re = /[a-z0-9]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(f)) !== null) words.push({ w: m[0], s: m.index, e: m.index + m[0].length });
  const out: MedicationMention[] = [];
  const seen = new Set<string>();
  const push = (generic: string, i: number, j: number) => {
    if (seen.has(generic)) return;
    seen.add(generic);
    const start = map[words[i]!.s] ?? 0;
    const end = map[words[j]!.e] ?? src.length;
    out.push({ text: src.slice(start, end), generic, start, end });
  };
  for (let i = 0; i < words.length; i++) {
    let matched = false;
    const longest = lex.firstWords.has(words[i]!.w) ? Math.min(lex.maxWords, words.length - i) : 1;
    for (let n = longest; n >= 1 && !matched; n--) {
      let k = words[i]!.w;
      for (let t = 1; t < n; t++) {
        // only words separated by spaces or hyphens form a multi-word name
        const gap = f.slice(words[i + t - 1]!.e, words[i + t]!.s);
        if (!/^[\s-]{1,2}$/.test(gap)) {
          k = '';
          break;
        }
        k += ' ' + words[i + t]!.w;
      }
      if (!k) continue;
      const g = lex.exact.get(k);
      if (g) {
        push(g, i, i + n - 1);
        i += n - 1;
        matched = true;
      }
    }
    if (matched) continue;
    const w = words[i]!.w;
    if (w.length >= 6) {
      let g = lex.skel.get(skeleton(w));
      // definite and plural endings: penicillinen, Stesoliden, tabletterne
      if (!g && w.length >= 8) {
        const m2 = /(?:erne|ene|en|et|e|s)$/.exec(w);
        if (m2) g = lex.skel.get(skeleton(w.slice(0, m2.index))); // generics only
      }
      if (g) {
        push(g, i, i);
        continue;
      }
    }
    if (w.length >= 9) {
      const g = compoundGeneric(lex, w);
      if (g) {
        push(g, i, i);
        continue;
      }
    }
    if (w.length >= 7 && stemGeneric(w)) push(w, i, i);
  }
  return out;
}

// Text primitives shared by escalation and extraction: accent/case folding with an offset map
// back to the original, and a tokeniser that records sentence, clause and comma boundaries.
// Pure synchronous code (no Node or Apps Script APIs).

/** Longest text the engines look at; the rest of a very long message is ignored. */
export const MAX_INPUT_CHARS = 12_000;

const FOLD_SPECIAL: Record<string, string> = {
  æ: 'ae',
  ø: 'oe',
  å: 'aa',
  œ: 'oe',
  ß: 'ss',
  ı: 'i',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  '\u2019': "'",
  '\u2018': "'",
  '\u02bc': "'",
  '\u00b4': "'",
  '`': "'",
  '\u2026': '...',
  '\u00a0': ' ',
  '\u2013': '-',
  '\u2014': '-',
};

const foldCache = new Map<number, string>();

function foldChar(code: number): string {
  let out = foldCache.get(code);
  if (out !== undefined) return out;
  const ch = String.fromCharCode(code);
  const lower = ch.toLowerCase();
  const special = FOLD_SPECIAL[lower] ?? FOLD_SPECIAL[ch];
  if (special !== undefined) {
    out = special;
  } else if (code >= 0xd800 && code <= 0xdfff) {
    out = ch; // half of a surrogate pair (emoji): keep as is
  } else {
    const base = lower.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    out = base;
  }
  foldCache.set(code, out);
  return out;
}

export interface Folded {
  /** Lower case, accents removed, æ→ae ø→oe å→aa œ→oe ß→ss, curly quotes straightened. */
  text: string;
  /** map[i] is the index in the original of folded character i; map[text.length] = original length. */
  map: number[];
}

/** Folds case and accents, keeping a map back to original offsets. */
export function fold(s: string): Folded {
  const n = s.length;
  // fast path: plain ASCII keeps its length
  if (!/[^\x00-\x7f]/.test(s)) {
    const map = new Array<number>(n + 1);
    for (let i = 0; i <= n; i++) map[i] = i;
    return { text: s.toLowerCase().replace(/`/g, "'"), map };
  }
  const parts: string[] = [];
  const map: number[] = [];
  let runStart = 0;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 128) {
      map.push(i);
      continue;
    }
    if (runStart < i) parts.push(s.slice(runStart, i).toLowerCase());
    runStart = i + 1;
    const f = foldChar(c);
    for (let k = 0; k < f.length; k++) map.push(i);
    parts.push(f);
  }
  if (runStart < n) parts.push(s.slice(runStart).toLowerCase());
  map.push(n);
  return { text: parts.join('').replace(/`/g, "'"), map };
}

/** Folded text only. */
export function foldString(s: string): string {
  return fold(s).text;
}

const letterCache = new Map<number, boolean>();
const LETTER_RE = /[\p{L}\p{N}]/u;

/** True for a letter or digit (after folding). */
export function isWordCode(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
  if (c >= 0xd800 && c <= 0xdfff) return false;
  let r = letterCache.get(c);
  if (r === undefined) {
    r = LETTER_RE.test(String.fromCharCode(c));
    letterCache.set(c, r);
  }
  return r;
}

/** Words that end with a period without ending the sentence. */
const ABBREVIATIONS = new Set([
  'dr',
  'mr',
  'mrs',
  'ms',
  'mme',
  'mlle',
  'st',
  'vs',
  'nr',
  'no',
  'ca',
  'approx',
  'tab',
  'tabs',
  'bv',
  'evt',
  'dhr',
  'mevr',
  'hr',
  'fr',
  'tlf',
  'tel',
  'ref',
  'z',
  'bzw',
  'ggf',
  'sr',
  'sra',
  'dra',
  'prof',
  'resp',
  'inkl',
  'incl',
  'ex',
  'max',
  'min',
  'pr',
  'cf',
  'vgl',
  'jf',
  'ds',
  'pt',
]);

export const NUMBER_WORDS = new Set([
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'several',
  'a',
  'few',
  'un',
  'une',
  'deux',
  'trois',
  'quatre',
  'cinq',
  'sept',
  'huit',
  'neuf',
  'dix',
  'plusieurs',
  'quelques',
  'een',
  'twee',
  'drie',
  'vier',
  'vijf',
  'zes',
  'zeven',
  'acht',
  'negen',
  'tien',
  'enkele',
  'paar',
  'en',
  'et',
  'to',
  'tre',
  'fire',
  'fem',
  'seks',
  'syv',
  'otte',
  'ni',
  'ti',
  'flere',
  'nogle',
  'ein',
  'eine',
  'einem',
  'einer',
  'zwei',
  'drei',
  'funf',
  'sechs',
  'sieben',
  'neun',
  'zehn',
  'mehrere',
  'paar',
  'uno',
  'una',
  'dos',
  'cuatro',
  'cinco',
  'seis',
  'siete',
  'ocho',
  'nueve',
  'diez',
  'varios',
  'varias',
  'unos',
  'pocos',
  'many',
  'couple',
]);

/**
 * A tokenised text. Token texts are folded; offsets are into the folded text (use `map` to reach
 * the original). Every token has a sentence id, a clause id (sentences split further at `;` and
 * at scope terminators once `applyTerminators` ran) and a segment id (clauses split at commas).
 */
export interface Doc {
  original: string;
  folded: string;
  map: number[];
  tokens: string[];
  starts: number[];
  ends: number[];
  sent: number[];
  /** Clause id from punctuation only (sentence ends and `;`). */
  punctClause: number[];
  clause: number[];
  seg: number[];
  /** Token index where sentence k starts; sentStart[k+1] is where it ends. */
  sentStart: number[];
  /** True when sentence k ended with a question mark. */
  sentQuestion: boolean[];
  /** True when a comma (or colon, dash) stands right before token i. */
  commaBefore: boolean[];
  isNum: boolean[];
  /** The distinct tokens (filled on first use by the matcher). */
  wordSet?: Set<string>;
  /** First two and three letters of each token (filled with wordSet). */
  p2?: string[];
  p3?: string[];
}

function isBullet(line: string): boolean {
  return /^\s*(?:[-*\u2022\u00b7>]|\d{1,2}[.)])\s+/.test(line);
}

/**
 * Positions (original offsets) of newlines that do NOT end a sentence: soft wraps (the next line
 * continues in lower case) and lists introduced by a colon.
 */
function softNewlines(s: string): Set<number> {
  const soft = new Set<number>();
  if (s.indexOf('\n') < 0) return soft;
  const lines = s.split('\n');
  let offset = 0;
  let listMode = false;
  for (let li = 0; li < lines.length - 1; li++) {
    const line = lines[li] ?? '';
    const next = lines[li + 1] ?? '';
    const nlPos = offset + line.length;
    offset = nlPos + 1;
    const prev = line.trimEnd();
    const nextTrim = next.trimStart();
    if (prev.length === 0 || nextTrim.length === 0) {
      listMode = false;
      continue;
    }
    const last = prev[prev.length - 1] ?? '';
    const first = nextTrim[0] ?? '';
    const nextIsItem = isBullet(next) || (nextTrim.length <= 32 && !/[.!?]$/.test(nextTrim));
    if (last === ':' && nextIsItem) {
      listMode = true;
      soft.add(nlPos);
      continue;
    }
    if (listMode && nextIsItem) {
      soft.add(nlPos);
      continue;
    }
    listMode = false;
    if (/[.!?;]/.test(last)) continue;
    if (last === ',' || (first >= 'a' && first <= 'z' && !isBullet(next))) soft.add(nlPos);
  }
  return soft;
}

/** Tokenises a text (bounded to MAX_INPUT_CHARS). */
export function tokenize(input: string): Doc {
  const original = input.length > MAX_INPUT_CHARS ? input.slice(0, MAX_INPUT_CHARS) : input;
  const { text, map } = fold(original);
  const soft = softNewlines(original);
  const tokens: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const sent: number[] = [];
  const punctClause: number[] = [];
  const seg: number[] = [];
  const commaBefore: boolean[] = [];
  const isNum: boolean[] = [];
  const sentStart: number[] = [0];
  const sentQuestion: boolean[] = [false];
  let sid = 0;
  let cid = 0;
  let gid = 0;
  let pendSent = false;
  let pendClause = false;
  let pendComma = false;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isWordCode(c)) {
      const start = i;
      let j = i;
      while (j < n && isWordCode(text.charCodeAt(j))) j++;
      let word: string;
      // English n't: can't → cant, don't → dont
      if (
        text.charCodeAt(j) === 39 &&
        text.charCodeAt(j + 1) === 116 &&
        (j + 2 >= n || !isWordCode(text.charCodeAt(j + 2))) &&
        text.charCodeAt(j - 1) === 110
      ) {
        word = text.slice(i, j) + 't';
        j += 2;
      } else {
        word = text.slice(i, j);
      }
      if (tokens.length > 0) {
        if (pendSent) {
          sid++;
          cid++;
          gid++;
          sentStart.push(tokens.length);
          sentQuestion.push(false);
        } else if (pendClause) {
          cid++;
          gid++;
        } else if (pendComma) {
          gid++;
        }
      }
      commaBefore.push(pendComma);
      pendSent = pendClause = pendComma = false;
      tokens.push(word);
      starts.push(start);
      ends.push(j);
      sent.push(sid);
      punctClause.push(cid);
      seg.push(gid);
      const c0 = word.charCodeAt(0);
      isNum.push(c0 >= 48 && c0 <= 57 ? /^\d+$/.test(word) : NUMBER_WORDS.has(word));
      i = j;
      continue;
    }
    // punctuation and spaces
    if (c === 46 || c === 33 || c === 63) {
      // . ! ?
      const nextC = i + 1 < n ? text.charCodeAt(i + 1) : 32;
      if (c === 46) {
        const prevTok = tokens.length > 0 ? tokens[tokens.length - 1] : undefined;
        const adjacent = tokens.length > 0 && ends[ends.length - 1] === i;
        const isAbbrev =
          adjacent && prevTok !== undefined && (prevTok.length === 1 || ABBREVIATIONS.has(prevTok));
        if (isWordCode(nextC) || isAbbrev) {
          i++;
          continue;
        }
      }
      if (c === 63) sentQuestion[sid] = true;
      pendSent = true;
      i++;
      continue;
    }
    if (c === 10) {
      const origPos = map[i] ?? 0;
      if (!soft.has(origPos)) pendSent = true;
      else pendComma = true;
      i++;
      continue;
    }
    if (c === 59) {
      pendClause = true;
    } else if (c === 44 || c === 58 || c === 40 || c === 41) {
      pendComma = true;
    } else if (
      c === 45 &&
      i + 1 < n &&
      text.charCodeAt(i + 1) === 32 &&
      i > 0 &&
      text.charCodeAt(i - 1) === 32
    ) {
      pendComma = true; // " - " dash
    }
    i++;
  }
  sentStart.push(tokens.length);
  return {
    original,
    folded: text,
    map,
    tokens,
    starts,
    ends,
    sent,
    punctClause,
    clause: punctClause.slice(),
    seg,
    sentStart,
    sentQuestion,
    commaBefore,
    isNum,
  };
}

/** The original text of tokens [start, end), whitespace collapsed, at most `max` characters. */
export function spanText(doc: Doc, start: number, end: number, max = 80): string {
  if (end <= start) return '';
  const fs = doc.starts[start] ?? 0;
  const fe = doc.ends[end - 1] ?? fs;
  const os = doc.map[fs] ?? 0;
  const oe = doc.map[fe] ?? doc.original.length;
  let s = doc.original.slice(os, oe).replace(/\s+/g, ' ').trim();
  if (s.length > max) s = s.slice(0, max - 1).trimEnd() + '\u2026';
  return s;
}

// The phrase language of the rule files, compiled to token sequences and matched with an index
// keyed by the first (and second) word, so the cost per message grows with its length, not with
// the number of rules. No regular expressions at match time: no backtracking blow-up.
//
// Syntax (case and accents never matter):
//   word          a word;  can't matches "can't" and "cant"; j'ai is the two words j ai
//   word*         a word starting with this (≥ 2 letters): swell* → swelling, swollen no
//   word?         an optional word
//   (a|b c)       alternatives, each one or more words;  (a|b)? optional group
//   *             any one word
//   #             a number: 2, 12, two, deux, twee, to, zwei, dos …
//   ##            a number of 10 or more, in digits: 20
//   ...  or  …    up to 6 words in between (same sentence)
//   $             the end of the sentence (only last): "none $" for "allergies: none."
//   A + B         both A and B somewhere in the message (each not negated)

import { type Doc, foldString, isWordCode } from './text';

export const GAP_MAX = 6;
const PREFIX_SLACK = 16;
/** Upper bound of matching steps for one phrase at one position: no runaway backtracking. */
const MAX_STEPS = 400;

export type N =
  | { k: 'w'; v: string }
  | { k: 'p'; v: string }
  | { k: 'any' }
  | { k: 'gap'; max: number }
  | { k: 'num' }
  | { k: 'num10' }
  | { k: 'end' }
  | { k: 'alt'; alts: N[][]; opt: boolean }
  /** Compiled form of many one-word alternatives: a set lookup. */
  | { k: 'set'; words: Set<string>; prefixes: string[] };

type First = { k: 'w'; v: string } | { k: 'p'; v: string } | { k: 'num' } | { k: 'num10' };

/** One part of a compiled phrase: the sequence and the words it can start with. */
export interface Part {
  seq: N[];
  first: First[];
}

export class PatternError extends Error {}

/** Splits a literal word of a pattern into folded tokens the way the text tokeniser would. */
function literalTokens(word: string): string[] {
  const f = foldString(word);
  const out: string[] = [];
  let i = 0;
  while (i < f.length) {
    if (!isWordCode(f.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i;
    while (j < f.length && isWordCode(f.charCodeAt(j))) j++;
    if (
      f[j] === "'" &&
      f[j + 1] === 't' &&
      (j + 2 >= f.length || !isWordCode(f.charCodeAt(j + 2))) &&
      f[j - 1] === 'n'
    ) {
      out.push(f.slice(i, j) + 't');
      j += 2;
    } else {
      out.push(f.slice(i, j));
    }
    i = j;
  }
  return out;
}

function lex(src: string): string[] {
  const s = src.replace(/\u2026/g, ' ... ');
  const out: string[] = [];
  let i = 0;
  while (i < s.length) {
    const ch = s[i] as string;
    if (ch === ' ' || ch === '\t' || ch === '\n') {
      i++;
      continue;
    }
    if (ch === '(' || ch === ')' || ch === '|') {
      if (ch === '(' && i > 0 && /[\p{L}\p{N}*'#$.]/u.test(s[i - 1] as string)) {
        throw new PatternError(`put a space before ( in "${s.slice(Math.max(0, i - 12), i + 1)}"`);
      }
      out.push(ch);
      i++;
      if (ch === ')' && s[i] === '?') {
        out.push('?');
        i++;
      }
      continue;
    }
    let j = i;
    while (j < s.length && !' \t\n()|'.includes(s[j] as string)) j++;
    out.push(s.slice(i, j));
    i = j;
  }
  return out;
}

function parseSeq(toks: string[], pos: { i: number }, depth: number): N[] {
  const nodes: N[] = [];
  while (pos.i < toks.length) {
    const t = toks[pos.i] as string;
    if (t === '|' || t === ')') break;
    pos.i++;
    if (t === '(') {
      if (depth > 5) throw new PatternError('groups nested too deeply');
      const alts: N[][] = [parseSeq(toks, pos, depth + 1)];
      while (toks[pos.i] === '|') {
        pos.i++;
        alts.push(parseSeq(toks, pos, depth + 1));
      }
      if (toks[pos.i] !== ')') throw new PatternError('missing )');
      pos.i++;
      let opt = false;
      if (toks[pos.i] === '?') {
        opt = true;
        pos.i++;
      }
      nodes.push({ k: 'alt', alts, opt });
      continue;
    }
    if (t === '?') throw new PatternError('? must follow a word or a group');
    nodes.push(...wordNodes(t));
  }
  return nodes;
}

function wordNodes(t: string): N[] {
  if (t === '...') return [{ k: 'gap', max: GAP_MAX }];
  if (t === '*') return [{ k: 'any' }];
  if (t === '#') return [{ k: 'num' }];
  if (t === '##') return [{ k: 'num10' }];
  if (t === '$') return [{ k: 'end' }];
  let word = t;
  let optional = false;
  if (word.length > 1 && word.endsWith('?')) {
    optional = true;
    word = word.slice(0, -1);
  }
  let prefix = false;
  if (word.length > 1 && word.endsWith('*')) {
    prefix = true;
    word = word.slice(0, -1);
  }
  if (word.includes('*')) throw new PatternError(`* only at the end of a word: "${t}"`);
  if (word.includes('?')) throw new PatternError(`? only at the end of a word: "${t}"`);
  const parts = literalTokens(word);
  if (parts.length === 0) throw new PatternError(`no letters in "${t}"`);
  const els: N[] = parts.map((v) => ({ k: 'w', v }) as N);
  if (prefix) {
    const last = parts[parts.length - 1] as string;
    if (last.length < 2) throw new PatternError(`prefix too short: "${t}"`);
    els[els.length - 1] = { k: 'p', v: last };
  }
  return optional ? [{ k: 'alt', alts: [els], opt: true }] : els;
}

/** First elements of seq[i…]; `empty` when the rest can match nothing at all. */
function firstOf(seq: N[], i: number, out: First[]): boolean {
  for (let j = i; j < seq.length; j++) {
    const n = seq[j] as N;
    switch (n.k) {
      case 'w':
      case 'p':
      case 'num':
      case 'num10':
        out.push(n);
        return false;
      case 'any':
        throw new PatternError('a phrase cannot start with *');
      case 'gap':
        throw new PatternError('a phrase cannot start with ...');
      case 'end':
        throw new PatternError('a phrase cannot start with $');
      case 'set':
        for (const v of n.words) out.push({ k: 'w', v });
        for (const v of n.prefixes) out.push({ k: 'p', v });
        return false;
      case 'alt': {
        let canBeEmpty = n.opt;
        for (const a of n.alts) if (firstOf(a, 0, out)) canBeEmpty = true;
        if (!canBeEmpty) return false;
      }
    }
  }
  return true;
}

/** Replaces groups of one-word alternatives by set lookups (much fewer matching steps). */
function optimise(seq: N[]): N[] {
  return seq.map((n) => {
    if (n.k !== 'alt') return n;
    const alts = n.alts.map(optimise);
    const single: N[] = [];
    const multi: N[][] = [];
    for (const a of alts) {
      const only = a.length === 1 ? a[0] : undefined;
      if (only && (only.k === 'w' || only.k === 'p' || only.k === 'set')) single.push(only);
      else multi.push(a);
    }
    if (single.length < 2) return { k: 'alt', alts, opt: n.opt } as N;
    const words = new Set<string>();
    const prefixes: string[] = [];
    for (const x of single) {
      if (x.k === 'w') words.add(x.v);
      else if (x.k === 'p') prefixes.push(x.v);
      else if (x.k === 'set') {
        for (const w of x.words) words.add(w);
        prefixes.push(...x.prefixes);
      }
    }
    const set: N = { k: 'set', words, prefixes };
    if (multi.length === 0 && !n.opt) return set;
    return { k: 'alt', alts: [[set], ...multi], opt: n.opt } as N;
  });
}

function checkEnd(seq: N[], last: boolean): void {
  seq.forEach((n, j) => {
    const isLast = last && j === seq.length - 1;
    if (n.k === 'end' && !isLast) throw new PatternError('$ only at the end of a phrase');
    if (n.k === 'alt') for (const a of n.alts) checkEnd(a, isLast);
  });
}

/** Compiles one phrase: one part, or more than one joined by ` + `. Throws PatternError. */
export function compilePattern(src: string): Part[] {
  if (typeof src !== 'string' || src.trim() === '') throw new PatternError('empty phrase');
  if (src.length > 1000) throw new PatternError('phrase longer than 1000 characters');
  const parts: Part[] = [];
  const partsSrc = src.split(/\s\+\s/);
  for (const p of partsSrc) {
    const toks = lex(p);
    if (toks.length === 0) throw new PatternError('empty part around +');
    const pos = { i: 0 };
    const alts: N[][] = [parseSeq(toks, pos, 0)];
    if (partsSrc.length > 1 && toks[pos.i] === '|') {
      throw new PatternError('with +, put alternatives in parentheses: "A + (B | C)"');
    }
    while (toks[pos.i] === '|') {
      pos.i++;
      alts.push(parseSeq(toks, pos, 0));
    }
    if (pos.i < toks.length) throw new PatternError('unmatched )');
    const nonEmpty = alts.filter((a) => a.length > 0);
    if (nonEmpty.length === 0) throw new PatternError('phrase matches nothing');
    // leading and trailing gaps mean nothing
    for (const a of nonEmpty) {
      while (a[0]?.k === 'gap') a.shift();
      while (a.length > 0 && a[a.length - 1]?.k === 'gap') a.pop();
    }
    const raw: N[] =
      nonEmpty.length === 1 ? (nonEmpty[0] as N[]) : [{ k: 'alt', alts: nonEmpty, opt: false }];
    checkEnd(raw, true);
    const seq = optimise(raw);
    const first: First[] = [];
    if (firstOf(seq, 0, first)) throw new PatternError('phrase can match an empty text');
    parts.push({ seq, first });
  }
  return parts;
}

/** Literal words of a compiled phrase (to judge whether a phrase is too broad). */
export function literalWords(parts: Part[]): string[] {
  const out: string[] = [];
  const walk = (seq: N[]) => {
    for (const n of seq) {
      if (n.k === 'w' || n.k === 'p') out.push(n.v);
      else if (n.k === 'set') out.push(...n.words, ...n.prefixes);
      else if (n.k === 'alt') for (const a of n.alts) walk(a);
    }
  };
  for (const p of parts) walk(p.seq);
  return out;
}

interface Entry {
  seq: N[];
  ref: number;
  /** Index of the entry in its matcher (for the per-document cache of the `req` check). */
  id: number;
  /** Necessary words: every match has at least one word of each clause (prefixes as keys). */
  req: string[][];
}

const P3 = '\u0001';
const P2 = '\u0002';

function nodeKey(n: { k: 'w' | 'p'; v: string }): string {
  if (n.k === 'w') return n.v;
  return n.v.length >= 3 ? P3 + n.v.slice(0, 3) : P2 + n.v;
}

/** Clauses (sets of keys) that every match of seq satisfies. */
function clauses(seq: N[]): string[][] {
  const out: string[][] = [];
  for (const n of seq) {
    if (n.k === 'w' || n.k === 'p') out.push([nodeKey(n)]);
    else if (n.k === 'set') {
      const keys = [...n.words, ...n.prefixes.map((v) => nodeKey({ k: 'p', v }))];
      if (keys.length <= 40) out.push(keys);
    } else if (n.k === 'alt' && !n.opt) {
      const union = new Set<string>();
      let ok = true;
      for (const a of n.alts) {
        const c = clauses(a)[0];
        if (!c) {
          ok = false;
          break;
        }
        for (const k of c) union.add(k);
      }
      if (ok && union.size > 0 && union.size <= 40) out.push([...union]);
    }
  }
  return out;
}

function docKeys(doc: Doc): Set<string> {
  if (doc.wordSet) return doc.wordSet;
  const set = new Set<string>();
  const p2: string[] = [];
  const p3: string[] = [];
  for (const t of doc.tokens) {
    set.add(t);
    const a = t.length >= 2 ? (t.length === 2 ? t : t.slice(0, 2)) : '';
    const b = t.length >= 3 ? (t.length === 3 ? t : t.slice(0, 3)) : '';
    p2.push(a);
    p3.push(b);
    if (a) set.add(P2 + a);
    if (b) set.add(P3 + b);
  }
  doc.wordSet = set;
  doc.p2 = p2;
  doc.p3 = p3;
  return set;
}

export interface Match {
  ref: number;
  start: number;
  end: number;
}

interface Frame {
  seq: N[];
  i: number;
  next: Frame | null;
}

/** Compiled phrases with an index by first word; `ref` points to the caller's payload table. */
export class Matcher {
  private exact = new Map<string, Entry[]>();
  private prefix = new Map<string, Entry[]>();
  private num: Entry[] = [];
  size = 0;
  /** Per document: 0 not checked yet, 1 every required word is there, 2 one is missing. */
  private reqOk: Uint8Array = new Uint8Array(0);
  // matching state (single-threaded)
  private doc: Doc | null = null;
  private sid = 0;
  private best = -1;
  private steps = 0;
  private words: Set<string> = new Set();

  add(part: Part, ref: number): void {
    const req = clauses(part.seq)
      .sort((a, b) => a.length - b.length)
      .slice(0, 4);
    const entry: Entry = { seq: part.seq, ref, req, id: this.size - 1 };
    this.size++;
    const keys = new Set<string>();
    for (const f of part.first) {
      const key = f.k === 'num' || f.k === 'num10' ? 'num' : `${f.k}:${f.v}`;
      if (keys.has(key)) continue;
      keys.add(key);
      if (f.k === 'w') push(this.exact, f.v, entry);
      else if (f.k === 'p') push(this.prefix, f.v.slice(0, 3), entry);
      else this.num.push(entry);
    }
  }

  /** All matches in the document; for each (ref, start) the longest one. */
  run(doc: Doc, out: Match[] = []): Match[] {
    const toks = doc.tokens;
    const n = toks.length;
    this.doc = doc;
    this.words = docKeys(doc);
    if (this.reqOk.length < this.size) this.reqOk = new Uint8Array(this.size);
    else this.reqOk.fill(0);
    const p2 = doc.p2 as string[];
    const p3 = doc.p3 as string[];
    const hasPrefix = this.prefix.size > 0;
    const hasNum = this.num.length > 0;
    for (let i = 0; i < n; i++) {
      this.nc = 0;
      const l = this.exact.get(toks[i] as string);
      if (l) this.tryAll(l, i);
      if (hasPrefix) {
        const k2 = p2[i];
        if (k2) {
          const l2 = this.prefix.get(k2);
          if (l2) this.tryAll(l2, i);
          const k3 = p3[i];
          if (k3) {
            const l3 = this.prefix.get(k3);
            if (l3) this.tryAll(l3, i);
          }
        }
      }
      if (hasNum && doc.isNum[i]) this.tryAll(this.num, i);
      for (let c = 0; c < this.nc; c++)
        out.push({ ref: this.cRef[c] as number, start: i, end: this.cEnd[c] as number });
    }
    this.doc = null;
    return out;
  }

  private nc = 0;
  private cRef: number[] = [];
  private cEnd: number[] = [];

  private tryAll(entries: Entry[], i: number): void {
    const doc = this.doc as Doc;
    this.sid = doc.sent[i] as number;
    const words = this.words;
    const reqOk = this.reqOk;
    outer: for (const e of entries) {
      const known = reqOk[e.id];
      if (known === 2) continue;
      if (known === 0) {
        for (const clause of e.req) {
          let any = false;
          for (const k of clause) {
            if (words.has(k)) {
              any = true;
              break;
            }
          }
          if (!any) {
            reqOk[e.id] = 2;
            continue outer;
          }
        }
        reqOk[e.id] = 1;
      }
      this.best = -1;
      this.steps = 0;
      this.m(e.seq, 0, i, null);
      if (this.best > i) {
        let c = 0;
        while (c < this.nc && this.cRef[c] !== e.ref) c++;
        if (c === this.nc) {
          this.cRef[c] = e.ref;
          this.cEnd[c] = this.best;
          this.nc++;
        } else if (this.best > (this.cEnd[c] as number)) {
          this.cEnd[c] = this.best;
        }
      }
    }
  }

  /** Explores every way seq[i…] (then the frames) can match from token ti; keeps the longest end. */
  private m(seq: N[], i: number, ti: number, next: Frame | null): void {
    if (++this.steps > MAX_STEPS) return;
    const doc = this.doc as Doc;
    if (i === seq.length) {
      if (next) this.m(next.seq, next.i, ti, next.next);
      else if (ti > this.best) this.best = ti;
      return;
    }
    const n = seq[i] as N;
    const ntok = doc.tokens.length;
    switch (n.k) {
      case 'alt': {
        const frame: Frame = { seq, i: i + 1, next };
        for (const a of n.alts) this.m(a, 0, ti, frame);
        if (n.opt) this.m(seq, i + 1, ti, next);
        return;
      }
      case 'gap':
        for (let g = 0; g <= n.max; g++) {
          const t = ti + g;
          if (t > ntok) break;
          if (g > 0 && doc.sent[t - 1] !== this.sid) break;
          this.m(seq, i + 1, t, next);
        }
        return;
      case 'end':
        if (ti >= ntok || doc.sent[ti] !== this.sid) this.m(seq, i + 1, ti, next);
        return;
      default:
    }
    if (ti >= ntok || doc.sent[ti] !== this.sid) return;
    const tok = doc.tokens[ti] as string;
    let ok: boolean;
    switch (n.k) {
      case 'w':
        ok = tok === n.v;
        break;
      case 'num10':
        ok = tok.length >= 2 && tok.length <= 4 && /^\d+$/.test(tok) && Number(tok) >= 10;
        break;
      case 'set':
        ok = n.words.has(tok);
        if (!ok) {
          for (const p of n.prefixes) {
            if (tok.length - p.length <= PREFIX_SLACK && tok.startsWith(p)) {
              ok = true;
              break;
            }
          }
        }
        break;
      case 'p':
        ok = tok.length - n.v.length <= PREFIX_SLACK && tok.startsWith(n.v);
        break;
      case 'any':
        ok = true;
        break;
      default:
        ok = doc.isNum[ti] === true;
    }
    if (ok) this.m(seq, i + 1, ti + 1, next);
  }
}

function push(map: Map<string, Entry[]>, key: string, e: Entry): void {
  const l = map.get(key);
  if (l) l.push(e);
  else map.set(key, [e]);
}

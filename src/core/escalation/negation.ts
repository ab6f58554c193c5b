// NegEx/ConText-style context of a phrase found in a message: is it negated, past, resolved,
// hypothetical, or part of a general question rather than a report?
//
// The message is split into sentences (tokenize), sentences into clauses at `;` and at scope
// terminators (but, mais, maar, men, aber, pero…), clauses into parts at commas. A cue acts on a
// phrase only inside its scope:
//   negation before the phrase   same clause, at most NEG_PRE_WINDOW words in between
//   negation after the phrase    same clause, at most NEG_POST_WINDOW words in between
//                                ("bijwerkingen heb ik niet", "bivirkninger har jeg ikke haft")
//   pseudo-negation              cancels a negation cue it overlaps ("not sure", "pas mieux")
//   past (historical)            same clause, either side, at most HIST_WINDOW words away
//   resolved                     after the phrase, same or next sentence, at most RESOLVED_WINDOW
//   hypothetical                 before the phrase, same comma part, at most HYPO_WINDOW words
//   discontinued                 same clause, before (any distance) or after (DISC_POST_WINDOW)
//   question                     the sentence asks (question mark, interrogative opening or
//                                indirect question) and holds no first-person report
import type { Lang } from '../types';
import { Matcher, compilePattern } from './pattern';
import { type LanguageRules, type Phrases, phraseList } from './rules/types';
import { type Doc, tokenize } from './text';

export const NEG_PRE_WINDOW = 5;
export const NEG_POST_WINDOW = 3;
export const HIST_WINDOW = 8;
export const RESOLVED_WINDOW = 8;
export const HYPO_WINDOW = 6;
export const DISC_POST_WINDOW = 5;

export interface Span {
  start: number;
  end: number;
}

export interface CueSet {
  negPre: Span[];
  negPost: Span[];
  pseudo: Span[];
  historical: Span[];
  resolved: Span[];
  hypothetical: Span[];
  discontinued: Span[];
  experience: Span[];
  questionStart: Span[];
  questionCue: Span[];
  inUse: Span[];
  indication: Span[];
  notHelping: Span[];
}

export type CueKind = keyof CueSet;

export function emptyCueSet(): CueSet {
  return {
    negPre: [],
    negPost: [],
    pseudo: [],
    historical: [],
    resolved: [],
    hypothetical: [],
    discontinued: [],
    experience: [],
    questionStart: [],
    questionCue: [],
    inUse: [],
    indication: [],
    notHelping: [],
  };
}

export interface Context {
  negated: boolean;
  historical: boolean;
  resolved: boolean;
  hypothetical: boolean;
  /** A general question (no first-person report in the sentence). */
  question: boolean;
  discontinued: boolean;
  /** The cue that decided `negated`, for explanations and tests. */
  negationCue?: Span;
}

/** Words between a negation and an "it's over" cue that still negate it: "not yet over", "nog niet helemaal over". */
const NEGATED_RESOLUTION_GAP = 2;

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/**
 * Drops negation and past cues that sit inside a pseudo-cue ("not sure", "pas mieux", "desde hace
 * años" around "hace años"), and "it's over" cues that are themselves negated.
 */
export function dropPseudo(cues: CueSet): void {
  // "hasn't gone away", "no se me ha quitado", "niet over", "ikke væk": it is still there
  cues.resolved = cues.resolved.filter(
    (c) =>
      !cues.pseudo.some((p) => overlaps(c, p)) &&
      !cues.negPre.some((n) => n.end <= c.start && c.start - n.end <= NEGATED_RESOLUTION_GAP),
  );
  if (cues.pseudo.length === 0) return;
  cues.negPre = cues.negPre.filter((c) => !cues.pseudo.some((p) => overlaps(c, p)));
  cues.negPost = cues.negPost.filter((c) => !cues.pseudo.some((p) => overlaps(c, p)));
  cues.historical = cues.historical.filter((c) => !cues.pseudo.some((p) => overlaps(c, p)));
}

/**
 * Splits clauses at scope terminators: each terminator starts a new clause (and comma part).
 * Recomputes doc.clause and doc.seg from the punctuation clauses.
 */
export function applyTerminators(doc: Doc, terms: Span[]): void {
  const n = doc.tokens.length;
  const cut = new Uint8Array(n);
  for (const t of terms) if (t.start > 0) cut[t.start] = 1;
  let clause = 0;
  let seg = 0;
  for (let i = 0; i < n; i++) {
    if (i > 0) {
      const newPunct = doc.punctClause[i] !== doc.punctClause[i - 1];
      if (newPunct || cut[i] === 1) {
        clause++;
        seg++;
      } else if (doc.commaBefore[i] === true) {
        seg++;
      }
    }
    doc.clause[i] = clause;
    doc.seg[i] = seg;
  }
}

function partStart(doc: Doc, i: number): boolean {
  return i === 0 || doc.seg[i] !== doc.seg[i - 1];
}

/** True when sentence `sid` asks something. */
export function isQuestionSentence(doc: Doc, sid: number, cueSets: CueSet[]): boolean {
  if (doc.sentQuestion[sid] === true) return true;
  for (const cs of cueSets) {
    for (const q of cs.questionStart) if (doc.sent[q.start] === sid && partStart(doc, q.start)) return true;
    for (const q of cs.questionCue) if (doc.sent[q.start] === sid) return true;
  }
  return false;
}

/** True when the sentence holds a first-person (or caregiver) report. */
export function hasExperience(doc: Doc, sid: number, cueSets: CueSet[]): boolean {
  for (const cs of cueSets) for (const e of cs.experience) if (doc.sent[e.start] === sid) return true;
  return false;
}

/** The context of the phrase at tokens [span.start, span.end), given the cues of one or more languages. */
export function assess(doc: Doc, span: Span, cueSets: CueSet[]): Context {
  const ctx: Context = {
    negated: false,
    historical: false,
    resolved: false,
    hypothetical: false,
    question: false,
    discontinued: false,
  };
  const first = span.start;
  const last = span.end - 1;
  const clause = doc.clause[first];
  const seg = doc.seg[first];
  const sid = doc.sent[first] as number;
  for (const cs of cueSets) {
    if (!ctx.negated) {
      for (const c of cs.negPre) {
        if (
          c.end <= first &&
          first - c.end <= NEG_PRE_WINDOW &&
          doc.clause[c.start] === clause &&
          doc.clause[c.end - 1] === clause
        ) {
          ctx.negated = true;
          ctx.negationCue = c;
          break;
        }
      }
    }
    if (!ctx.negated) {
      for (const c of cs.negPost) {
        if (
          c.start > last &&
          c.start - span.end <= NEG_POST_WINDOW &&
          doc.clause[c.start] === doc.clause[last]
        ) {
          ctx.negated = true;
          ctx.negationCue = c;
          break;
        }
      }
    }
    if (!ctx.historical) {
      for (const c of cs.historical) {
        if (c.start >= first && c.end <= span.end) continue; // a cue inside the phrase itself
        if (overlaps(c, span)) {
          ctx.historical = true; // "for mange år siden" around "siden"
          break;
        }
        const dist = c.end <= first ? first - c.end : c.start - span.end;
        if (
          dist <= HIST_WINDOW &&
          (doc.clause[c.start] === clause || doc.clause[c.start] === doc.clause[last])
        ) {
          ctx.historical = true;
          break;
        }
      }
    }
    if (!ctx.resolved) {
      for (const c of cs.resolved) {
        if (c.start < span.end || c.start - span.end > RESOLVED_WINDOW) continue;
        const cs2 = doc.sent[c.start] as number;
        if (cs2 === sid || cs2 === sid + 1) {
          ctx.resolved = true;
          break;
        }
      }
    }
    if (!ctx.hypothetical) {
      for (const c of cs.hypothetical) {
        if (c.end > first) continue;
        if (first - c.end <= HYPO_WINDOW && doc.seg[c.start] === seg) {
          ctx.hypothetical = true;
          break;
        }
        // "If someone is unconscious, not breathing or has chest pain, call 999": a conditional
        // opening the sentence covers its whole clause, unless the sentence reports something
        if (
          c.start - (doc.sentStart[sid] as number) <= 2 &&
          doc.clause[c.start] === clause &&
          !hasExperience(doc, sid, cueSets)
        ) {
          ctx.hypothetical = true;
          break;
        }
      }
    }
    if (!ctx.discontinued) {
      for (const c of cs.discontinued) {
        if (c.start < first && c.end > span.end) {
          ctx.discontinued = true; // "geen oxazepam meer", "ikke længere tramadol"
          break;
        }
        if (overlaps(c, span)) continue;
        const before = c.end <= first;
        if (
          before
            ? doc.clause[c.start] === clause
            : c.start - span.end <= DISC_POST_WINDOW && doc.clause[c.start] === doc.clause[last]
        ) {
          ctx.discontinued = true;
          break;
        }
      }
    }
  }
  ctx.question = isQuestionSentence(doc, sid, cueSets) && !hasExperience(doc, sid, cueSets);
  return ctx;
}

// ---------------------------------------------------------------------------------------------
// Cue compilation per language (shared by detect.ts and the helpers below)

export const CUE_FIELDS: { kind: CueKind; pick: (r: LanguageRules) => Phrases }[] = [
  { kind: 'negPre', pick: (r) => r.negation.pre },
  { kind: 'negPost', pick: (r) => r.negation.post },
  { kind: 'pseudo', pick: (r) => r.negation.pseudo },
  { kind: 'historical', pick: (r) => r.historical },
  { kind: 'resolved', pick: (r) => r.resolved },
  { kind: 'hypothetical', pick: (r) => r.hypothetical },
  { kind: 'discontinued', pick: (r) => r.discontinued },
  { kind: 'experience', pick: (r) => r.experience },
  { kind: 'questionStart', pick: (r) => r.questionStart },
  { kind: 'questionCue', pick: (r) => r.questionCue },
  { kind: 'inUse', pick: (r) => r.inUse },
  { kind: 'indication', pick: (r) => r.indication },
  { kind: 'notHelping', pick: (r) => r.notHelping },
];

interface CueMatcher {
  matcher: Matcher;
  kinds: CueKind[];
  terms: number;
}

const cueMatchers = new Map<Lang, CueMatcher>();

function cueMatcherFor(rules: LanguageRules): CueMatcher {
  let cm = cueMatchers.get(rules.lang);
  if (cm) return cm;
  const matcher = new Matcher();
  const kinds: CueKind[] = [];
  for (const f of CUE_FIELDS) {
    for (const phrase of phraseList(f.pick(rules))) {
      const ref = kinds.length;
      kinds.push(f.kind);
      let parts;
      try {
        parts = compilePattern(phrase);
      } catch (e) {
        throw new Error(
          `${rules.lang} ${f.kind} "${phrase}": ${e instanceof Error ? e.message : String(e)}`,
          { cause: e },
        );
      }
      for (const part of parts) matcher.add(part, ref);
    }
  }
  const terms = kinds.length;
  for (const phrase of phraseList(rules.terminators))
    for (const part of compilePattern(phrase)) matcher.add(part, terms);
  cm = { matcher, kinds, terms };
  cueMatchers.set(rules.lang, cm);
  return cm;
}

/** Finds the cues of one language in a document; returns them and the terminators found. */
export function findCues(doc: Doc, rules: LanguageRules): { cues: CueSet; terminators: Span[] } {
  const cm = cueMatcherFor(rules);
  const cues = emptyCueSet();
  const terminators: Span[] = [];
  for (const m of cm.matcher.run(doc)) {
    if (m.ref === cm.terms) terminators.push({ start: m.start, end: m.end });
    else cues[cm.kinds[m.ref] as CueKind].push({ start: m.start, end: m.end });
  }
  dropPseudo(cues);
  return { cues, terminators };
}

/**
 * Convenience for tests and for a pharmacist checking a phrase: the context of the first
 * occurrence of `phrase` (a phrase in the rule syntax) in `text`, with the cues of `langs`.
 * Returns null when the phrase does not occur.
 */
export function contextOf(text: string, phrase: string, langs: LanguageRules[]): Context | null {
  const doc = tokenize(text);
  const m = new Matcher();
  for (const part of compilePattern(phrase)) m.add(part, 0);
  const found = m.run(doc);
  const hit = found[0];
  if (!hit) return null;
  const sets: CueSet[] = [];
  const terms: Span[] = [];
  for (const r of langs) {
    const f = findCues(doc, r);
    sets.push(f.cues);
    terms.push(...f.terminators);
  }
  applyTerminators(doc, terms);
  return assess(doc, { start: hit.start, end: hit.end }, sets);
}

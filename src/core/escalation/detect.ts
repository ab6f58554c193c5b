// Escalation reasons and the clinical-question flag for one message.
//
// Runs the rules of the detected language and English (all languages when `und`), plus the
// emergency phrases of every language (safety first). Each phrase found is checked in its context
// (negation.ts): a negated, past, resolved, hypothetical or general-question mention does not
// raise the reasons that this context rules out (SUPPRESS below).
import {
  LANGUAGES,
  REASONS,
  type DetectedLang,
  type Evidence,
  type Lang,
  type MedicationMention,
  type Reason,
  type ReasonHit,
} from '../types';
import { shortHash } from '../text/hash';
import {
  CUE_FIELDS,
  type Context,
  type CueKind,
  type CueSet,
  type Span,
  NEG_POST_WINDOW,
  NEG_PRE_WINDOW,
  applyTerminators,
  assess,
  dropPseudo,
  emptyCueSet,
  findCues,
  isQuestionSentence,
} from './negation';
import { medicationPairs } from './medication-pairs';
import { Matcher, type Part, PatternError, compilePattern, literalWords } from './pattern';
import { RULES } from './rules/index';
import { type LanguageRules, phraseList } from './rules/types';
import { type Doc, foldString, spanText, tokenize } from './text';

export interface ExtraRule {
  language: Lang;
  reason: Reason;
  phrase: string;
  kind: 'trigger' | 'negation';
}

export interface DetectInput {
  subject: string;
  body: string;
  language: DetectedLang;
  medications: MedicationMention[];
  extraRules?: ExtraRule[];
  /** A reply's subject repeats the earlier message's: only an emergency or a controlled medicine in it counts. */
  subjectIsHistory?: boolean;
}

export interface DetectResult {
  hits: ReasonHit[];
  clinicalQuestion: Evidence | null;
  ruleSetVersion: string;
}

/** The text both detection and extraction read: offsets of MedicationMention refer to it. */
export function joinSubjectBody(subject: string | undefined, body: string | undefined): string {
  const s = (subject ?? '').trim();
  const b = body ?? '';
  return s ? `${s}\n\n${b}` : b;
}

/** Reasons a reply's subject still carries: an emergency, and the controlled medicine the thread is about. */
const NAMED_IN_SUBJECT = new Set<Reason>(['emergency', 'controlled_substance']);

/** Self-harm in the words of a rule's match (folded tokens), in the six languages. */
const SELF_HARM =
  /\b(kill(ing)? (my|him|her)self|suicid\w*|end (it all|my life|it)|take my (own )?life|(hurt|harm)(ing)? myself|me tuer|me suicider|en finir|mourir|zelfmoord\w*|eind\w* aan|van kant|aan (te )?doe\w*|aandoe\w*|selvmord\w*|(mit|sit) (eget )?liv|ihjel|umbringe\w*|bringe ich mich um|antu\w*|antun|suizid\w*|selbstmord\w*|quitar\w* la vida|matarme|me mato|morirme|hacerme dano)\b/;

/** Which contexts rule a reason out. Allergies count even when past: only a negated one does not. */
const SUPPRESS: Record<Reason, (keyof Context)[]> = {
  emergency: ['negated', 'historical', 'resolved', 'hypothetical', 'question'],
  adverse_reaction: ['negated', 'historical', 'resolved', 'hypothetical', 'question'],
  symptoms: ['negated', 'historical', 'resolved', 'hypothetical', 'question'],
  allergy: ['negated'],
  dosing: ['negated', 'historical', 'hypothetical'],
  controlled_substance: ['discontinued', 'historical'],
  prior_auth: ['negated', 'historical'],
  medication_conflict: ['negated'],
  pregnancy: ['negated', 'historical'],
};

const MAX_HITS_PER_REASON = 3;

/** Reasons whose phrases, inside a question, make it a clinical question. */
const CLINICAL_REASONS = new Set<Reason>([
  'adverse_reaction',
  'medication_conflict',
  'pregnancy',
  'dosing',
  'allergy',
]);

type UnitKind = 'trigger' | 'except' | 'clinical' | 'admin' | 'medword' | 'cue' | 'term';

interface Unit {
  kind: UnitKind;
  lang: Lang;
  reason?: Reason;
  /** For cues: which list of negation.ts. */
  cue?: CueKind;
  id: string;
  parts: Part[];
}

interface Payload {
  unit: number;
  part: number;
}

interface RuleSet {
  matcher: Matcher;
  payloads: Payload[];
  units: Unit[];
  /** Languages whose full rules run. */
  langs: Lang[];
}

// ---------------------------------------------------------------------------------------------
// Compilation (lazy, once per language combination)

const unitCache = new Map<Lang, Unit[]>();

/** A line of a controlled list: `generic: brand, brand` (or a single name). */
export function controlledLine(line: string): { generic: string; names: string[] } {
  const colon = line.indexOf(':');
  const generic = (colon < 0 ? line : line.slice(0, colon)).trim();
  const brands =
    colon < 0
      ? []
      : line
          .slice(colon + 1)
          .split(',')
          .map((b) => b.trim())
          .filter(Boolean);
  return { generic, names: [generic, ...brands] };
}

function firstWordId(name: string): string {
  const f = foldString(name)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  return f.split(' ').slice(0, 2).join('-') || 'name';
}

function compileRule(phrase: string, id: string): Part[] {
  try {
    return compilePattern(phrase);
  } catch (e) {
    throw new PatternError(`rule ${id} ("${phrase}"): ${e instanceof Error ? e.message : String(e)}`);
  }
}

function unitsOf(rules: LanguageRules): Unit[] {
  let units = unitCache.get(rules.lang);
  if (units) return units;
  units = [];
  const lang = rules.lang;
  for (const reason of REASONS) {
    phraseList(rules.triggers[reason]).forEach((p, i) => {
      units!.push({
        kind: 'trigger',
        lang,
        reason,
        id: `${lang}.${reason}.${i + 1}`,
        parts: compileRule(p, `${lang}.${reason}.${i + 1}`),
      });
    });
    phraseList(rules.except[reason]).forEach((p, i) => {
      units!.push({
        kind: 'except',
        lang,
        reason,
        id: `${lang}.${reason}.except.${i + 1}`,
        parts: compileRule(p, `${lang}.${reason}.except.${i + 1}`),
      });
    });
  }
  const seenIds = new Set<string>();
  for (const line of phraseList(rules.controlled.names)) {
    const { generic, names } = controlledLine(line);
    let id = `${lang}.controlled_substance.${firstWordId(generic)}`;
    while (seenIds.has(id)) id += '_';
    seenIds.add(id);
    units.push({
      kind: 'trigger',
      lang,
      reason: 'controlled_substance',
      id,
      parts: compileRule(names.join(' | '), id),
    });
  }
  phraseList(rules.clinical).forEach((p, i) =>
    units!.push({
      kind: 'clinical',
      lang,
      id: `${lang}.clinical_question.${i + 1}`,
      parts: compileRule(p, `${lang}.clinical_question.${i + 1}`),
    }),
  );
  phraseList(rules.admin).forEach((p, i) =>
    units!.push({
      kind: 'admin',
      lang,
      id: `${lang}.admin.${i + 1}`,
      parts: compileRule(p, `${lang}.admin.${i + 1}`),
    }),
  );
  phraseList(rules.medicineWords).forEach((p, i) =>
    units!.push({
      kind: 'medword',
      lang,
      id: `${lang}.medicine.${i + 1}`,
      parts: compileRule(p, `${lang}.medicine.${i + 1}`),
    }),
  );
  for (const f of CUE_FIELDS) {
    phraseList(f.pick(rules)).forEach((p, i) => {
      const id = `${lang}.${f.kind}.${i + 1}`;
      units!.push({ kind: 'cue', cue: f.kind, lang, id, parts: compileRule(p, id) });
    });
  }
  phraseList(rules.terminators).forEach((p, i) => {
    const id = `${lang}.terminator.${i + 1}`;
    units!.push({ kind: 'term', lang, id, parts: compileRule(p, id) });
  });
  unitCache.set(lang, units);
  return units;
}

function activeLangs(language: DetectedLang): Lang[] {
  if (language === 'und' || !(LANGUAGES as readonly string[]).includes(language)) return [...LANGUAGES];
  return language === 'en' ? ['en'] : [language, 'en'];
}

const ruleSets = new Map<string, RuleSet>();

function ruleSetFor(language: DetectedLang): RuleSet {
  const langs = activeLangs(language);
  const key = langs.join(',');
  let rs = ruleSets.get(key);
  if (rs) return rs;
  const matcher = new Matcher();
  const payloads: Payload[] = [];
  const units: Unit[] = [];
  for (const lang of LANGUAGES) {
    const full = langs.includes(lang);
    for (const u of unitsOf(RULES[lang])) {
      if (!full && u.reason !== 'emergency') continue;
      if (!full && u.kind !== 'trigger' && u.kind !== 'except') continue;
      const ui = units.push(u) - 1;
      u.parts.forEach((p, part) => {
        const ref = payloads.push({ unit: ui, part }) - 1;
        matcher.add(p, ref);
      });
    }
  }
  rs = { matcher, payloads, units, langs };
  ruleSets.set(key, rs);
  return rs;
}

let baseVersion: string | null = null;

/** A short stable hash of the built-in rule data. */
export function baseRuleSetVersion(): string {
  if (baseVersion === null) baseVersion = shortHash(JSON.stringify(RULES));
  return baseVersion;
}

function versionWith(extras: ExtraRule[]): string {
  if (extras.length === 0) return baseRuleSetVersion();
  return shortHash(
    baseRuleSetVersion() + JSON.stringify(extras.map((r) => [r.language, r.reason, r.kind, r.phrase])),
  );
}

// ---------------------------------------------------------------------------------------------
// Extra rules (rows a manager adds in a spreadsheet)

function field(row: unknown, name: string, index: number): unknown {
  if (Array.isArray(row)) return row[index];
  if (row !== null && typeof row === 'object') return (row as Record<string, unknown>)[name];
  return undefined;
}

/**
 * Checks rows of extra rules: objects `{language, reason, phrase, kind}` or arrays
 * `[language, reason, phrase, kind]`. `row` in an error is the 1-based position in `rows`.
 * Never throws.
 */
export function validateExtraRules(rows: unknown): {
  rules: ExtraRule[];
  errors: { row: number; message: string }[];
} {
  const rules: ExtraRule[] = [];
  const errors: { row: number; message: string }[] = [];
  if (!Array.isArray(rows)) {
    return { rules, errors: rows == null ? [] : [{ row: 0, message: 'extra rules must be a list of rows' }] };
  }
  const seen = new Map<string, number>();
  rows.forEach((row, i) => {
    const rowNo = i + 1;
    try {
      if (row === null || typeof row !== 'object') {
        errors.push({ row: rowNo, message: 'row is empty or not a row' });
        return;
      }
      const language = String(field(row, 'language', 0) ?? '')
        .trim()
        .toLowerCase();
      const reason = String(field(row, 'reason', 1) ?? '')
        .trim()
        .toLowerCase();
      const phraseRaw = field(row, 'phrase', 2);
      const kind = String(field(row, 'kind', 3) ?? '')
        .trim()
        .toLowerCase();
      if (!language && !reason && (phraseRaw === undefined || phraseRaw === '') && !kind) {
        return; // blank spreadsheet row
      }
      if (!(LANGUAGES as readonly string[]).includes(language)) {
        errors.push({ row: rowNo, message: `unknown language "${language}" (use ${LANGUAGES.join(', ')})` });
        return;
      }
      if (!(REASONS as readonly string[]).includes(reason)) {
        errors.push({ row: rowNo, message: `unknown reason "${reason}" (use ${REASONS.join(', ')})` });
        return;
      }
      if (kind !== 'trigger' && kind !== 'negation') {
        errors.push({ row: rowNo, message: `unknown kind "${kind}" (use trigger or negation)` });
        return;
      }
      if (typeof phraseRaw !== 'string' || phraseRaw.trim() === '') {
        errors.push({ row: rowNo, message: 'phrase is empty' });
        return;
      }
      const phrase = phraseRaw.trim().replace(/\s+/g, ' ');
      if (phrase.length > 200) {
        errors.push({ row: rowNo, message: 'phrase is longer than 200 characters' });
        return;
      }
      let parts: Part[];
      try {
        parts = compilePattern(phrase);
      } catch (e) {
        errors.push({
          row: rowNo,
          message: `phrase not understood: ${e instanceof PatternError ? e.message : String(e)}`,
        });
        return;
      }
      const words = literalWords(parts);
      const tooBroad = !words.some((w) => w.length >= 3) && words.length < 2;
      if (tooBroad) {
        errors.push({ row: rowNo, message: 'phrase is too short: it would match almost every message' });
        return;
      }
      const key = `${language}|${reason}|${kind}|${foldString(phrase)}`;
      const dup = seen.get(key);
      if (dup !== undefined) {
        errors.push({ row: rowNo, message: `same rule as row ${dup}` });
        return;
      }
      seen.set(key, rowNo);
      rules.push({ language: language as Lang, reason: reason as Reason, phrase, kind });
    } catch (e) {
      errors.push({ row: rowNo, message: `row not readable: ${String(e)}` });
    }
  });
  return { rules, errors };
}

interface ExtraCompiled {
  matcher: Matcher;
  rows: { rule: ExtraRule; id: string; part: number; parts: number; index: number }[];
}

const extraCache = new Map<string, ExtraCompiled>();

function compileExtras(rules: ExtraRule[]): ExtraCompiled {
  const key = JSON.stringify(rules);
  let ec = extraCache.get(key);
  if (ec) return ec;
  const matcher = new Matcher();
  const rows: ExtraCompiled['rows'] = [];
  rules.forEach((rule, index) => {
    const parts = compilePattern(rule.phrase);
    const id = `extra.${rule.language}.${rule.reason}.${index + 1}`;
    parts.forEach((p, part) => {
      const ref = rows.push({ rule, id, part, parts: parts.length, index }) - 1;
      matcher.add(p, ref);
    });
  });
  ec = { matcher, rows };
  if (extraCache.size > 8) extraCache.clear();
  extraCache.set(key, ec);
  return ec;
}

// ---------------------------------------------------------------------------------------------
// Detection

interface Found {
  reason: Reason;
  lang: Lang;
  id: string;
  span: Span;
  /** Rule key for multi-part rules (A + B). */
  ruleKey: string;
  part: number;
  parts: number;
}

function hitPhrase(doc: Doc, spans: Span[]): string {
  const sorted = spans.slice().sort((a, b) => a.start - b.start);
  const text = sorted.map((s) => spanText(doc, s.start, s.end, 80)).join(' \u2026 ');
  return text.length > 80 ? text.slice(0, 79).trimEnd() + '\u2026' : text;
}

export function detectEscalation(input: DetectInput): DetectResult {
  const { rules: extras } = validateExtraRules(input.extraRules ?? []);
  const ruleSetVersion = versionWith(extras);
  const text = joinSubjectBody(
    typeof input.subject === 'string' ? input.subject : '',
    typeof input.body === 'string' ? input.body : '',
  );
  const doc = tokenize(text);
  if (doc.tokens.length === 0) return { hits: [], clinicalQuestion: null, ruleSetVersion };
  const subjectTokens =
    input.subjectIsHistory && typeof input.subject === 'string' ? tokenize(input.subject).tokens.length : 0;

  const detected: Lang | null = (LANGUAGES as readonly string[]).includes(input.language)
    ? (input.language as Lang)
    : null;
  const medications = Array.isArray(input.medications) ? input.medications : [];
  const rs = ruleSetFor(input.language);

  // One pass of the matcher finds the triggers and the cues of the active languages.
  const matches = rs.matcher.run(doc);
  const cueCache = new Map<Lang, { cues: CueSet; terminators: Span[] }>();
  for (const l of rs.langs) cueCache.set(l, { cues: emptyCueSet(), terminators: [] });
  for (const m of matches) {
    const u = rs.units[(rs.payloads[m.ref] as Payload).unit] as Unit;
    const entry = cueCache.get(u.lang);
    if (!entry) continue;
    if (u.kind === 'cue') entry.cues[u.cue as CueKind].push({ start: m.start, end: m.end });
    else if (u.kind === 'term') entry.terminators.push({ start: m.start, end: m.end });
  }
  for (const c of cueCache.values()) dropPseudo(c.cues);
  // the cues of another language (for an emergency phrase in it) are found on demand
  const cuesOf = (l: Lang) => {
    let c = cueCache.get(l);
    if (!c) {
      c = findCues(doc, RULES[l]);
      cueCache.set(l, c);
    }
    return c;
  };
  const terms: Span[] = [];
  for (const l of rs.langs) terms.push(...cuesOf(l).terminators);
  applyTerminators(doc, terms);
  const setsFor = (l: Lang): CueSet[] => {
    const out = [cuesOf(l).cues];
    if (detected && detected !== l) out.push(cuesOf(detected).cues);
    return out;
  };

  // Matches of the rule set
  const found: Found[] = [];
  const except: { reason: Reason; span: Span }[] = [];
  const clinical: { unit: Unit; span: Span }[] = [];
  const admin: Span[] = [];
  const medSpans: Span[] = [];
  for (const m of matches) {
    const p = rs.payloads[m.ref] as Payload;
    const u = rs.units[p.unit] as Unit;
    const span = { start: m.start, end: m.end };
    switch (u.kind) {
      case 'trigger':
        found.push({
          reason: u.reason as Reason,
          lang: u.lang,
          id: u.id,
          span,
          ruleKey: u.id,
          part: p.part,
          parts: u.parts.length,
        });
        // side effects, interactions, pregnancy and doses asked about are clinical questions too
        if (u.parts.length === 1 && CLINICAL_REASONS.has(u.reason as Reason))
          clinical.push({ unit: u, span });
        break;
      case 'except':
        except.push({ reason: u.reason as Reason, span });
        break;
      case 'clinical':
        clinical.push({ unit: u, span });
        break;
      case 'admin':
        admin.push(span);
        break;
      case 'medword':
        if (span.start >= subjectTokens) medSpans.push(span);
        break;
      default:
    }
  }

  // Extra rules of the manager
  const extraNeg: { reason: Reason; span: Span }[] = [];
  if (extras.length > 0) {
    const ec = compileExtras(extras);
    for (const m of ec.matcher.run(doc)) {
      const row = ec.rows[m.ref];
      if (!row) continue;
      const span = { start: m.start, end: m.end };
      const { rule } = row;
      if (rule.kind === 'negation') {
        extraNeg.push({ reason: rule.reason, span });
        continue;
      }
      if (rule.reason !== 'emergency' && !rs.langs.includes(rule.language)) continue;
      found.push({
        reason: rule.reason,
        lang: rule.language,
        id: row.id,
        span,
        ruleKey: row.id,
        part: row.part,
        parts: row.parts,
      });
    }
  }

  // Controlled substances known to the medication lexicon by another name (a brand of elsewhere)
  addControlledFromMedications(doc, medications, rs, found);

  // Judge each phrase in its context (rules of the detected language first, then English)
  const rank = (l: Lang) => (l === detected ? 0 : l === 'en' ? 1 : 2);
  found.sort((a, b) => rank(a.lang) - rank(b.lang));
  const partsOk = new Map<string, Map<number, Found>>();
  for (const f of found) {
    if (except.some((e) => e.reason === f.reason && e.span.start < f.span.end && f.span.start < e.span.end))
      continue;
    const ctx = assess(doc, f.span, setsFor(f.lang));
    // an emergency is taken for a general question only when the sentence names no person
    if (f.reason === 'emergency' && ctx.question && mentionsPerson(doc, f.span.start)) ctx.question = false;
    // "if this goes on I'll end it": somebody's self-harm counts even as a condition
    if (
      f.reason === 'emergency' &&
      ctx.hypothetical &&
      mentionsPerson(doc, f.span.start) &&
      SELF_HARM.test(doc.tokens.slice(f.span.start, f.span.end).join(' '))
    )
      ctx.hypothetical = false;
    if (SUPPRESS[f.reason].some((k) => ctx[k] === true)) continue;
    if (extraNeg.some((n) => n.reason === f.reason && negates(doc, n.span, f.span))) continue;
    // "ibuprofen for my back pain": the symptom is why a medicine is taken
    if (f.reason === 'symptoms' && indicated(doc, f.span, setsFor(f.lang))) continue;
    // a reaction is somebody's: "side effects" in a newsletter or a prescription is no report
    if (f.reason === 'adverse_reaction' && !reportNear(doc, f.span, setsFor(f.lang))) continue;
    let byPart = partsOk.get(f.ruleKey);
    if (!byPart) {
      byPart = new Map();
      partsOk.set(f.ruleKey, byPart);
    }
    if (!byPart.has(f.part)) byPart.set(f.part, f);
  }

  const hits: (ReasonHit & { pos: number; span: Span })[] = [];
  const perReason = new Map<Reason, number>();
  const seenPhrase = new Set<string>();
  for (const byPart of partsOk.values()) {
    const any = byPart.values().next().value as Found;
    if (byPart.size < any.parts) continue;
    const spans = [...byPart.values()].map((f) => f.span);
    // a reply's subject is the earlier message's: what it reported is history, what it names is not
    if (!NAMED_IN_SUBJECT.has(any.reason) && spans.every((sp) => sp.start < subjectTokens)) continue;
    const phrase = hitPhrase(doc, spans);
    const key = `${any.reason}|${phrase.toLowerCase()}`;
    if (seenPhrase.has(key)) continue;
    seenPhrase.add(key);
    const first = spans.reduce((a, b) => (b.start < a.start ? b : a));
    hits.push({ reason: any.reason, phrase, rule: any.id, pos: first.start, span: first });
  }

  // A symptom in a message with a medicine in use is a suspected adverse reaction
  if (!hits.some((h) => h.reason === 'adverse_reaction')) {
    const symptom = hits.some((h) => h.reason === 'emergency')
      ? undefined
      : hits.find((h) => h.reason === 'symptoms');
    const inUse = symptom ? medicineInUse(doc, medications, medSpans, found, rs.langs, cuesOf) : null;
    if (symptom && inUse) {
      const lang = detected ?? 'en';
      hits.push({
        reason: 'adverse_reaction',
        phrase: hitPhrase(doc, [symptom.span, inUse]),
        rule: `${lang}.adverse_reaction.linked`,
        pos: symptom.pos,
        span: symptom.span,
      });
    }
  }
  // Two medicines of one class, or a pair known to clash, both in use
  if (!hits.some((h) => h.reason === 'medication_conflict')) {
    for (const pair of medicationPairs(medications, text)) {
      const spans = [pair.first, pair.second].map((m) => medicationSpan(doc, m));
      if (spans.some((sp) => !sp || stoppedOrDenied(doc, sp, setsFor(detected ?? 'en')))) continue;
      const a = spans[0] as Span;
      hits.push({
        reason: 'medication_conflict',
        phrase: `${pair.first.text} + ${pair.second.text}`,
        rule: `pairs.${pair.kind}`,
        pos: a.start,
        span: a,
      });
      break;
    }
  }
  // "symptoms" is for symptoms nothing else explains
  if (hits.some((h) => EXPLAINING.has(h.reason))) {
    for (let i = hits.length - 1; i >= 0; i--) if (hits[i]?.reason === 'symptoms') hits.splice(i, 1);
  }
  hits.sort((a, b) => a.pos - b.pos);
  const out: ReasonHit[] = [];
  for (const h of hits) {
    const n = perReason.get(h.reason) ?? 0;
    if (n >= MAX_HITS_PER_REASON) continue;
    perReason.set(h.reason, n + 1);
    out.push({ reason: h.reason, phrase: h.phrase, rule: h.rule });
  }

  // Clinical question
  let clinicalQuestion: Evidence | null = null;
  const medContext =
    medications.length > 0 ||
    medSpans.length > 0 ||
    found.some((f) => f.reason !== 'prior_auth' && f.reason !== 'medication_conflict');
  if (medContext && clinical.length > 0) {
    clinical.sort((a, b) => a.span.start - b.span.start);
    for (const c of clinical) {
      const r = c.unit.reason;
      if (r && except.some((e) => e.reason === r && e.span.start < c.span.end && c.span.start < e.span.end))
        continue;
      const sid = doc.sent[c.span.start] as number;
      if (!isQuestionSentence(doc, sid, setsFor(c.unit.lang))) continue;
      const seg = doc.seg[c.span.start];
      if (admin.some((a) => doc.seg[a.start] === seg || doc.seg[a.end - 1] === seg)) continue;
      // a short follow-up ("How long will that take?") belongs to the sentence before it
      const short = (doc.sentStart[sid + 1] as number) - (doc.sentStart[sid] as number) <= 7;
      if (short && sid > 0 && admin.some((a) => doc.sent[a.start] === sid - 1)) continue;
      clinicalQuestion = { phrase: spanText(doc, c.span.start, c.span.end), rule: c.unit.id };
      break;
    }
  }

  return { hits: out, clinicalQuestion, ruleSetVersion };
}

/** The tokens of a medicine's first mention (its first word), or null when the text has none. */
function medicationSpan(doc: Doc, med: MedicationMention): Span | null {
  const first = foldString(med.text ?? '')
    .split(/[^a-z0-9]+/)
    .find(Boolean);
  if (!first) return null;
  const i = doc.tokens.indexOf(first);
  return i < 0 ? null : { start: i, end: i + 1 };
}

/** A medicine stopped, never taken, denied or from the past: it clashes with nothing. */
function stoppedOrDenied(doc: Doc, span: Span, sets: CueSet[]): boolean {
  const ctx = assess(doc, span, sets);
  return ctx.discontinued || ctx.negated || ctx.historical || ctx.hypothetical;
}

/** Reasons that explain symptoms: with one of them, `symptoms` is not reported. */
const EXPLAINING = new Set<Reason>(['emergency', 'adverse_reaction', 'allergy', 'pregnancy', 'dosing']);

/** A first-person or caregiver report in the phrase's sentence or the one before or after it. */
function reportNear(doc: Doc, span: Span, sets: CueSet[]): boolean {
  const sid = doc.sent[span.start] as number;
  for (const cs of sets) {
    for (const e of cs.experience) {
      const d = (doc.sent[e.start] as number) - sid;
      if (d >= -1 && d <= 1) return true;
    }
  }
  return false;
}

/** True when an indication cue ("for my", "pour", "tegen") stands right before the phrase. */
function indicated(doc: Doc, span: Span, sets: CueSet[]): boolean {
  for (const cs of sets) {
    for (const c of cs.indication) {
      if (c.end <= span.start && span.start - c.end <= 1 && doc.clause[c.start] === doc.clause[span.start])
        return true;
    }
  }
  return false;
}

/**
 * The span of a medicine being taken: a medicine (lexicon mention, medicine word or controlled
 * substance) in a sentence with an "in use" cue (I take, since I started, je prends, ik slik…).
 */
function medicineInUse(
  doc: Doc,
  meds: MedicationMention[],
  medSpans: Span[],
  found: Found[],
  langs: Lang[],
  cuesOf: (l: Lang) => { cues: CueSet },
): Span | null {
  const spans: Span[] = [...medSpans];
  for (const f of found) if (f.reason === 'controlled_substance') spans.push(f.span);
  if (meds.length > 0) {
    for (const m of meds) {
      for (let i = 0; i < doc.tokens.length; i++) {
        const os = doc.map[doc.starts[i] as number] as number;
        if (os >= m.start && os < m.end) {
          spans.push({ start: i, end: i + 1 });
          break;
        }
      }
    }
  }
  if (spans.length === 0) return null;
  const useSentences = new Set<number>();
  for (const l of langs) {
    const cues = cuesOf(l).cues;
    for (const u of cues.inUse) {
      // "je ne prends aucun traitement", "I don't take anything"
      const negated = cues.negPre.some(
        (c) => c.end <= u.start && u.start - c.end <= 2 && doc.sent[c.start] === doc.sent[u.start],
      );
      const after = [...cues.negPost, ...cues.negPre].some(
        (c) => c.start >= u.end && c.start - u.end <= 2 && doc.sent[c.start] === doc.sent[u.start],
      );
      if (!negated && !after) useSentences.add(doc.sent[u.start] as number);
    }
    // "I took paracetamol but it doesn't help": treatment of the symptom, not a reaction to it
    for (const f of cues.notHelping) useSentences.delete(doc.sent[f.start] as number);
  }
  for (const sp of spans) if (useSentences.has(doc.sent[sp.start] as number)) return sp;
  return null;
}

/** Pronouns, possessives and family words of our languages (after folding). */
const PERSON_WORDS = new Set(
  (
    'i me my mine we our he his him she her they their son daughter child kid baby mum mom mother dad father husband wife ' +
    'je j me mon ma mes nous notre il elle son sa ses fils fille enfant bebe mere pere mari femme ' +
    'ik mij me mijn wij we ons onze hij zij ze zijn haar zoon dochter kind baby moeder vader man vrouw ' +
    'jeg mig min mit mine vi vores han hun hans hendes soen datter barn mor far mand kone ' +
    'ich mich mir mein meine meiner wir unser er sie sein seine ihr ihre sohn tochter kind mutter vater mann frau ' +
    'yo mi mis nosotros el ella su sus hijo hija nino nina bebe madre padre marido mujer'
  ).split(' '),
);

function mentionsPerson(doc: Doc, tokenIndex: number): boolean {
  const sid = doc.sent[tokenIndex] as number;
  for (let i = doc.sentStart[sid] as number; i < (doc.sentStart[sid + 1] as number); i++) {
    if (PERSON_WORDS.has(doc.tokens[i] as string)) return true;
  }
  return false;
}

function negates(doc: Doc, cue: Span, span: Span): boolean {
  if (cue.end <= span.start) {
    return span.start - cue.end <= NEG_PRE_WINDOW && doc.clause[cue.start] === doc.clause[span.start];
  }
  if (cue.start >= span.end) {
    return cue.start - span.end <= NEG_POST_WINDOW && doc.clause[cue.start] === doc.clause[span.end - 1];
  }
  return false;
}

// Folded controlled names of each language, first word → unit id
const controlledNames = new Map<Lang, Map<string, string>>();

function controlledIndex(lang: Lang): Map<string, string> {
  let m = controlledNames.get(lang);
  if (m) return m;
  m = new Map();
  for (const line of phraseList(RULES[lang].controlled.names)) {
    const { generic, names } = controlledLine(line);
    for (const name of names) {
      const f = foldString(name).trim();
      if (/^[a-z0-9]+$/.test(f) && !m.has(f))
        m.set(f, `${lang}.controlled_substance.${firstWordId(generic)}`);
    }
  }
  controlledNames.set(lang, m);
  return m;
}

function addControlledFromMedications(
  doc: Doc,
  meds: MedicationMention[],
  rs: RuleSet,
  found: Found[],
): void {
  if (!meds || meds.length === 0) return;
  for (const med of meds) {
    const generic = foldString(med.generic ?? '');
    let id: string | undefined;
    let lang: Lang = 'en';
    for (const l of rs.langs) {
      id = controlledIndex(l).get(generic);
      if (id) {
        lang = l;
        break;
      }
    }
    if (!id) continue;
    const words = foldString(med.text ?? '')
      .split(/[^a-z0-9]+/)
      .filter(Boolean);
    const firstWord = words[0];
    if (!firstWord) continue;
    for (let i = 0; i < doc.tokens.length; i++) {
      if (doc.tokens[i] !== firstWord) continue;
      const span = { start: i, end: i + 1 };
      if (found.some((f) => f.reason === 'controlled_substance' && f.span.start <= i && i < f.span.end))
        continue;
      found.push({
        reason: 'controlled_substance',
        lang,
        id,
        span,
        ruleKey: `${id}@${i}`,
        part: 0,
        parts: 1,
      });
    }
  }
}

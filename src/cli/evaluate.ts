// Quality as TRIAGE_SPEC.md measures it: intent accuracy and macro-F1 over the intents present,
// escalation recall and precision, emergency recall, language accuracy; per language as well.
import type { Intent, TriageOutput } from '../core/types';

export interface Labelled {
  id: string;
  language?: string;
  intent?: Intent;
  escalate?: boolean;
  reasons?: string[];
}

export interface Scores {
  count: number;
  intentAccuracy: number;
  macroF1: number;
  perIntentF1: Record<string, number>;
  escalationRecall: number;
  escalationPrecision: number;
  emergencyRecall: number;
  emergencyCount: number;
  languageAccuracy: number;
  confusion: Record<string, Record<string, number>>;
  missedEscalations: Array<{ id: string; expected: string[]; got: TriageOutput }>;
  falseEscalations: string[];
}

export interface Evaluation extends Scores {
  perLanguage: Record<string, Scores>;
}

const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);

export function score(pairs: Array<{ expected: Labelled; got: TriageOutput }>): Scores {
  const confusion: Record<string, Record<string, number>> = {};
  let correct = 0;
  let langCorrect = 0;
  let langCount = 0;
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let emergencies = 0;
  let emergenciesFound = 0;
  const missed: Scores['missedEscalations'] = [];
  const falseEscalations: string[] = [];
  const withIntent = pairs.filter((p) => p.expected.intent);
  for (const { expected, got } of pairs) {
    if (expected.intent) {
      const row = (confusion[expected.intent] ??= {});
      row[got.intent] = (row[got.intent] ?? 0) + 1;
      if (expected.intent === got.intent) correct++;
    }
    if (expected.language) {
      langCount++;
      if (expected.language === got.language) langCorrect++;
    }
    if (expected.escalate !== undefined) {
      if (expected.escalate && got.escalate) tp++;
      else if (expected.escalate) {
        fn++;
        missed.push({ id: expected.id, expected: expected.reasons ?? [], got });
      } else if (got.escalate) {
        fp++;
        falseEscalations.push(expected.id);
      }
    }
    if (expected.reasons?.includes('emergency')) {
      emergencies++;
      if (got.reasons.includes('emergency')) emergenciesFound++;
    }
  }
  const intents = [...new Set(withIntent.map((p) => p.expected.intent!))].sort();
  const perIntentF1: Record<string, number> = {};
  for (const intent of intents) {
    const t = withIntent.filter((p) => p.expected.intent === intent && p.got.intent === intent).length;
    const predicted = withIntent.filter((p) => p.got.intent === intent).length;
    const actual = withIntent.filter((p) => p.expected.intent === intent).length;
    const precision = ratio(t, predicted);
    const recall = ratio(t, actual);
    perIntentF1[intent] = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  }
  const f1s = Object.values(perIntentF1);
  return {
    count: pairs.length,
    intentAccuracy: ratio(correct, withIntent.length),
    macroF1: f1s.length ? f1s.reduce((a, b) => a + b, 0) / f1s.length : 1,
    perIntentF1,
    escalationRecall: ratio(tp, tp + fn),
    escalationPrecision: ratio(tp, tp + fp),
    emergencyRecall: ratio(emergenciesFound, emergencies),
    emergencyCount: emergencies,
    languageAccuracy: ratio(langCorrect, langCount),
    confusion,
    missedEscalations: missed,
    falseEscalations,
  };
}

export function evaluate(pairs: Array<{ expected: Labelled; got: TriageOutput }>): Evaluation {
  const languages = [...new Set(pairs.map((p) => p.expected.language ?? 'und'))].sort();
  const perLanguage: Record<string, Scores> = {};
  for (const lang of languages)
    perLanguage[lang] = score(pairs.filter((p) => (p.expected.language ?? 'und') === lang));
  return { ...score(pairs), perLanguage };
}

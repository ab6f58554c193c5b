// Softmax regression over hashed features, trained offline by scripts/train.ts. Confidence is the
// temperature-calibrated probability of the top intent; below the threshold a person decides.
import { INTENTS, type Evidence, type Intent } from '../types';
import type { FeatureSet } from './features';
import { MODEL_DATA } from './model-data';
import { unpackWeights, type FeatureWeights } from './packing';

export interface ModelFile {
  version: string;
  classes: Intent[];
  hashBits: number;
  scale: number;
  temperature: number;
  threshold: number;
  weights: string;
}

export interface LoadedModel extends Omit<ModelFile, 'weights'> {
  weights: FeatureWeights;
}

export interface IntentPrediction {
  intent: Intent;
  confidence: number;
  probabilities: Record<Intent, number>;
  evidence: Evidence[];
  needsReview: boolean;
}

let loaded: LoadedModel | null = null;

export function parseModel(json: string): LoadedModel {
  const file = JSON.parse(json) as ModelFile;
  if (file.classes.some((c) => !(INTENTS as readonly string[]).includes(c)))
    throw new Error('model: unknown intent class');
  return { ...file, weights: unpackWeights(file.weights, file.classes.length) };
}

export function intentModel(): LoadedModel {
  if (!loaded) loaded = parseModel(MODEL_DATA);
  return loaded;
}

export function scoreClasses(model: LoadedModel, features: FeatureSet): number[] {
  const scores = new Array<number>(model.classes.length).fill(0);
  for (const [bucket, x] of features.counts) {
    const w = model.weights.get(bucket);
    if (!w) continue;
    for (let c = 0; c < scores.length; c++) scores[c]! += x * w[c]!;
  }
  for (let c = 0; c < scores.length; c++) scores[c]! *= model.scale;
  return scores;
}

export function softmax(scores: number[], temperature = 1): number[] {
  const max = Math.max(...scores);
  const exps = scores.map((s) => Math.exp((s - max) / temperature));
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / sum);
}

const MAX_EVIDENCE = 4;

export function predictIntent(features: FeatureSet, model: LoadedModel = intentModel()): IntentPrediction {
  const probs = softmax(scoreClasses(model, features), model.temperature);
  let best = 0;
  for (let c = 1; c < probs.length; c++) if ((probs[c] ?? 0) > (probs[best] ?? 0)) best = c;
  const contributions: Array<{ phrase: string; value: number }> = [];
  for (const [bucket, phrase] of features.phrases) {
    const w = model.weights.get(bucket)?.[best] ?? 0;
    const x = features.counts.get(bucket) ?? 0;
    if (w > 0) contributions.push({ phrase, value: w * x });
  }
  contributions.sort((a, b) => b.value - a.value);
  const seen = new Set<string>();
  const evidence: Evidence[] = [];
  for (const { phrase } of contributions) {
    if (seen.has(phrase) || [...seen].some((s) => s.includes(phrase) || phrase.includes(s))) continue;
    seen.add(phrase);
    evidence.push({ phrase, rule: `model.${model.classes[best]}` });
    if (evidence.length >= MAX_EVIDENCE) break;
  }
  const probabilities = Object.fromEntries(model.classes.map((c, i) => [c, probs[i] ?? 0])) as Record<
    Intent,
    number
  >;
  const confidence = probs[best] ?? 0;
  return {
    intent: model.classes[best] ?? 'general',
    confidence,
    probabilities,
    evidence,
    needsReview: confidence < model.threshold,
  };
}

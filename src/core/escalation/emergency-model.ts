// A second opinion on emergencies, learned from the corpus: a logistic model over the intent
// model's features (words, stems, pairs, character n-grams) that catches a frightened person's
// wording no rule has yet ("he's gone all grey and won't answer"). It only adds an emergency the
// rules missed; its threshold keeps false alarms under a quarter of a percent of ordinary mail
// in cross-validation (scripts/train.ts).
import { HASH_BITS, type FeatureSet } from '../intent/features';
import { unpackWeights, type FeatureWeights } from '../intent/packing';
import { fnv1a } from '../text/hash';
import type { ReasonHit } from '../types';
import { EMERGENCY_MODEL_DATA } from './emergency-model-data';

export interface EmergencyModelFile {
  version: string;
  scale: number;
  /** Probability from which the model reports an emergency. */
  threshold: number;
  weights: string;
}

export interface EmergencyModel extends Omit<EmergencyModelFile, 'weights'> {
  weights: FeatureWeights;
}

const BUCKET_MASK = (1 << HASH_BITS) - 1;
const BIAS = fnv1a('bias') & BUCKET_MASK;
/** The rules' own verdict is a feature of the intent model; this model must learn the words. */
const RULED_EMERGENCY = fnv1a('sig:reason-emergency') & BUCKET_MASK;
/** Every message's features are scaled to this length: a long mail must not add up to an emergency. */
const INPUT_LENGTH = 4;

/** The factor that brings a message's features (bias and the rules' verdict aside) to INPUT_LENGTH. */
function lengthScale(features: FeatureSet): number {
  let squares = 0;
  for (const [bucket, x] of features.counts)
    if (bucket !== BIAS && bucket !== RULED_EMERGENCY) squares += x * x;
  return squares > 0 ? INPUT_LENGTH / Math.sqrt(squares) : 0;
}

/** What the model reads: the message's features without the rules' verdict, scaled to one length. */
export function emergencyInput(features: FeatureSet): Map<number, number> {
  const scale = lengthScale(features);
  const input = new Map<number, number>();
  for (const [bucket, x] of features.counts) {
    if (bucket === RULED_EMERGENCY) continue;
    input.set(bucket, bucket === BIAS ? x : x * scale);
  }
  return input;
}

let loaded: EmergencyModel | null = null;

export function parseEmergencyModel(json: string): EmergencyModel {
  const file = JSON.parse(json) as EmergencyModelFile;
  return { ...file, weights: unpackWeights(file.weights, 1) };
}

export function emergencyModel(): EmergencyModel {
  if (!loaded) loaded = parseEmergencyModel(EMERGENCY_MODEL_DATA);
  return loaded;
}

export function emergencyProbability(features: FeatureSet, model: EmergencyModel = emergencyModel()): number {
  // emergencyInput() without building the map: this runs on every message
  const scale = lengthScale(features);
  let z = 0;
  for (const [bucket, x] of features.counts) {
    if (bucket === RULED_EMERGENCY) continue;
    const w = model.weights.get(bucket);
    if (w) z += (bucket === BIAS ? x : x * scale) * w[0]! * model.scale;
  }
  return 1 / (1 + Math.exp(-z));
}

const EVIDENCE_WORDS = 3;

/** The model's emergency, with the words that weighed most as its evidence; null under the threshold. */
export function emergencyFromModel(
  features: FeatureSet,
  model: EmergencyModel = emergencyModel(),
): ReasonHit | null {
  if (emergencyProbability(features, model) < model.threshold) return null;
  const weighed: Array<[phrase: string, value: number]> = [];
  for (const [bucket, phrase] of features.phrases) {
    const value = (model.weights.get(bucket)?.[0] ?? 0) * (features.counts.get(bucket) ?? 0);
    if (value > 0 && phrase.length > 2) weighed.push([phrase, value]);
  }
  weighed.sort((a, b) => b[1] - a[1]);
  const words: string[] = [];
  for (const [phrase] of weighed) {
    if (words.some((w) => w.includes(phrase) || phrase.includes(w))) continue;
    words.push(phrase);
    if (words.length === EVIDENCE_WORDS) break;
  }
  return { reason: 'emergency', phrase: words.join(' · ') || '?', rule: 'model.emergency' };
}

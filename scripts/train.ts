// Trains the language identifier and the intent model on corpus/train only (corpus/dev stays held
// out) and writes them as compact data modules into src/core. Deterministic: same corpus, same model.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  emergencyInput,
  emergencyProbability,
  type EmergencyModel,
  type EmergencyModelFile,
} from '../src/core/escalation/emergency-model';
import { HASH_BITS, type FeatureSet } from '../src/core/intent/features';
import { parseModel, scoreClasses, softmax, type ModelFile } from '../src/core/intent/model';
import { WEIGHT_LEVELS, packWeights, unpackWeights, type FeatureWeights } from '../src/core/intent/packing';
import { packProfiles, useProfiles, type ProfileFile } from '../src/core/language/detect';
import { languageFeatures } from '../src/core/language/features';
import { fnv1a, shortHash } from '../src/core/text/hash';
import { prepareMessage } from '../src/core/text/prepare';
import { analyse } from '../src/core/triage';
import { INTENTS, LANGUAGES, type Lang } from '../src/core/types';
import { loadCorpus, type CorpusRow } from './corpus';

const SRC = join(import.meta.dirname, '..', 'src', 'core');
const LANGUAGE_FEATURES_PER_LANG = 700;
const SELECTED_FEATURES = Number(process.env.TRAIN_FEATURES ?? 7_000);
const EPOCHS = Number(process.env.TRAIN_EPOCHS ?? 10);
const LEARNING_RATE = Number(process.env.TRAIN_LR ?? 0.05);
export const CONFIDENCE_THRESHOLD = 0.5;
const BALANCED = process.env.TRAIN_BALANCED !== '0';
const EMERGENCY_FEATURES = Number(process.env.TRAIN_EMERGENCY_FEATURES ?? 3_000);
/** The emergency model may add at most this share of false emergencies to ordinary mail (cross-validated). */
const EMERGENCY_FALSE_ALARMS = 0.0025;
/** Missing an emergency costs more than a false alarm: emergencies weigh this much in training. */
const EMERGENCY_WEIGHT = 3;

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    s ^= s + Math.imul(s ^ (s >>> 7), 0x297a2d39);
    return ((s ^ (s >>> 14)) >>> 0) / 4294967296;
  };
}

export function trainLanguage(rows: CorpusRow[], perLanguage = LANGUAGE_FEATURES_PER_LANG): ProfileFile {
  const languages = [...LANGUAGES];
  const counts = languages.map(() => new Map<string, number>());
  const totals = languages.map(() => 0);
  for (const row of rows) {
    const i = languages.indexOf(row.language as Lang);
    if (i < 0) continue;
    const p = prepareMessage(row);
    for (const f of languageFeatures(`${p.subject}\n${p.fresh}`)) {
      counts[i]!.set(f, (counts[i]!.get(f) ?? 0) + 1);
      totals[i]!++;
    }
  }
  const kept = counts.map((m) =>
    Object.fromEntries(
      [...m.entries()]
        .filter(([, c]) => c >= 2)
        .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
        .slice(0, perLanguage),
    ),
  );
  const vocabulary = new Set(kept.flatMap((k) => Object.keys(k))).size;
  return { languages, totals, vocabulary, counts: kept };
}

interface Example {
  features: FeatureSet;
  label: number;
}

interface EmergencyExample extends Example {
  /** The message's features as triage sees them: the threshold is set on the shipped scoring. */
  raw: FeatureSet;
  /** The rules found an emergency already: the model is judged on what they miss. */
  ruled: boolean;
}

const BUCKET_MASK = (1 << HASH_BITS) - 1;

function examplesOf(rows: CorpusRow[]): { intents: Example[]; emergencies: EmergencyExample[] } {
  const intents: Example[] = [];
  const emergencies: EmergencyExample[] = [];
  for (const row of rows) {
    const analysis = analyse(row);
    intents.push({ features: analysis.features, label: INTENTS.indexOf(row.intent) });
    emergencies.push({
      features: { counts: emergencyInput(analysis.features), phrases: analysis.features.phrases },
      raw: analysis.features,
      label: row.reasons.includes('emergency') ? 1 : 0,
      ruled: !analysis.machineMade && analysis.escalation.hits.some((h) => h.reason === 'emergency'),
    });
  }
  return { intents, emergencies };
}

type Dense = Map<number, Float64Array>;

/** Chi-squared feature selection: the features that tell intents apart, plus bias and signals. */
function selectFeatures(examples: Example[], keep: number, k: number = INTENTS.length): Set<number> {
  const df = new Map<number, Float64Array>();
  const classCount = new Float64Array(k);
  for (const e of examples) {
    classCount[e.label]!++;
    for (const b of e.features.counts.keys()) {
      if (!df.has(b)) df.set(b, new Float64Array(k));
      df.get(b)![e.label]!++;
    }
  }
  const n = examples.length;
  const scored: Array<[number, number]> = [];
  for (const [b, perClass] of df) {
    const d = perClass.reduce((a, v) => a + v, 0);
    if (d < 2) continue;
    let best = 0;
    for (let c = 0; c < k; c++) {
      const a = perClass[c]!;
      const bb = d - a;
      const cc = classCount[c]! - a;
      const dd = n - d - cc;
      const chi = (n * (a * dd - cc * bb) ** 2) / ((a + cc) * (bb + dd) * (a + bb) * (cc + dd) + 1e-9);
      if (chi > best) best = chi;
    }
    scored.push([b, best]);
  }
  scored.sort((x, y) => y[1] - x[1] || x[0] - y[0]);
  const selected = new Set(scored.slice(0, keep).map(([b]) => b));
  for (const b of alwaysKept) selected.add(b);
  return selected;
}

/** Bias and the header/attachment signals stay in the model whatever their chi² (they are rare but telling). */
const alwaysKept = new Set<number>(
  [
    'bias',
    ...['auto_reply', 'bounce', 'report', 'bulk', 'no_reply'].map((k) => `sig:auto-${k}`),
    'sig:attachment',
    'sig:attachment-document',
    'sig:question',
    'sig:empty-body',
    'sig:short',
  ].map((key) => fnv1a(key) & BUCKET_MASK),
);

function restrict(examples: Example[], features: Set<number>): Example[] {
  return examples.map(({ features: f, label }) => ({
    label,
    features: { counts: new Map([...f.counts].filter(([b]) => features.has(b))), phrases: f.phrases },
  }));
}

function trainSoftmax(
  examples: Example[],
  seed: number,
  k: number = INTENTS.length,
  classWeights?: number[],
): Dense {
  const weights: Dense = new Map();
  const grad2: Dense = new Map();
  const random = rng(seed);
  const order = examples.map((_, i) => i);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const idx of order) {
      const { features, label } = examples[idx]!;
      const scores = new Array<number>(k).fill(0);
      for (const [b, x] of features.counts) {
        const w = weights.get(b);
        if (w) for (let c = 0; c < k; c++) scores[c]! += w[c]! * x;
      }
      const probs = softmax(scores);
      for (const [b, x] of features.counts) {
        let w = weights.get(b);
        let g2 = grad2.get(b);
        if (!w || !g2) {
          w = new Float64Array(k);
          g2 = new Float64Array(k);
          weights.set(b, w);
          grad2.set(b, g2);
        }
        for (let c = 0; c < k; c++) {
          const g = (probs[c]! - (c === label ? 1 : 0)) * x * (classWeights?.[label] ?? 1);
          g2[c]! += g * g;
          w[c]! -= (LEARNING_RATE * g) / Math.sqrt(g2[c]! + 1e-8);
        }
      }
    }
  }
  return weights;
}

/** 4-bit weights; the scale clips the top 0.1% so a few large weights do not waste the levels. */
function quantise(weights: Dense, k: number = INTENTS.length): { packed: string; scale: number } {
  const magnitudes: number[] = [];
  for (const w of weights.values()) for (const v of w) magnitudes.push(Math.abs(v));
  magnitudes.sort((a, b) => a - b);
  const clip = magnitudes[Math.floor(magnitudes.length * 0.999)] ?? 1;
  const scale = clip / WEIGHT_LEVELS;
  const quantised: FeatureWeights = new Map();
  for (const [b, w] of weights) {
    const q = Int8Array.from(w, (v) =>
      Math.max(-WEIGHT_LEVELS, Math.min(WEIGHT_LEVELS, Math.round(v / scale))),
    );
    if (q.some((v) => v !== 0)) quantised.set(b, q);
  }
  return { packed: packWeights(quantised, k), scale };
}

function fitTemperature(logits: number[][], labels: number[]): number {
  let best = 1;
  let bestLoss = Infinity;
  for (let t = 0.3; t <= 5; t += 0.05) {
    let loss = 0;
    logits.forEach((l, i) => (loss -= Math.log(Math.max(softmax(l, t)[labels[i]!]!, 1e-12))));
    if (loss < bestLoss) {
      bestLoss = loss;
      best = Math.round(t * 100) / 100;
    }
  }
  return best;
}

/**
 * Every intent weighs the same in training, whatever its share of the corpus: the corpus holds
 * more clinical mail than a pharmacy's inbox does, and the model must not learn that prior.
 */
function balancedWeights(examples: Example[], k: number = INTENTS.length): number[] {
  const counts = new Array<number>(k).fill(0);
  for (const e of examples) counts[e.label]!++;
  return counts.map((c) => (c ? examples.length / (k * c) : 1));
}

function fitModel(examples: Example[], seed: number): Dense {
  const selected = selectFeatures(examples, SELECTED_FEATURES);
  return trainSoftmax(
    restrict(examples, selected),
    seed,
    INTENTS.length,
    BALANCED ? balancedWeights(examples) : undefined,
  );
}

function buildModelFile(weights: Dense, temperature: number, version: string): ModelFile {
  const { packed, scale } = quantise(weights);
  return {
    version,
    classes: [...INTENTS],
    hashBits: HASH_BITS,
    scale,
    temperature,
    threshold: CONFIDENCE_THRESHOLD,
    weights: packed,
  };
}

function crossValidatedLogits(examples: Example[], folds: number): { logits: number[][]; labels: number[] } {
  const logits: number[][] = [];
  const labels: number[] = [];
  for (let f = 0; f < folds; f++) {
    const train = examples.filter((_, i) => i % folds !== f);
    const test = examples.filter((_, i) => i % folds === f);
    const model = parseModel(JSON.stringify(buildModelFile(fitModel(train, 17 + f), 1, 'cv')));
    for (const e of test) {
      logits.push(scoreClasses(model, e.features));
      labels.push(e.label);
    }
  }
  return { logits, labels };
}

/** Two-class softmax = logistic regression; kept as the emergency column only (w1 - w0). */
function fitEmergency(examples: EmergencyExample[], seed: number): Dense {
  const selected = selectFeatures(examples, EMERGENCY_FEATURES, 2);
  const both = trainSoftmax(restrict(examples, selected), seed, 2, [1, EMERGENCY_WEIGHT]);
  return new Map([...both].map(([b, w]) => [b, Float64Array.of(w[1]! - w[0]!)]));
}

function packedEmergency(weights: Dense): EmergencyModel {
  const { packed, scale } = quantise(weights, 1);
  return { version: 'cv', scale, threshold: 1, weights: unpackWeights(packed, 1) };
}

/**
 * The lowest threshold (in steps of 0.05 from 0.5) whose cross-validated false alarms, scored with
 * quantised weights on mail the rules leave alone, stay in budget; above 1 (never fires) if none does.
 */
function emergencyThreshold(examples: EmergencyExample[], folds: number): number {
  const scores = new Array<number>(examples.length);
  for (let f = 0; f < folds; f++) {
    const model = packedEmergency(
      fitEmergency(
        examples.filter((_, i) => i % folds !== f),
        31 + f,
      ),
    );
    examples.forEach((e, i) => {
      if (i % folds === f) scores[i] = emergencyProbability(e.raw, model);
    });
  }
  const ordinary = examples.filter((e) => e.label === 0).length;
  for (let step = 10; step < 20; step++) {
    const t = step / 20;
    const alarms = examples.filter((e, i) => e.label === 0 && !e.ruled && scores[i]! >= t).length;
    if (alarms <= ordinary * EMERGENCY_FALSE_ALARMS) return t;
  }
  return 1.01;
}

function buildEmergencyFile(examples: EmergencyExample[], version: string): EmergencyModelFile {
  const threshold = emergencyThreshold(examples, 5);
  const { packed, scale } = quantise(fitEmergency(examples, 11), 1);
  return { version, scale, threshold, weights: packed };
}

function writeDataModule(path: string, name: string, json: string, comment: string): void {
  writeFileSync(path, `// ${comment}\n// prettier-ignore\nexport const ${name} = ${JSON.stringify(json)};\n`);
}

export function train(): { language: ProfileFile; model: ModelFile; emergency: EmergencyModelFile } {
  const rows = loadCorpus('train').filter((r) => !r.rulesOnly);
  const language = trainLanguage(rows);
  useProfiles(language);
  const { intents: examples, emergencies } = examplesOf(rows);
  const { logits, labels } = crossValidatedLogits(examples, 5);
  const temperature = fitTemperature(logits, labels);
  const cvAccuracy = logits.filter((l, i) => l.indexOf(Math.max(...l)) === labels[i]).length / labels.length;
  const version = `m${shortHash(JSON.stringify(rows.map((r) => [r.id, r.intent])))}`;
  const model = buildModelFile(fitModel(examples, 7), temperature, version);
  const emergency = buildEmergencyFile(
    emergencies,
    `e${shortHash(JSON.stringify(rows.map((r) => [r.id, r.reasons.includes('emergency')])))}`,
  );
  console.log(
    `trained on ${rows.length} messages: 5-fold accuracy ${(cvAccuracy * 100).toFixed(1)}%, temperature ${temperature}, ` +
      `model ${(model.weights.length / 1024).toFixed(0)} KB, language profiles ${(packProfiles(language).length / 1024).toFixed(0)} KB, ` +
      `emergency model ${(emergency.weights.length / 1024).toFixed(0)} KB (threshold ${emergency.threshold})`,
  );
  return { language, model, emergency };
}

if (process.argv[1]?.endsWith('train.ts')) {
  const { language, model, emergency } = train();
  if (process.argv.includes('--dry-run')) process.exit(0);
  writeDataModule(
    join(SRC, 'language', 'profiles-data.ts'),
    'LANGUAGE_DATA',
    packProfiles(language),
    'Generated by `npm run train` from corpus/train: word and trigram counts per language.',
  );
  writeDataModule(
    join(SRC, 'intent', 'model-data.ts'),
    'MODEL_DATA',
    JSON.stringify(model),
    'Generated by `npm run train` from corpus/train: packed softmax weights; see intent/packing.ts.',
  );
  writeDataModule(
    join(SRC, 'escalation', 'emergency-model-data.ts'),
    'EMERGENCY_MODEL_DATA',
    JSON.stringify(emergency),
    'Generated by `npm run train` from corpus/train: packed logistic weights; see escalation/emergency-model.ts.',
  );
}

// `npm run bench`: speed of the triage engine in one process, the model's load time, the bytes the
// model and rules add to dist/Code.js, and the nlp.js baseline trained and measured on the same
// splits. Figures go to standard output and to out/bench.json.
import { build } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { evaluate, type Labelled } from '../src/cli/evaluate';
import { prepareMessage } from '../src/core/text/prepare';
import { toOutput, triageMessage } from '../src/core/triage';
import type { Intent, TriageOutput } from '../src/core/types';
import { loadCorpus, type CorpusRow } from './corpus';
import { packDataPlugin } from './pack-data';

const ROOT = join(import.meta.dirname, '..');
const DATA_FILES = [
  /intent\/model-data\.ts$/,
  /language\/profiles-data\.ts$/,
  /escalation\/rules\//,
  /escalation\/.*data/,
  /extraction\/medications/,
  /extraction\/.*lexicon/,
  // the inflater and its wrapper exist only for the packed data
  /text\/packed\.ts$/,
  /node_modules\/fflate\//,
];

export async function bundleContribution(): Promise<{
  total: number;
  data: number;
  files: Record<string, number>;
}> {
  const result = await build({
    entryPoints: [join(ROOT, 'src/main.ts')],
    bundle: true,
    format: 'iife',
    globalName: 'PharmacyTriage',
    target: 'es2020',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    plugins: [packDataPlugin()],
    write: false,
    metafile: true,
    outfile: 'bench.js',
    logLevel: 'silent',
  });
  const output = Object.values(result.metafile.outputs)[0]!;
  const files: Record<string, number> = {};
  let data = 0;
  for (const [path, info] of Object.entries(output.inputs)) {
    if (!DATA_FILES.some((re) => re.test(path))) continue;
    files[relative(ROOT, path)] = info.bytesInOutput;
    data += info.bytesInOutput;
  }
  return { total: output.bytes, data, files };
}

function speed(rows: CorpusRow[], minMs = 3_000): { perSecond: number; messages: number } {
  let n = 0;
  const start = performance.now();
  while (performance.now() - start < minMs) {
    for (const row of rows) {
      triageMessage(row);
      n++;
    }
  }
  return { perSecond: Math.round(n / ((performance.now() - start) / 1000)), messages: n };
}

async function nlpjsBaseline(
  train: CorpusRow[],
  dev: CorpusRow[],
): Promise<{ evaluation: ReturnType<typeof evaluate>; perSecond: number; trainSeconds: number }> {
  const { containerBootstrap } = (await import('@nlpjs/core')).default;
  const { NluNeural } = (await import('@nlpjs/nlu')).default;
  const langs = {
    en: (await import('@nlpjs/lang-en')).default.LangEn,
    fr: (await import('@nlpjs/lang-fr')).default.LangFr,
    nl: (await import('@nlpjs/lang-nl')).default.LangNl,
    da: (await import('@nlpjs/lang-da')).default.LangDa,
    de: (await import('@nlpjs/lang-de')).default.LangDe,
    es: (await import('@nlpjs/lang-es')).default.LangEs,
  } as Record<string, unknown>;
  const container = await containerBootstrap();
  for (const plugin of Object.values(langs)) container.use(plugin);
  const text = (row: CorpusRow): string => {
    const p = prepareMessage(row);
    return `${p.subject}\n${p.fresh}`.slice(0, 2_000) || '(empty)';
  };
  const models: Record<
    string,
    { process(t: string): Promise<{ classifications: Array<{ intent: string; score: number }> }> }
  > = {};
  const started = performance.now();
  for (const locale of Object.keys(langs)) {
    const corpus = train
      .filter((r) => r.language === locale)
      .map((r) => ({ utterance: text(r), intent: r.intent }));
    if (!corpus.length) continue;
    const nlu = new NluNeural({ locale, log: false }, container);
    await nlu.train(corpus);
    models[locale] = nlu;
  }
  const trainSeconds = (performance.now() - started) / 1000;
  const pairs: Array<{ expected: Labelled; got: TriageOutput }> = [];
  const t0 = performance.now();
  for (const row of dev) {
    const model = models[row.language] ?? models.en!;
    const result = await model.process(text(row));
    const intent = (result.classifications[0]?.intent ?? 'general') as Intent;
    const safeIntent = intent === ('None' as Intent) ? 'general' : intent;
    pairs.push({
      expected: row,
      got: {
        id: row.id,
        language: row.language as TriageOutput['language'],
        intent: safeIntent,
        escalate: safeIntent === 'clinical',
        priority: 'normal',
        reasons: [],
        confidence: result.classifications[0]?.score ?? 0,
        evidence: [],
      },
    });
  }
  const perSecond = Math.round(dev.length / ((performance.now() - t0) / 1000));
  return { evaluation: evaluate(pairs), perSecond, trainSeconds };
}

async function main(): Promise<void> {
  const train = loadCorpus('train').filter((r) => !r.rulesOnly); // what our models learn from
  const dev = loadCorpus('dev');
  const loadStart = performance.now();
  triageMessage({ id: 'warm-up', subject: 'refill', body: 'Could you refill my metformin please?' });
  const loadMs = performance.now() - loadStart;
  const ours = evaluate(dev.map((row) => ({ expected: row, got: toOutput(triageMessage(row)) })));
  const probe = loadCorpus('probe');
  const probed = evaluate(probe.map((row) => ({ expected: row, got: toOutput(triageMessage(row)) })));
  const { perSecond, messages } = speed([...train, ...dev]);
  const bundle = await bundleContribution();
  const baseline = await nlpjsBaseline(train, dev);
  const figures = {
    devMessages: dev.length,
    ours: {
      macroF1: ours.macroF1,
      accuracy: ours.intentAccuracy,
      escalationRecall: ours.escalationRecall,
      escalationPrecision: ours.escalationPrecision,
      emergencyRecall: ours.emergencyRecall,
      languageAccuracy: ours.languageAccuracy,
      messagesPerSecond: perSecond,
      firstMessageMs: Math.round(loadMs * 10) / 10,
    },
    nlpjs: {
      macroF1: baseline.evaluation.macroF1,
      accuracy: baseline.evaluation.intentAccuracy,
      escalationRecall: baseline.evaluation.escalationRecall,
      messagesPerSecond: baseline.perSecond,
      trainSeconds: Math.round(baseline.trainSeconds * 10) / 10,
    },
    probe: {
      messages: probe.length,
      escalationRecall: probed.escalationRecall,
      escalationPrecision: probed.escalationPrecision,
      emergencyRecall: probed.emergencyRecall,
    },
    bundle: { codeJsBytes: bundle.total, modelAndRulesBytes: bundle.data, files: bundle.files },
  };
  const f = (x: number): string => x.toFixed(3);
  console.log(`dev split: ${dev.length} messages (never trained on)`);
  console.log(`                 macro-F1  accuracy  esc.recall  esc.precision  emergency  language  msg/s`);
  console.log(
    `this engine      ${f(ours.macroF1)}     ${f(ours.intentAccuracy)}     ${f(ours.escalationRecall)}       ${f(ours.escalationPrecision)}          ${f(ours.emergencyRecall)}      ${f(ours.languageAccuracy)}     ${perSecond}`,
  );
  console.log(
    `nlp.js baseline  ${f(baseline.evaluation.macroF1)}     ${f(baseline.evaluation.intentAccuracy)}     ${f(baseline.evaluation.escalationRecall)}       -              -          -         ${baseline.perSecond}`,
  );
  console.log(
    `probe split: ${probe.length} messages written by outsiders after the rules, mostly emergencies without the obvious words: ` +
      `escalation recall ${f(probed.escalationRecall)}, precision ${f(probed.escalationPrecision)}, emergency recall ${f(probed.emergencyRecall)}`,
  );
  console.log(
    `speed measured over ${messages} classifications; first message (model and rules load) ${figures.ours.firstMessageMs} ms`,
  );
  console.log(
    `dist/Code.js ${(bundle.total / 1024).toFixed(0)} KB, of which model and rules ${(bundle.data / 1024).toFixed(0)} KB`,
  );
  for (const [file, bytes] of Object.entries(bundle.files))
    console.log(`  ${file.padEnd(48)} ${(bytes / 1024).toFixed(1)} KB`);
  mkdirSync(join(ROOT, 'out'), { recursive: true });
  writeFileSync(join(ROOT, 'out', 'bench.json'), `${JSON.stringify(figures, null, 2)}\n`);
}

if (process.argv[1]?.endsWith('bench.ts')) await main();

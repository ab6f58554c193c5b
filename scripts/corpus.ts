// The team's labelled corpus (corpus/train, corpus/dev): read by training, tests and the benchmark.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Intent, MessageInput, Reason } from '../src/core/types';

export interface CorpusRow extends MessageInput {
  language: string;
  intent: Intent;
  escalate: boolean;
  reasons: Reason[];
  trap?: string;
  /**
   * Written to exercise the escalation rules: administrative mail with a reason in passing, its
   * writer asked for an administrative intent and no emergencies. The models do not learn from it
   * (its intents and emergencies do not follow the contract's labelling); the rules are measured on it.
   */
  rulesOnly?: boolean;
}

export const CORPUS_DIR = join(import.meta.dirname, '..', 'corpus');

export function loadCorpus(split: 'train' | 'dev' | 'probe', languages?: string[]): CorpusRow[] {
  const dir = join(CORPUS_DIR, split);
  const rows: CorpusRow[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()) {
    const lines = readFileSync(join(dir, file), 'utf8').split('\n');
    lines.forEach((line, i) => {
      if (!line.trim()) return;
      try {
        rows.push(JSON.parse(line) as CorpusRow);
      } catch {
        throw new Error(`${split}/${file}:${i + 1}: not valid JSON`);
      }
    });
  }
  return languages ? rows.filter((r) => languages.includes(r.language)) : rows;
}

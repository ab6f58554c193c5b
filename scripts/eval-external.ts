// `npm run eval:external`: the engine on data written by others (../shared/eval/external), for
// measuring only — never read by training or tests. Prints the figures the README quotes.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseEmail } from '../src/cli/parse-email';
import { toOutput, triageMessage } from '../src/core/triage';
import type { MessageInput } from '../src/core/types';

const EXTERNAL = process.argv[2] ?? join(import.meta.dirname, '..', '..', 'shared', 'eval', 'external');

async function main(): Promise<void> {
  if (!existsSync(EXTERNAL)) {
    console.error(`no external evaluation data at ${EXTERNAL}`);
    process.exitCode = 2;
    return;
  }
  const qa = readFileSync(join(EXTERNAL, 'medicationqa.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as MessageInput & { intent: string });
  const results = qa.map((row) => toOutput(triageMessage(row)));
  const escalated = results.filter((r) => r.escalate).length;
  const automated = results.filter((r) => r.intent === 'automated').length;
  const clinical = results.filter((r) => r.intent === 'clinical').length;
  console.log(
    `medicationqa: ${qa.length} questions, escalated ${escalated} (${((escalated / qa.length) * 100).toFixed(1)}%), clinical ${clinical}, automated ${automated}`,
  );

  const dir = join(EXTERNAL, 'eml');
  const started = performance.now();
  const rows: string[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.eml'))
    .sort()) {
    const parsed = await parseEmail(readFileSync(join(dir, file)), file);
    const r = toOutput(triageMessage(parsed));
    rows.push(
      `  ${file.padEnd(52)} ${r.language.padEnd(4)} ${r.intent.padEnd(16)} ${r.escalate ? `escalate ${r.reasons.join(',')}` : ''}`,
    );
  }
  console.log(`eml: ${rows.length} files in ${((performance.now() - started) / 1000).toFixed(2)} s`);
  console.log(rows.join('\n'));
}

await main();

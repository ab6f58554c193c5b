// `npm run -s triage -- <verb>`: the triage engine on local mail, for dry runs and measurement.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { toOutput, triageMessage } from '../core/triage';
import type { MessageInput } from '../core/types';
import { evaluate, type Labelled } from './evaluate';
import { evaluationReport, tableHeader, tableRow } from './format';
import { InputError, openInputs, type Progress } from './inputs';
import { verifyAuditCommand } from './verify-audit';

const USAGE = `usage: npm run -s triage -- <verb> [options]

  classify <file|folder|->   .eml, .mbox (Google Takeout), a folder of them, or JSON Lines
                             (a .jsonl file or - for standard input); one JSON line per message
  eval <labelled.jsonl>      accuracy, macro-F1, escalation recall/precision, emergency recall,
                             language accuracy, confusion matrix, missed escalations
  verify-audit [audit.csv]   recompute the audit trail's hash chain (default out/audit.csv)

options:
  --format json|table        classify: JSON Lines (default) or a table for people;
                             eval: a report (default) or json
  --quiet                    no progress line on standard error`;

interface Options {
  format?: string;
  quiet: boolean;
  positional: string[];
}

function parseArgs(argv: string[]): Options {
  const options: Options = { quiet: false, positional: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--format') options.format = argv[++i];
    else if (arg.startsWith('--format=')) options.format = arg.slice('--format='.length);
    else if (arg === '--quiet') options.quiet = true;
    else options.positional.push(arg);
  }
  return options;
}

function progressReporter(quiet: boolean, progress: Progress): { tick(): void; done(): void } {
  const started = Date.now();
  let count = 0;
  let last = started;
  const tty = process.stderr.isTTY;
  const line = (): string => {
    const seconds = (Date.now() - started) / 1000;
    return `${count} messages, ${(progress.bytes / 1048576).toFixed(1)} MB read, ${Math.round(count / Math.max(seconds, 0.001))}/s, ${Math.round(process.memoryUsage().rss / 1048576)} MB memory`;
  };
  return {
    tick() {
      count++;
      const now = Date.now();
      if (quiet || now - last < (tty ? 500 : 10_000) || now - started < 1_000) return;
      last = now;
      process.stderr.write(tty ? `\r${line()}` : `${line()}\n`);
    },
    done() {
      if (!quiet && Date.now() - started >= 1_000) process.stderr.write(`${tty ? '\r' : ''}${line()}\n`);
    },
  };
}

async function classify(options: Options): Promise<number> {
  const target = options.positional[1];
  if (!target) {
    console.error('classify needs a file, a folder or - for standard input\n\n' + USAGE);
    return 2;
  }
  const progress: Progress = { bytes: 0 };
  const inputs = openInputs(target, progress);
  const reporter = progressReporter(options.quiet, progress);
  const table = options.format === 'table';
  if (table) process.stdout.write(`${tableHeader()}\n`);
  let skipped = 0;
  for await (const item of inputs) {
    if (item.kind === 'skipped') {
      skipped++;
      console.error(`skipped ${item.source}: ${item.problem}`);
      continue;
    }
    const result = toOutput(triageMessage(item.message));
    const ok = process.stdout.write(`${table ? tableRow(result) : JSON.stringify(result)}\n`);
    if (!ok) await new Promise((resolve) => process.stdout.once('drain', resolve));
    reporter.tick();
  }
  reporter.done();
  if (skipped) console.error(`${skipped} unreadable line(s) skipped`);
  return skipped ? 1 : 0;
}

async function evalCommand(options: Options): Promise<number> {
  const path = options.positional[1];
  if (!path) {
    console.error('eval needs a labelled .jsonl file\n\n' + USAGE);
    return 2;
  }
  const pairs: Array<{ expected: Labelled; got: ReturnType<typeof toOutput> }> = [];
  const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  let n = 0;
  try {
    for await (const line of lines) {
      n++;
      if (!line.trim()) continue;
      const row = JSON.parse(line) as Labelled & MessageInput;
      const id = row.id ?? `${path}#${n}`;
      pairs.push({ expected: { ...row, id }, got: toOutput(triageMessage({ ...row, id })) });
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    console.error(code === 'ENOENT' ? `cannot read ${path}: no such file` : `${path}:${n}: not valid JSON`);
    return 2;
  }
  const result = evaluate(pairs);
  console.log(options.format === 'json' ? JSON.stringify(result) : evaluationReport(result));
  return 0;
}

export async function main(argv: string[]): Promise<number> {
  const options = parseArgs(argv);
  try {
    switch (options.positional[0]) {
      case 'classify':
        return await classify(options);
      case 'eval':
        return await evalCommand(options);
      case 'verify-audit':
        return verifyAuditCommand(options.positional[1]);
      case undefined:
      case 'help':
      case '--help':
        console.log(USAGE);
        return options.positional[0] ? 0 : 2;
      default:
        console.error(`unknown verb ${options.positional[0]}\n\n${USAGE}`);
        return 2;
    }
  } catch (error) {
    if (error instanceof InputError) {
      console.error(error.message);
      return 2;
    }
    throw error;
  }
}

const invokedDirectly = process.argv[1]?.endsWith('main.ts') || process.argv[1]?.endsWith('triage');
if (invokedDirectly) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      console.error(`triage failed: ${(error as Error).name}: ${(error as Error).message}`);
      process.exitCode = 70;
    },
  );
}

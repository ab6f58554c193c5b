// Every input the command line accepts, as one ordered stream of messages: .eml files, .mbox
// files, folders of either (sorted, recursive) and JSON Lines from a file or standard input.
import { closeSync, createReadStream, openSync, readSync, readdirSync, statSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import { createInterface } from 'node:readline';
import type { MessageInput } from '../core/types';
import { readMbox } from './mbox';
import { MAX_MESSAGE_BYTES, parseEmail, type ParsedEmail } from './parse-email';

export type InputItem =
  | { kind: 'message'; message: ParsedEmail | MessageInput; source: string }
  | { kind: 'skipped'; source: string; problem: string };

export class InputError extends Error {}

export interface Progress {
  bytes: number;
}

function listFolder(folder: string): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : 1,
    )) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(eml|mbox|jsonl)$/i.test(entry.name)) out.push(path);
    }
  };
  walk(folder);
  return out;
}

/** At most `limit` bytes: parseEmail cuts and flags what is longer; a 2 GB .eml never enters memory. */
function readHead(path: string, limit: number): Buffer {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(Math.min(limit, statSync(path).size));
    const n = readSync(fd, buffer, 0, buffer.length, 0);
    return buffer.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}

async function* readJsonLines(lines: AsyncIterable<string>, source: string): AsyncGenerator<InputItem> {
  let n = 0;
  for await (const line of lines) {
    n++;
    if (!line.trim()) continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      yield { kind: 'skipped', source: `${source}:${n}`, problem: 'not valid JSON' };
      continue;
    }
    if (!value || typeof value !== 'object' || Array.isArray(value)) {
      yield { kind: 'skipped', source: `${source}:${n}`, problem: 'not a JSON object' };
      continue;
    }
    const o = value as Record<string, unknown>;
    const str = (k: string): string | undefined => (typeof o[k] === 'string' ? (o[k] as string) : undefined);
    const headers =
      o.headers && typeof o.headers === 'object'
        ? Object.fromEntries(
            Object.entries(o.headers as Record<string, unknown>).map(([k, v]) => [
              k.toLowerCase(),
              String(v),
            ]),
          )
        : undefined;
    const id = o.id === undefined || o.id === null ? `${source}#${n}` : String(o.id);
    yield {
      kind: 'message',
      source,
      message: {
        id,
        from: str('from'),
        subject: str('subject'),
        body: str('body'),
        html: str('html'),
        headers,
      },
    };
  }
}

async function* readFile(path: string, id: string, progress: Progress): AsyncGenerator<InputItem> {
  const ext = extname(path).toLowerCase();
  if (ext === '.mbox') {
    const name = basename(path);
    for await (const m of readMbox(path, (n) => (progress.bytes += n))) {
      const parsed = await parseEmail(m.raw, `${name}#${m.index}`);
      if (m.truncated) parsed.parseWarnings.push('truncated');
      if (parsed.messageId) parsed.id = parsed.messageId;
      yield { kind: 'message', source: path, message: parsed };
    }
  } else if (ext === '.jsonl' || ext === '.json' || ext === '.ndjson') {
    const stream = createReadStream(path, { encoding: 'utf8' });
    stream.on('data', (chunk) => (progress.bytes += chunk.length));
    yield* readJsonLines(createInterface({ input: stream, crlfDelay: Infinity }), basename(path));
  } else {
    const raw = readHead(path, MAX_MESSAGE_BYTES + 1);
    progress.bytes += raw.length;
    yield { kind: 'message', source: path, message: await parseEmail(raw, id) };
  }
}

/** Throws InputError (before yielding anything) when the path cannot be read. */
export function openInputs(target: string, progress: Progress): AsyncGenerator<InputItem> {
  if (target === '-') {
    return readJsonLines(createInterface({ input: process.stdin, crlfDelay: Infinity }), 'stdin');
  }
  let stat;
  try {
    stat = statSync(target);
  } catch {
    throw new InputError(`cannot read ${target}: no such file or folder`);
  }
  if (stat.isDirectory()) {
    const files = listFolder(target);
    if (!files.length) throw new InputError(`${target} holds no .eml, .mbox or .jsonl file`);
    return (async function* () {
      for (const file of files) yield* readFile(file, relative(target, file), progress);
    })();
  }
  if (!stat.isFile()) throw new InputError(`cannot read ${target}: not a file or folder`);
  const ext = extname(target).toLowerCase();
  if (!['.eml', '.mbox', '.jsonl', '.json', '.ndjson'].includes(ext))
    throw new InputError(`cannot read ${target}: expected a .eml, .mbox or .jsonl file`);
  return readFile(target, basename(target), progress);
}

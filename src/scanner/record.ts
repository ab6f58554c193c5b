// The scanner's memory of each thread it has triaged, independent of labels (which a person can
// delete): which inbound message was classified last, how far the thread was read, and the intent
// label it was given. Kept compact in a few script properties (16 × ≤ 8 KB), pruned by age.
import { fnv1a } from '../core/text/hash';
import { INTENTS, type Intent } from '../core/types';

export interface ThreadState {
  /** Hash of the id of the newest inbound message classified (or quarantined) in the thread. */
  msg: string;
  /** Date (ms) of the newest non-draft message the scanner has looked at: later ones are new. */
  seen: number;
  intent: Intent | null;
  quarantined: boolean;
}

export const SHARD_PREFIX = 'scanner.threads.';
export const SHARDS = 16;
const SHARD_MAX_CHARS = 8_000;
/** Longer than the search window (newer_than:30d), so a thread is never forgotten while it can come back. */
export const RETENTION_MS = 40 * 86_400_000;

export function messageHash(messageId: string): string {
  return fnv1a(messageId).toString(36);
}

export function shardKey(threadId: string): string {
  return SHARD_PREFIX + (fnv1a(threadId) % SHARDS).toString(16);
}

function encodeEntry(threadId: string, s: ThreadState): string {
  const intent = s.intent ? INTENTS.indexOf(s.intent).toString(36) : '-';
  return `${threadId}=${s.msg}.${s.seen.toString(36)}.${intent}${s.quarantined ? 'q' : ''}`;
}

function decodeEntry(text: string): [string, ThreadState] | null {
  const m = /^([A-Za-z0-9_-]+)=([0-9a-z]*)\.([0-9a-z]+)\.([0-9a-z-])(q?)$/.exec(text);
  if (!m) return null;
  const intent = m[4] === '-' ? null : (INTENTS[parseInt(m[4]!, 36)] ?? null);
  return [m[1]!, { msg: m[2]!, seen: parseInt(m[3]!, 36), intent, quarantined: m[5] === 'q' }];
}

export function decodeShard(value: string | undefined | null): Map<string, ThreadState> {
  const map = new Map<string, ThreadState>();
  for (const part of (value ?? '').split(';')) {
    const entry = part ? decodeEntry(part) : null;
    if (entry) map.set(entry[0], entry[1]);
  }
  return map;
}

/** Drops entries older than the retention, then the oldest until the shard fits one property value. */
export function encodeShard(map: Map<string, ThreadState>, now: number): string {
  const entries = [...map]
    .filter(([, s]) => s.seen >= now - RETENTION_MS)
    .sort((a, b) => b[1].seen - a[1].seen);
  const parts: string[] = [];
  let size = 0;
  for (const [id, s] of entries) {
    const text = encodeEntry(id, s);
    if (size + text.length + 1 > SHARD_MAX_CHARS) break;
    parts.push(text);
    size += text.length + 1;
  }
  return parts.join(';');
}

export class ThreadRecords {
  private readonly shards = new Map<string, Map<string, ThreadState>>();
  private readonly dirty = new Set<string>();

  constructor(private readonly properties: Record<string, string>) {}

  private shard(threadId: string): [string, Map<string, ThreadState>] {
    const key = shardKey(threadId);
    let map = this.shards.get(key);
    if (!map) {
      map = decodeShard(this.properties[key]);
      this.shards.set(key, map);
    }
    return [key, map];
  }

  get(threadId: string): ThreadState | undefined {
    return this.shard(threadId)[1].get(threadId);
  }

  set(threadId: string, state: ThreadState): void {
    const [key, map] = this.shard(threadId);
    map.set(threadId, state);
    this.dirty.add(key);
  }

  /** The shards changed since loading, encoded for one setProperties call. */
  changed(now: number): Record<string, string> {
    const out: Record<string, string> = {};
    for (const key of this.dirty) out[key] = encodeShard(this.shards.get(key)!, now);
    return out;
  }
}

/** Threads that failed in consecutive runs: attempts, last error code and the message concerned. */
export interface Failure {
  n: number;
  code: string;
  msg: string;
}

export const FAILURES_KEY = 'scanner.failures';
const FAILURES_MAX_CHARS = 8_000;

export function decodeFailures(value: string | undefined | null): Record<string, Failure> {
  try {
    const parsed = JSON.parse(value ?? '{}') as Record<string, Failure>;
    return parsed && typeof parsed === 'object' ? parsed : {};
  } catch {
    return {};
  }
}

/** The most-tried failures that fit one property value. */
export function encodeFailures(failures: Record<string, Failure>): string {
  const kept: Record<string, Failure> = {};
  let size = 2;
  for (const [id, f] of Object.entries(failures).sort((a, b) => b[1].n - a[1].n)) {
    const entry = JSON.stringify({ [id]: f }).length;
    if (size + entry > FAILURES_MAX_CHARS) break;
    kept[id] = f;
    size += entry;
  }
  return JSON.stringify(kept);
}

/**
 * Intents a run is about to label threads with, written before the labels: if the run dies before
 * its record, the next run knows which intent labels may be left on a thread and removes them.
 * Every intent noted for a thread is kept until a record covers the thread.
 */
export const PENDING_KEY = 'scanner.pending';
const PENDING_MAX_CHARS = 8_000;

export function decodePending(value: string | undefined | null): Map<string, Intent[]> {
  const map = new Map<string, Intent[]>();
  for (const part of (value ?? '').split(';')) {
    const m = /^([A-Za-z0-9_-]+):([0-9a-z]+)$/.exec(part);
    if (!m) continue;
    const intents = [...m[2]!].map((c) => INTENTS[parseInt(c, 36)]).filter((i): i is Intent => !!i);
    if (intents.length) map.set(m[1]!, intents);
  }
  return map;
}

export function notePending(map: Map<string, Intent[]>, threadId: string, intent: Intent): void {
  const intents = map.get(threadId) ?? [];
  map.delete(threadId);
  map.set(threadId, intents.includes(intent) ? intents : [...intents, intent]);
}

export function encodePending(map: Map<string, Intent[]>): string {
  const parts = [...map].map(
    ([id, intents]) => `${id}:${intents.map((i) => INTENTS.indexOf(i).toString(36)).join('')}`,
  );
  let text = parts.join(';');
  // Newest entries are last; when over the limit the oldest go first.
  while (text.length > PENDING_MAX_CHARS) text = text.slice(text.indexOf(';') + 1);
  return text;
}

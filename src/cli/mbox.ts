// Streams an mbox (as Google Takeout exports it) one message at a time, so a multi-gigabyte export
// is read in bounded memory: at most one message (capped) plus one read buffer is held.
import { createReadStream } from 'node:fs';
import { MAX_MESSAGE_BYTES } from './parse-email';

export interface MboxMessage {
  index: number;
  raw: Uint8Array;
  truncated: boolean;
}

const FROM_LINE =
  /^From \S+ +(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) /;
const ESCAPED_FROM = /^>+From /;
const F = 0x46;
const GT = 0x3e;
const LF = 0x0a;

export async function* readMbox(path: string, onBytes?: (n: number) => void): AsyncGenerator<MboxMessage> {
  let parts: Buffer[] = [];
  let size = 0;
  let truncated = false;
  let started = false;
  let index = 0;
  let pending: Buffer = Buffer.alloc(0);

  const append = (piece: Buffer): void => {
    if (!started || piece.length === 0) return;
    if (size + piece.length > MAX_MESSAGE_BYTES) {
      const room = MAX_MESSAGE_BYTES - size;
      if (room > 0) parts.push(Buffer.from(piece.subarray(0, room)));
      size = MAX_MESSAGE_BYTES;
      truncated = true;
      return;
    }
    parts.push(Buffer.from(piece));
    size += piece.length;
  };
  const finish = (): MboxMessage | null => {
    if (!started) return null;
    const message = { index: ++index, raw: Buffer.concat(parts, size), truncated };
    parts = [];
    size = 0;
    truncated = false;
    return message;
  };

  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
    const data = chunk as Buffer;
    onBytes?.(data.length);
    const buf = pending.length ? Buffer.concat([pending, data]) : data;
    let segment = 0;
    let pos = 0;
    const ready: MboxMessage[] = [];
    for (;;) {
      const nl = buf.indexOf(LF, pos);
      if (nl < 0) break;
      const first = buf[pos];
      if (first === F || first === GT) {
        const line = buf.toString('latin1', pos, Math.min(nl, pos + 120));
        if (first === F && FROM_LINE.test(line)) {
          append(buf.subarray(segment, pos));
          const done = finish();
          if (done) ready.push(done);
          started = true;
          segment = nl + 1;
        } else if (first === GT && ESCAPED_FROM.test(line)) {
          append(buf.subarray(segment, pos));
          segment = pos + 1;
        }
      }
      pos = nl + 1;
    }
    append(buf.subarray(segment, pos));
    pending = Buffer.from(buf.subarray(pos));
    if (pending.length > MAX_MESSAGE_BYTES) {
      // A line longer than any message can be: keep what fits, never the whole line in memory.
      append(pending);
      pending = Buffer.alloc(0);
    }
    for (const message of ready) yield message;
  }
  append(pending);
  const last = finish();
  if (last) yield last;
}

import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import PostalMime, { type Address, type Attachment } from 'postal-mime';
import { emailOf } from './addresses';
import type { AttachmentInput, Mailbox, MessageInput, MessageRecord } from './mailbox';

export interface LoadSamplesOptions {
  ownAddress?: string;
  applyTakeoutLabels?: boolean;
}

export interface LoadedMessage {
  source: string;
  record: MessageRecord;
  staff: boolean;
}

interface Parsed {
  source: string;
  input: MessageInput;
  staff: boolean;
  takeoutThread: string | null;
  keys: string[];
}

const TAKEOUT_SYSTEM = new Set([
  'inbox',
  'unread',
  'opened',
  'important',
  'sent',
  'starred',
  'drafts',
  'spam',
  'trash',
  'archived',
  'chat',
]);

function formatAddress(a: Address): string {
  if (a.group) return a.group.map(formatAddress).join(', ');
  if (!a.name) return a.address ?? '';
  const name = /[",;<>@]/.test(a.name) ? `"${a.name.replace(/"/g, '\\"')}"` : a.name;
  return `${name} <${a.address ?? ''}>`;
}

function formatList(list: Address[] | undefined): string {
  return (list ?? []).map(formatAddress).join(', ');
}

function attachmentInput(a: Attachment): AttachmentInput {
  const data =
    typeof a.content === 'string'
      ? Buffer.from(a.content, a.encoding === 'base64' ? 'base64' : 'utf8')
      : new Uint8Array(a.content);
  return {
    name: a.filename ?? 'attachment',
    contentType: a.mimeType,
    data,
    inline: a.disposition === 'inline',
  };
}

function messageIds(text: string | undefined): string[] {
  return text?.match(/<[^>]+>/g) ?? [];
}

export async function parseMessage(
  raw: string | Buffer,
  source: string,
  ownAddress?: string,
): Promise<Parsed> {
  const text = typeof raw === 'string' ? raw : raw.toString('utf8');
  const email = await PostalMime.parse(typeof raw === 'string' ? raw : new Uint8Array(raw));
  const header = (name: string) => email.headers.find((h) => h.key === name)?.value;
  const from = email.from ? formatAddress(email.from) : '';
  const staff = !!ownAddress && emailOf(from) === ownAddress.toLowerCase();
  const labels = (header('x-gmail-labels') ?? '')
    .split(',')
    .map((l) => l.trim())
    .filter(Boolean);
  const lower = labels.map((l) => l.toLowerCase());
  const references = messageIds(email.references);
  const messageId = email.messageId ?? undefined;
  const input: MessageInput = {
    from,
    to: formatList(email.to),
    cc: formatList(email.cc),
    bcc: formatList(email.bcc),
    replyTo: formatList(email.replyTo),
    subject: email.subject ?? '',
    plainBody: email.text ?? undefined,
    htmlBody: email.html ?? undefined,
    date: email.date ? new Date(email.date) : undefined,
    raw: text,
    attachments: email.attachments.map(attachmentInput),
    messageId,
    inReplyTo: messageIds(email.inReplyTo)[0],
    references,
    unread: labels.length ? lower.includes('unread') : !staff,
    inInbox: labels.length ? lower.includes('inbox') : !staff,
    starred: lower.includes('starred'),
    labels: labels.filter((l, i) => !TAKEOUT_SYSTEM.has(lower[i] ?? '') && !/^category /i.test(l)),
  };
  const thrid = header('x-gm-thrid');
  return {
    source,
    input,
    staff,
    takeoutThread: thrid && /^\d+$/.test(thrid) ? BigInt(thrid).toString(16) : null,
    keys: [messageId, ...messageIds(email.inReplyTo), ...references].filter((k): k is string => !!k),
  };
}

/** Splits a Google Takeout mbox file: each message starts with a "From " line; ">From " lines are unescaped. */
export function splitMbox(text: string): string[] {
  const messages: string[] = [];
  let current: string[] | null = null;
  for (const line of text.split(/\r?\n/)) {
    if (line.startsWith('From ')) {
      if (current) messages.push(current.join('\r\n'));
      current = [];
      continue;
    }
    current?.push(line.replace(/^>(>*From )/, '$1'));
  }
  if (current) messages.push(current.join('\r\n'));
  return messages.map((m) => m.replace(/(\r\n)+$/, '\r\n')).filter((m) => m.trim());
}

function groupThreads(parsed: Parsed[]): Parsed[][] {
  const parent = parsed.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] ?? i] ?? i;
    return i;
  };
  const owner = new Map<string, number>();
  parsed.forEach((p, i) => {
    for (const key of [...p.keys, ...(p.takeoutThread ? [`thrid:${p.takeoutThread}`] : [])]) {
      const seen = owner.get(key);
      if (seen === undefined) owner.set(key, i);
      else parent[find(i)] = find(seen);
    }
  });
  const groups = new Map<number, Parsed[]>();
  parsed.forEach((p, i) => {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), p]);
  });
  return [...groups.values()];
}

export async function parseSamples(folder: string, ownAddress?: string): Promise<Parsed[]> {
  const files = (await readdir(folder)).sort();
  const parsed: Parsed[] = [];
  for (const file of files) {
    const full = path.join(folder, file);
    if (file.endsWith('.eml')) parsed.push(await parseMessage(await readFile(full), file, ownAddress));
    if (file.endsWith('.mbox')) {
      const chunks = splitMbox(await readFile(full, 'utf8'));
      for (const [i, chunk] of chunks.entries())
        parsed.push(await parseMessage(chunk, `${file}#${i + 1}`, ownAddress));
    }
  }
  return parsed;
}

export function addParsed(
  mailbox: Mailbox,
  parsed: Parsed[],
  opts: LoadSamplesOptions = {},
): LoadedMessage[] {
  const loaded: LoadedMessage[] = [];
  for (const group of groupThreads(parsed)) {
    const ordered = [...group].sort(
      (a, b) => new Date(a.input.date ?? 0).getTime() - new Date(b.input.date ?? 0).getTime(),
    );
    const threadId = ordered.find((p) => p.takeoutThread)?.takeoutThread ?? undefined;
    let current = threadId && !mailbox.threads.has(threadId) ? threadId : undefined;
    for (const p of ordered) {
      const labels = opts.applyTakeoutLabels === false ? [] : p.input.labels;
      const record = mailbox.addMessage({ ...p.input, labels, threadId: current });
      current = record.threadId;
      loaded.push({ source: p.source, record, staff: p.staff });
    }
  }
  return loaded;
}

export async function loadSamplesInto(
  mailbox: Mailbox,
  folder: string,
  opts: LoadSamplesOptions = {},
): Promise<LoadedMessage[]> {
  const own = opts.ownAddress ?? mailbox.ownAddress;
  return addParsed(mailbox, await parseSamples(folder, own), opts);
}

export async function loadMessagesInto(
  mailbox: Mailbox,
  raws: string[],
  opts: LoadSamplesOptions = {},
): Promise<LoadedMessage[]> {
  const own = opts.ownAddress ?? mailbox.ownAddress;
  const parsed = await Promise.all(raws.map((raw, i) => parseMessage(raw, `message#${i + 1}`, own)));
  return addParsed(mailbox, parsed, opts);
}

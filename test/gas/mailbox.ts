import type { FakeClock } from './clock';

export interface AttachmentInput {
  name: string;
  contentType?: string;
  data: string | Uint8Array | readonly number[];
  inline?: boolean;
}

export interface MessageInput {
  id?: string;
  threadId?: string;
  from?: string;
  to?: string;
  cc?: string;
  bcc?: string;
  replyTo?: string;
  subject?: string;
  plainBody?: string;
  htmlBody?: string;
  date?: number | Date | string;
  headers?: Record<string, string> | ReadonlyArray<readonly [string, string]>;
  raw?: string;
  attachments?: AttachmentInput[];
  unread?: boolean;
  inInbox?: boolean;
  starred?: boolean;
  trashed?: boolean;
  draft?: boolean;
  labels?: string[];
  messageId?: string;
  inReplyTo?: string;
  references?: string[];
}

export interface MessageRecord {
  id: string;
  threadId: string;
  from: string;
  to: string;
  cc: string;
  bcc: string;
  replyTo: string;
  subject: string;
  plainBody: string;
  htmlBody: string;
  date: number;
  headers: Array<[string, string]>;
  raw: string | null;
  attachments: AttachmentInput[];
  unread: boolean;
  inInbox: boolean;
  starred: boolean;
  trashed: boolean;
  draft: boolean;
  labels: Set<string>;
  messageId: string;
  inReplyTo: string;
  references: string[];
}

export interface ThreadRecord {
  id: string;
  messageIds: string[];
  important: boolean;
}

export interface DraftRecord {
  id: string;
  messageId: string;
}

export function parseHeaderBlock(raw: string): Array<[string, string]> {
  const end = raw.search(/\r?\n\r?\n/);
  const block = end < 0 ? raw : raw.slice(0, end);
  const headers: Array<[string, string]> = [];
  for (const line of block.split(/\r?\n/)) {
    const last = headers[headers.length - 1];
    if (/^[ \t]/.test(line) && last) last[1] += ` ${line.trim()}`;
    else {
      const colon = line.indexOf(':');
      if (colon > 0) headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
    }
  }
  return headers;
}

export function stripHtml(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, '')
    .replace(/<br\s*\/?>|<\/p>|<\/div>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

export class Mailbox {
  readonly threads = new Map<string, ThreadRecord>();
  readonly messages = new Map<string, MessageRecord>();
  readonly labels = new Set<string>();
  readonly drafts = new Map<string, DraftRecord>();
  private counter = 0;

  constructor(
    readonly ownAddress: string,
    private readonly clock: FakeClock,
  ) {}

  nextId(): string {
    this.counter += 1;
    return (0x194a0b1c2d300000n + BigInt(this.counter) * 0x1f3n).toString(16);
  }

  nextDraftId(): string {
    return `r-${7300000000000000000n + BigInt(this.counter++)}`;
  }

  createLabel(name: string): string {
    this.labels.add(name);
    return name;
  }

  deleteLabel(name: string): void {
    this.labels.delete(name);
    for (const message of this.messages.values()) message.labels.delete(name);
  }

  addThread(inputs: MessageInput[]): ThreadRecord {
    const [first, ...rest] = inputs;
    if (!first) throw new Error('addThread needs at least one message');
    const head = this.addMessage(first);
    for (const input of rest) this.addMessage({ ...input, threadId: head.threadId });
    return this.thread(head.threadId);
  }

  addMessage(input: MessageInput): MessageRecord {
    const id = input.id ?? this.nextId();
    if (this.messages.has(id)) throw new Error(`Duplicate message id ${id}`);
    const threadId = input.threadId ?? this.findThreadFor(input) ?? id;
    const record = this.buildRecord(id, threadId, input);
    for (const label of record.labels) this.labels.add(label);
    this.messages.set(id, record);
    let thread = this.threads.get(threadId);
    if (!thread) {
      thread = { id: threadId, messageIds: [], important: false };
      this.threads.set(threadId, thread);
    }
    thread.messageIds.push(id);
    thread.messageIds.sort((a, b) => this.message(a).date - this.message(b).date);
    return record;
  }

  deleteThread(id: string): void {
    const thread = this.threads.get(id);
    if (!thread) return;
    for (const messageId of thread.messageIds) this.messages.delete(messageId);
    for (const [draftId, draft] of this.drafts)
      if (!this.messages.has(draft.messageId)) this.drafts.delete(draftId);
    this.threads.delete(id);
  }

  thread(id: string): ThreadRecord {
    const thread = this.threads.get(id);
    if (!thread) throw new Error(`No thread ${id}`);
    return thread;
  }

  message(id: string): MessageRecord {
    const message = this.messages.get(id);
    if (!message) throw new Error(`No message ${id}`);
    return message;
  }

  threadMessages(threadId: string): MessageRecord[] {
    return this.thread(threadId).messageIds.map((id) => this.message(id));
  }

  threadLabels(threadId: string): string[] {
    const names = new Set<string>();
    for (const message of this.threadMessages(threadId)) for (const label of message.labels) names.add(label);
    return [...names].filter((name) => this.labels.has(name)).sort();
  }

  lastDate(threadId: string): number {
    const dates = this.threadMessages(threadId)
      .filter((m) => !m.draft)
      .map((m) => m.date);
    return dates.length ? Math.max(...dates) : 0;
  }

  listDrafts(): Array<{ draft: DraftRecord; message: MessageRecord }> {
    return [...this.drafts.values()].map((draft) => ({ draft, message: this.message(draft.messageId) }));
  }

  private findThreadFor(input: MessageInput): string | undefined {
    const wanted = [input.inReplyTo, ...(input.references ?? [])].filter((v): v is string => !!v);
    if (wanted.length === 0) return undefined;
    for (const message of this.messages.values())
      if (wanted.includes(message.messageId)) return message.threadId;
    return undefined;
  }

  private buildRecord(id: string, threadId: string, input: MessageInput): MessageRecord {
    const date = input.date === undefined ? this.clock.now() : new Date(input.date).getTime();
    const htmlBody = input.htmlBody ?? '';
    const plainBody = input.plainBody ?? stripHtml(htmlBody);
    const given: Array<[string, string]> = Array.isArray(input.headers)
      ? input.headers.map(([k, v]) => [k, v])
      : Object.entries(input.headers ?? {});
    const record: MessageRecord = {
      id,
      threadId,
      from: input.from ?? 'Unknown <unknown@example.com>',
      to: input.to ?? this.ownAddress,
      cc: input.cc ?? '',
      bcc: input.bcc ?? '',
      replyTo: input.replyTo ?? '',
      subject: input.subject ?? '',
      plainBody,
      htmlBody: htmlBody || plainBody,
      date,
      headers: [],
      raw: input.raw ?? null,
      attachments: input.attachments ?? [],
      unread: input.unread ?? !input.draft,
      inInbox: input.inInbox ?? !input.draft,
      starred: input.starred ?? false,
      trashed: input.trashed ?? false,
      draft: input.draft ?? false,
      labels: new Set(input.labels ?? []),
      messageId: input.messageId ?? `<${id}@mail.fake>`,
      inReplyTo: input.inReplyTo ?? '',
      references: input.references ?? [],
    };
    record.headers = record.raw ? parseHeaderBlock(record.raw) : [...synthesizeHeaders(record), ...given];
    return record;
  }
}

function synthesizeHeaders(m: MessageRecord): Array<[string, string]> {
  const headers: Array<[string, string]> = [
    ['From', m.from],
    ['To', m.to],
    ['Subject', m.subject],
    ['Date', new Date(m.date).toUTCString().replace('GMT', '+0000')],
    ['Message-ID', m.messageId],
  ];
  if (m.cc) headers.push(['Cc', m.cc]);
  if (m.replyTo) headers.push(['Reply-To', m.replyTo]);
  if (m.inReplyTo) headers.push(['In-Reply-To', m.inReplyTo]);
  if (m.references.length) headers.push(['References', m.references.join(' ')]);
  return headers;
}

export function synthesizeRaw(m: MessageRecord): string {
  const head = m.headers.map(([k, v]) => `${k}: ${v}`).join('\r\n');
  return `${head}\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset="UTF-8"\r\n\r\n${m.plainBody}`;
}

import { emailOf, splitAddresses } from './addresses';
import { FakeBlob } from './blob';
import { MESSAGES } from './errors';
import { GasObject, type Execution } from './execution';
import { synthesizeRaw, type AttachmentInput, type Mailbox, type MessageRecord } from './mailbox';
import type { Faked } from './types';

import Gm = GoogleAppsScript.Gmail;

export type GmailThreadApi = Faked<
  Gm.GmailThread,
  | 'getId'
  | 'getMessages'
  | 'getMessageCount'
  | 'getFirstMessageSubject'
  | 'getLastMessageDate'
  | 'getLabels'
  | 'addLabel'
  | 'removeLabel'
  | 'getPermalink'
  | 'isInInbox'
  | 'isUnread'
  | 'isImportant'
  | 'hasStarredMessages'
  | 'markRead'
  | 'markUnread'
  | 'moveToArchive'
  | 'moveToInbox'
  | 'refresh'
  | 'createDraftReply'
  | 'createDraftReplyAll'
  | 'reply'
  | 'replyAll'
>;

export type GmailMessageApi = Faked<
  Gm.GmailMessage,
  | 'getId'
  | 'getThread'
  | 'getFrom'
  | 'getTo'
  | 'getCc'
  | 'getBcc'
  | 'getReplyTo'
  | 'getSubject'
  | 'getPlainBody'
  | 'getBody'
  | 'getDate'
  | 'getHeader'
  | 'getRawContent'
  | 'getAttachments'
  | 'isInInbox'
  | 'isUnread'
  | 'isDraft'
  | 'isStarred'
  | 'isInTrash'
  | 'markRead'
  | 'markUnread'
  | 'refresh'
  | 'createDraftReply'
  | 'createDraftReplyAll'
  | 'reply'
  | 'replyAll'
  | 'forward'
>;

export type GmailLabelApi = Faked<
  Gm.GmailLabel,
  | 'getName'
  | 'addToThread'
  | 'addToThreads'
  | 'removeFromThread'
  | 'removeFromThreads'
  | 'getThreads'
  | 'getUnreadCount'
  | 'deleteLabel'
>;

export type GmailDraftApi = Faked<
  Gm.GmailDraft,
  'getId' | 'getMessage' | 'getMessageId' | 'send' | 'deleteDraft' | 'update'
>;

export type GmailAttachmentApi = Faked<
  Gm.GmailAttachment,
  | 'getName'
  | 'getContentType'
  | 'getSize'
  | 'getBytes'
  | 'getDataAsString'
  | 'getHash'
  | 'copyBlob'
  | 'isGoogleType'
>;

export const LABEL_BATCH_LIMIT = 100;

export interface GmailScope {
  exec: Execution;
  mailbox: Mailbox;
}

export class FakeGmailAttachment extends FakeBlob implements GmailAttachmentApi {
  constructor(input: AttachmentInput) {
    super(input.data, input.contentType ?? 'application/octet-stream', input.name);
  }

  override getName(): string {
    return super.getName() ?? '';
  }

  override getContentType(): string {
    return super.getContentType() ?? 'application/octet-stream';
  }

  getSize(): number {
    return this.size;
  }

  getHash(): string {
    return this.sha1();
  }
}

export class FakeGmailLabel extends GasObject implements GmailLabelApi {
  constructor(
    private readonly scope: GmailScope,
    readonly name: string,
  ) {
    super(scope.exec, 'gmail', 'GmailLabel');
  }

  private checkExists(): void {
    if (!this.scope.mailbox.labels.has(this.name)) this.fail(MESSAGES.notFound);
  }

  private apply(method: string, threads: GmailThreadApi[], add: boolean): this {
    return this.io(method, () => {
      if (threads.length > LABEL_BATCH_LIMIT) this.fail(MESSAGES.labelBatch);
      this.checkExists();
      for (const thread of threads) {
        for (const message of threadRecords(this.scope, thread, this)) {
          if (add) message.labels.add(this.name);
          else message.labels.delete(this.name);
        }
      }
      return this;
    });
  }

  getName(): string {
    return this.exec.nonIo('GmailLabel.getName', () => this.name);
  }

  addToThread(thread: GmailThreadApi): this {
    return this.apply('addToThread', [thread], true);
  }

  addToThreads(threads: GmailThreadApi[]): this {
    return this.apply('addToThreads', threads, true);
  }

  removeFromThread(thread: GmailThreadApi): this {
    return this.apply('removeFromThread', [thread], false);
  }

  removeFromThreads(threads: GmailThreadApi[]): this {
    return this.apply('removeFromThreads', threads, false);
  }

  getThreads(start = 0, max = 500): FakeGmailThread[] {
    return this.io('getThreads', () => {
      this.checkExists();
      const { mailbox } = this.scope;
      const ids = [...mailbox.threads.keys()]
        .filter((id) => mailbox.threadLabels(id).includes(this.name))
        .sort((a, b) => mailbox.lastDate(b) - mailbox.lastDate(a));
      return ids.slice(start, start + max).map((id) => new FakeGmailThread(this.scope, id));
    });
  }

  getUnreadCount(): number {
    return this.io('getUnreadCount', () => {
      const { mailbox } = this.scope;
      return [...mailbox.threads.keys()].filter(
        (id) =>
          mailbox.threadLabels(id).includes(this.name) && mailbox.threadMessages(id).some((m) => m.unread),
      ).length;
    });
  }

  deleteLabel(): void {
    this.io('deleteLabel', () => this.scope.mailbox.deleteLabel(this.name));
  }
}

function threadRecords(scope: GmailScope, thread: GmailThreadApi, owner: GasObject): MessageRecord[] {
  if (!(thread instanceof FakeGmailThread))
    throw scope.exec.error(`Invalid argument: thread (${String(owner)})`);
  const record = scope.mailbox.threads.get(thread.id);
  if (!record) throw scope.exec.error(MESSAGES.notFound);
  return scope.mailbox.threadMessages(record.id);
}

function labelName(scope: GmailScope, label: GmailLabelApi): string {
  if (!(label instanceof FakeGmailLabel)) throw scope.exec.error('Invalid argument: label');
  if (!scope.mailbox.labels.has(label.name)) throw scope.exec.error(MESSAGES.notFound);
  return label.name;
}

function replySubject(subject: string): string {
  return /^re:/i.test(subject) ? subject : `Re: ${subject}`;
}

export function createReplyDraft(
  scope: GmailScope,
  target: MessageRecord,
  body: string,
  options: Gm.GmailReplyOptions = {},
  all = false,
): FakeGmailDraft {
  const { mailbox } = scope;
  const own = emailOf(mailbox.ownAddress);
  const fromSelf = emailOf(target.from) === own;
  const to = fromSelf ? target.to : target.replyTo || target.from;
  const toEmails = new Set(splitAddresses(to).map(emailOf));
  const ccList = all
    ? splitAddresses(`${target.to}, ${target.cc}`).filter(
        (a) => emailOf(a) !== own && !toEmails.has(emailOf(a)),
      )
    : [];
  if (options.cc) ccList.push(...splitAddresses(options.cc));
  const message = mailbox.addMessage({
    threadId: target.threadId,
    from: options.from ?? mailbox.ownAddress,
    to,
    cc: ccList.join(', '),
    bcc: options.bcc ?? '',
    replyTo: options.replyTo ?? '',
    subject: options.subject ?? replySubject(target.subject),
    plainBody: body,
    htmlBody: options.htmlBody ?? '',
    draft: true,
    unread: false,
    inInbox: false,
    inReplyTo: target.messageId,
    references: [...target.references, target.messageId],
    attachments: (options.attachments ?? []).map((a) => blobToAttachment(a)),
  });
  const draft = { id: mailbox.nextDraftId(), messageId: message.id };
  mailbox.drafts.set(draft.id, draft);
  return new FakeGmailDraft(scope, draft.id);
}

function blobToAttachment(source: GoogleAppsScript.Base.BlobSource): AttachmentInput {
  if (source instanceof FakeBlob)
    return {
      name: source.getName() ?? 'attachment',
      contentType: source.getContentType() ?? undefined,
      data: source.buffer(),
    };
  return { name: 'attachment', data: [] };
}

export class FakeGmailMessage extends GasObject implements GmailMessageApi {
  constructor(
    private readonly scope: GmailScope,
    readonly id: string,
  ) {
    super(scope.exec, 'gmail', 'GmailMessage');
  }

  private record(): MessageRecord {
    const record = this.scope.mailbox.messages.get(this.id);
    if (!record) this.fail(MESSAGES.notFound);
    return record;
  }

  private read<T>(method: string, fn: (m: MessageRecord) => T): T {
    return this.io(method, () => {
      requireToken(this.scope.exec);
      return fn(this.record());
    });
  }

  // A fetched message carries its fields: Apps Script reads them locally, so they are counted as
  // local reads (calls.nonIo), cost no time and never fault. Attachments and raw content are
  // fetched separately and stay service calls.
  private field<T>(method: string, fn: (m: MessageRecord) => T): T {
    return this.exec.nonIo(`GmailMessage.${method}`, () => {
      requireToken(this.scope.exec);
      return fn(this.record());
    });
  }

  getId(): string {
    return this.exec.nonIo('GmailMessage.getId', () => this.id);
  }

  getThread(): FakeGmailThread {
    return this.read('getThread', (m) => new FakeGmailThread(this.scope, m.threadId));
  }

  getFrom(): string {
    return this.field('getFrom', (m) => m.from);
  }

  getTo(): string {
    return this.field('getTo', (m) => m.to);
  }

  getCc(): string {
    return this.field('getCc', (m) => m.cc);
  }

  getBcc(): string {
    return this.field('getBcc', (m) => m.bcc);
  }

  getReplyTo(): string {
    return this.field('getReplyTo', (m) => m.replyTo);
  }

  getSubject(): string {
    return this.field('getSubject', (m) => m.subject);
  }

  getPlainBody(): string {
    return this.field('getPlainBody', (m) => m.plainBody);
  }

  getBody(): string {
    return this.field('getBody', (m) => m.htmlBody);
  }

  getDate(): Date {
    return this.field('getDate', (m) => new Date(m.date));
  }

  getHeader(name: string): string {
    return this.field(
      'getHeader',
      (m) => m.headers.find(([k]) => k.toLowerCase() === name.toLowerCase())?.[1] ?? '',
    );
  }

  getRawContent(): string {
    return this.read('getRawContent', (m) => m.raw ?? synthesizeRaw(m));
  }

  getAttachments(options: Gm.GmailAttachmentOptions = {}): FakeGmailAttachment[] {
    return this.read('getAttachments', (m) =>
      m.attachments
        .filter((a) => !a.inline || options.includeInlineImages !== false)
        .map((a) => new FakeGmailAttachment(a)),
    );
  }

  isInInbox(): boolean {
    return this.field('isInInbox', (m) => m.inInbox);
  }

  isUnread(): boolean {
    return this.field('isUnread', (m) => m.unread);
  }

  isDraft(): boolean {
    return this.field('isDraft', (m) => m.draft);
  }

  isStarred(): boolean {
    return this.field('isStarred', (m) => m.starred);
  }

  isInTrash(): boolean {
    return this.field('isInTrash', (m) => m.trashed);
  }

  markRead(): this {
    return this.io('markRead', () => {
      this.record().unread = false;
      return this;
    });
  }

  markUnread(): this {
    return this.io('markUnread', () => {
      this.record().unread = true;
      return this;
    });
  }

  refresh(): this {
    return this.io('refresh', () => this);
  }

  createDraftReply(body: string, options?: Gm.GmailReplyOptions): FakeGmailDraft {
    return this.read('createDraftReply', (m) => createReplyDraft(this.scope, m, body, options));
  }

  createDraftReplyAll(body: string, options?: Gm.GmailReplyOptions): FakeGmailDraft {
    return this.read('createDraftReplyAll', (m) => createReplyDraft(this.scope, m, body, options, true));
  }

  reply(body: string, options?: Gm.GmailAdvancedOptions): FakeGmailMessage {
    return this.io('reply', () =>
      this.exec.violation('GmailMessage.reply', { messageId: this.id, body, options }),
    );
  }

  replyAll(body: string, options?: Gm.GmailAdvancedOptions): FakeGmailMessage {
    return this.io('replyAll', () =>
      this.exec.violation('GmailMessage.replyAll', { messageId: this.id, body, options }),
    );
  }

  forward(recipient: string, options?: Gm.GmailAdvancedOptions): FakeGmailMessage {
    return this.io('forward', () =>
      this.exec.violation('GmailMessage.forward', { messageId: this.id, recipient, options }),
    );
  }
}

export function requireToken(exec: Execution): void {
  if (exec.addOnMode && !exec.accessToken) throw exec.error(MESSAGES.missingAccessToken);
}

export class FakeGmailThread extends GasObject implements GmailThreadApi {
  constructor(
    private readonly scope: GmailScope,
    readonly id: string,
  ) {
    super(scope.exec, 'gmail', 'GmailThread');
  }

  private messages(): MessageRecord[] {
    if (!this.scope.mailbox.threads.has(this.id)) this.fail(MESSAGES.notFound);
    return this.scope.mailbox.threadMessages(this.id);
  }

  private lastReceived(): MessageRecord {
    const received = this.messages().filter((m) => !m.draft);
    const last = received[received.length - 1];
    if (!last) this.fail(MESSAGES.notFound);
    return last;
  }

  getId(): string {
    return this.exec.nonIo('GmailThread.getId', () => this.id);
  }

  getMessages(): FakeGmailMessage[] {
    return this.io('getMessages', () => {
      requireToken(this.exec);
      return this.messages().map((m) => new FakeGmailMessage(this.scope, m.id));
    });
  }

  getMessageCount(): number {
    return this.io('getMessageCount', () => this.messages().length);
  }

  getFirstMessageSubject(): string {
    return this.io('getFirstMessageSubject', () => {
      requireToken(this.exec);
      return this.messages()[0]?.subject ?? '';
    });
  }

  getLastMessageDate(): Date {
    return this.io('getLastMessageDate', () => {
      this.messages();
      return new Date(this.scope.mailbox.lastDate(this.id));
    });
  }

  getLabels(): FakeGmailLabel[] {
    return this.io('getLabels', () => {
      this.messages();
      return this.scope.mailbox.threadLabels(this.id).map((name) => new FakeGmailLabel(this.scope, name));
    });
  }

  addLabel(label: GmailLabelApi): this {
    return this.io('addLabel', () => {
      const name = labelName(this.scope, label);
      for (const m of this.messages()) m.labels.add(name);
      return this;
    });
  }

  removeLabel(label: GmailLabelApi): this {
    return this.io('removeLabel', () => {
      const name = labelName(this.scope, label);
      for (const m of this.messages()) m.labels.delete(name);
      return this;
    });
  }

  getPermalink(): string {
    return this.io('getPermalink', () => `https://mail.google.com/mail/u/0/#all/${this.id}`);
  }

  isInInbox(): boolean {
    return this.io('isInInbox', () => this.messages().some((m) => m.inInbox));
  }

  isUnread(): boolean {
    return this.io('isUnread', () => this.messages().some((m) => m.unread));
  }

  isImportant(): boolean {
    return this.io('isImportant', () => this.scope.mailbox.thread(this.id).important);
  }

  hasStarredMessages(): boolean {
    return this.io('hasStarredMessages', () => this.messages().some((m) => m.starred));
  }

  markRead(): this {
    return this.io('markRead', () => {
      for (const m of this.messages()) m.unread = false;
      return this;
    });
  }

  markUnread(): this {
    return this.io('markUnread', () => {
      for (const m of this.messages()) m.unread = true;
      return this;
    });
  }

  moveToArchive(): this {
    return this.io('moveToArchive', () => {
      for (const m of this.messages()) m.inInbox = false;
      return this;
    });
  }

  moveToInbox(): this {
    return this.io('moveToInbox', () => {
      for (const m of this.messages()) if (!m.draft) m.inInbox = true;
      return this;
    });
  }

  refresh(): this {
    return this.io('refresh', () => this);
  }

  createDraftReply(body: string, options?: Gm.GmailReplyOptions): FakeGmailDraft {
    return this.io('createDraftReply', () => {
      requireToken(this.exec);
      return createReplyDraft(this.scope, this.lastReceived(), body, options);
    });
  }

  createDraftReplyAll(body: string, options?: Gm.GmailReplyOptions): FakeGmailDraft {
    return this.io('createDraftReplyAll', () => {
      requireToken(this.exec);
      return createReplyDraft(this.scope, this.lastReceived(), body, options, true);
    });
  }

  reply(body: string, options?: Gm.GmailAdvancedOptions): this {
    return this.io('reply', () =>
      this.exec.violation('GmailThread.reply', { threadId: this.id, body, options }),
    );
  }

  replyAll(body: string, options?: Gm.GmailAdvancedOptions): this {
    return this.io('replyAll', () =>
      this.exec.violation('GmailThread.replyAll', { threadId: this.id, body, options }),
    );
  }
}

export class FakeGmailDraft extends GasObject implements GmailDraftApi {
  constructor(
    private readonly scope: GmailScope,
    readonly id: string,
  ) {
    super(scope.exec, 'gmail', 'GmailDraft');
  }

  private messageId(): string {
    const draft = this.scope.mailbox.drafts.get(this.id);
    if (!draft) this.fail(MESSAGES.notFound);
    return draft.messageId;
  }

  getId(): string {
    return this.io('getId', () => this.id);
  }

  getMessageId(): string {
    return this.io('getMessageId', () => this.messageId());
  }

  getMessage(): FakeGmailMessage {
    return this.io('getMessage', () => new FakeGmailMessage(this.scope, this.messageId()));
  }

  update(recipient: string, subject: string, body: string, options: Gm.GmailAdvancedOptions = {}): this {
    return this.io('update', () => {
      const message = this.scope.mailbox.message(this.messageId());
      Object.assign(message, {
        to: recipient,
        subject,
        plainBody: body,
        htmlBody: options.htmlBody ?? body,
        cc: options.cc ?? message.cc,
        bcc: options.bcc ?? message.bcc,
      });
      return this;
    });
  }

  deleteDraft(): void {
    this.io('deleteDraft', () => {
      const messageId = this.messageId();
      const { mailbox } = this.scope;
      const thread = mailbox.thread(mailbox.message(messageId).threadId);
      thread.messageIds = thread.messageIds.filter((id) => id !== messageId);
      mailbox.messages.delete(messageId);
      mailbox.drafts.delete(this.id);
      if (thread.messageIds.length === 0) mailbox.threads.delete(thread.id);
    });
  }

  send(): FakeGmailMessage {
    return this.io('send', () => this.exec.violation('GmailDraft.send', { draftId: this.id }));
  }
}

import { MESSAGES } from './errors';
import { GasObject } from './execution';
import {
  FakeGmailDraft,
  FakeGmailLabel,
  FakeGmailMessage,
  FakeGmailThread,
  requireToken,
  type GmailScope,
  type GmailLabelApi,
  type GmailThreadApi,
} from './gmail';
import { searchThreadIds } from './gmail-query';
import type { Faked } from './types';

import Gm = GoogleAppsScript.Gmail;

export const SEARCH_MAX = 500;

export type GmailAppApi = Faked<
  Gm.GmailApp,
  | 'search'
  | 'getThreadById'
  | 'getMessageById'
  | 'getMessagesForThread'
  | 'getMessagesForThreads'
  | 'getUserLabelByName'
  | 'getUserLabels'
  | 'createLabel'
  | 'deleteLabel'
  | 'setCurrentMessageAccessToken'
  | 'getDrafts'
  | 'getDraft'
  | 'getDraftMessages'
  | 'createDraft'
  | 'getInboxThreads'
  | 'getInboxUnreadCount'
  | 'markThreadsRead'
  | 'moveThreadsToArchive'
  | 'getAliases'
  | 'sendEmail'
>;

export class FakeGmailApp extends GasObject implements GmailAppApi {
  constructor(private readonly scope: GmailScope) {
    super(scope.exec, 'gmail', 'GmailApp');
  }

  private thread(thread: GmailThreadApi): FakeGmailThread {
    if (!(thread instanceof FakeGmailThread)) this.fail('Invalid argument: thread');
    if (!this.scope.mailbox.threads.has(thread.id)) this.fail(MESSAGES.notFound);
    return thread;
  }

  private messagesOf(thread: GmailThreadApi): FakeGmailMessage[] {
    const id = this.thread(thread).id;
    return this.scope.mailbox.threadMessages(id).map((m) => new FakeGmailMessage(this.scope, m.id));
  }

  private page(ids: string[], start: number | undefined, max: number | undefined): FakeGmailThread[] {
    if (max !== undefined && max > SEARCH_MAX) this.fail(MESSAGES.searchMax);
    const from = start ?? 0;
    return ids.slice(from, from + (max ?? SEARCH_MAX)).map((id) => new FakeGmailThread(this.scope, id));
  }

  search(query: string, start?: number, max?: number): FakeGmailThread[] {
    return this.io('search', () => {
      let ids: string[];
      try {
        ids = searchThreadIds(this.scope.mailbox, query, this.exec.runtime.clock.now());
      } catch (error) {
        this.fail((error as Error).message);
      }
      return this.page(ids, start, max);
    });
  }

  getInboxThreads(start?: number, max?: number): FakeGmailThread[] {
    return this.io('getInboxThreads', () =>
      this.page(searchThreadIds(this.scope.mailbox, 'in:inbox', this.exec.runtime.clock.now()), start, max),
    );
  }

  getInboxUnreadCount(): number {
    return this.io(
      'getInboxUnreadCount',
      () => searchThreadIds(this.scope.mailbox, 'in:inbox is:unread', this.exec.runtime.clock.now()).length,
    );
  }

  getThreadById(id: string): FakeGmailThread {
    return this.io('getThreadById', () => {
      requireToken(this.exec);
      // Apps Script returns null for an unknown id although the typings promise a thread.
      return (
        this.scope.mailbox.threads.has(id) ? new FakeGmailThread(this.scope, id) : null
      ) as FakeGmailThread;
    });
  }

  getMessageById(id: string): FakeGmailMessage {
    return this.io('getMessageById', () => {
      requireToken(this.exec);
      if (!this.scope.mailbox.messages.has(id)) this.fail(MESSAGES.invalidId);
      return new FakeGmailMessage(this.scope, id);
    });
  }

  getMessagesForThread(thread: GmailThreadApi): FakeGmailMessage[] {
    return this.io('getMessagesForThread', () => {
      requireToken(this.exec);
      return this.messagesOf(thread);
    });
  }

  getMessagesForThreads(threads: GmailThreadApi[]): FakeGmailMessage[][] {
    return this.io('getMessagesForThreads', () => {
      requireToken(this.exec);
      return threads.map((t) => this.messagesOf(t));
    });
  }

  getUserLabelByName(name: string): FakeGmailLabel {
    // Apps Script returns null for an unknown label although the typings promise a label.
    return this.io(
      'getUserLabelByName',
      () =>
        (this.scope.mailbox.labels.has(name) ? new FakeGmailLabel(this.scope, name) : null) as FakeGmailLabel,
    );
  }

  getUserLabels(): FakeGmailLabel[] {
    return this.io('getUserLabels', () =>
      [...this.scope.mailbox.labels].sort().map((name) => new FakeGmailLabel(this.scope, name)),
    );
  }

  createLabel(name: string): FakeGmailLabel {
    return this.io('createLabel', () => {
      if (!name.trim()) this.fail('Invalid argument: name');
      return new FakeGmailLabel(this.scope, this.scope.mailbox.createLabel(name));
    });
  }

  deleteLabel(label: GmailLabelApi): this {
    return this.io('deleteLabel', () => {
      if (!(label instanceof FakeGmailLabel)) this.fail('Invalid argument: label');
      this.scope.mailbox.deleteLabel(label.name);
      return this;
    });
  }

  setCurrentMessageAccessToken(accessToken: string): void {
    this.io('setCurrentMessageAccessToken', () => {
      if (!accessToken) this.fail('Invalid argument: accessToken');
      this.exec.accessToken = accessToken;
      this.exec.accessTokens.push(accessToken);
    });
  }

  getDrafts(): FakeGmailDraft[] {
    return this.io('getDrafts', () =>
      [...this.scope.mailbox.drafts.keys()].map((id) => new FakeGmailDraft(this.scope, id)),
    );
  }

  getDraft(draftId: string): FakeGmailDraft {
    return this.io('getDraft', () => {
      if (!this.scope.mailbox.drafts.has(draftId)) this.fail(MESSAGES.invalidId);
      return new FakeGmailDraft(this.scope, draftId);
    });
  }

  getDraftMessages(): FakeGmailMessage[] {
    return this.io('getDraftMessages', () =>
      [...this.scope.mailbox.drafts.values()].map((d) => new FakeGmailMessage(this.scope, d.messageId)),
    );
  }

  createDraft(
    recipient: string,
    subject: string,
    body: string,
    options: Gm.GmailAdvancedOptions = {},
  ): FakeGmailDraft {
    return this.io('createDraft', () => {
      const { mailbox } = this.scope;
      const message = mailbox.addMessage({
        from: options.from ?? mailbox.ownAddress,
        to: recipient,
        cc: options.cc ?? '',
        bcc: options.bcc ?? '',
        subject,
        plainBody: body,
        htmlBody: options.htmlBody ?? '',
        draft: true,
        unread: false,
        inInbox: false,
      });
      const draft = { id: mailbox.nextDraftId(), messageId: message.id };
      mailbox.drafts.set(draft.id, draft);
      return new FakeGmailDraft(this.scope, draft.id);
    });
  }

  markThreadsRead(threads: GmailThreadApi[]): this {
    return this.io('markThreadsRead', () => {
      if (threads.length > 100) this.fail(MESSAGES.labelBatch);
      for (const t of threads)
        for (const m of this.scope.mailbox.threadMessages(this.thread(t).id)) m.unread = false;
      return this;
    });
  }

  moveThreadsToArchive(threads: GmailThreadApi[]): this {
    return this.io('moveThreadsToArchive', () => {
      if (threads.length > 100) this.fail(MESSAGES.labelBatch);
      for (const t of threads)
        for (const m of this.scope.mailbox.threadMessages(this.thread(t).id)) m.inInbox = false;
      return this;
    });
  }

  getAliases(): string[] {
    return this.io('getAliases', () => []);
  }

  sendEmail(recipient: string, subject: string, body: string, options?: Gm.GmailAdvancedOptions): this {
    return this.io('sendEmail', () =>
      this.exec.violation('GmailApp.sendEmail', { recipient, subject, body, options }),
    );
  }
}

import { describe, expect, it } from 'vitest';
import { createGasEnvironment } from './environment';
import { MESSAGES } from './errors';
import type { FakeGmailThread } from './gmail';

const DAY = 86_400_000;

function setup() {
  const env = createGasEnvironment({ now: '2025-03-10T12:00:00Z', user: 'staff@pharmacy.example' });
  const { mailbox } = env;
  mailbox.createLabel('Triage/Refill');
  const old = mailbox.addThread([
    { from: 'Old <old@x.com>', subject: 'old', date: '2025-01-01T09:00:00Z', unread: false },
  ]);
  const refill = mailbox.addThread([
    {
      from: 'Ann <ann@x.com>',
      subject: 'refill please',
      date: '2025-03-08T09:00:00Z',
      labels: ['Triage/Refill'],
    },
  ]);
  const archived = mailbox.addThread([
    {
      from: 'Bob <bob@x.com>',
      subject: 'archived',
      date: '2025-03-09T09:00:00Z',
      inInbox: false,
      unread: false,
    },
  ]);
  const fresh = mailbox.addThread([{ from: 'Cy <cy@x.com>', subject: 'new', date: '2025-03-10T11:00:00Z' }]);
  return { env, GmailApp: env.globals.GmailApp, old, refill, archived, fresh };
}

const ids = (threads: FakeGmailThread[]) => threads.map((t) => t.id);

describe('GmailApp.search subset', () => {
  it('matches label names with / and spaces written as dashes, or quoted', () => {
    const { GmailApp, refill } = setup();
    expect(ids(GmailApp.search('label:triage-refill'))).toEqual([refill.id]);
    expect(ids(GmailApp.search('label:"Triage/Refill"'))).toEqual([refill.id]);
    expect(ids(GmailApp.search('label:Triage/Refill'))).toEqual([refill.id]);
    expect(GmailApp.search('label:triage')).toEqual([]);
  });

  it('supports -label, in:inbox, is:unread, newer_than, after, AND, newest first', () => {
    const { GmailApp, old, refill, archived, fresh } = setup();
    expect(ids(GmailApp.search('in:inbox'))).toEqual([fresh.id, refill.id, old.id]);
    expect(ids(GmailApp.search('in:inbox -label:triage-refill'))).toEqual([fresh.id, old.id]);
    expect(ids(GmailApp.search('is:unread'))).toEqual([fresh.id, refill.id]);
    expect(ids(GmailApp.search('newer_than:2d'))).toEqual([fresh.id, archived.id]);
    expect(ids(GmailApp.search('after:2025/03/09'))).toEqual([fresh.id, archived.id]);
    expect(ids(GmailApp.search('in:inbox is:unread newer_than:7d -label:"Triage/Refill"'))).toEqual([
      fresh.id,
    ]);
  });

  it('pages with start/max and refuses more than 500 per call', () => {
    const { GmailApp, refill, archived } = setup();
    expect(ids(GmailApp.search('in:anywhere', 1, 2))).toEqual([archived.id, refill.id]);
    expect(() => GmailApp.search('in:inbox', 0, 501)).toThrow(MESSAGES.searchMax);
  });

  it('rejects query syntax the fake does not model', () => {
    const { GmailApp } = setup();
    expect(() => GmailApp.search('refill OR repeat')).toThrow(/unsupported/);
  });

  it('labels are per message: a reply arriving after labelling matches -label', () => {
    const { env, GmailApp, refill } = setup();
    env.mailbox.addMessage({ threadId: refill.id, from: 'Ann <ann@x.com>', subject: 'Re: refill please' });
    expect(ids(GmailApp.search('-label:triage-refill'))).toContain(refill.id);
    expect(
      GmailApp.getThreadById(refill.id)
        .getLabels()
        .map((l) => l.getName()),
    ).toEqual(['Triage/Refill']);
  });
});

describe('GmailLabel', () => {
  it('creates nested labels and applies them in batches of at most 100 threads', () => {
    const { env, GmailApp } = setup();
    const label = GmailApp.createLabel('Triage/Escalate/Urgent');
    expect(GmailApp.getUserLabelByName('Triage/Escalate/Urgent')?.getName()).toBe('Triage/Escalate/Urgent');
    for (let i = 0; i < 101; i++) env.mailbox.addThread([{ subject: `m${i}` }]);
    const threads = GmailApp.search('in:inbox', 0, 500);
    expect(() => label.addToThreads(threads.slice(0, 101))).toThrow(MESSAGES.labelBatch);
    label.addToThreads(threads.slice(0, 100));
    expect(label.getThreads(0, 500)).toHaveLength(100);
    label.removeFromThreads(threads.slice(0, 50));
    expect(GmailApp.search('label:triage-escalate-urgent', 0, 500)).toHaveLength(50);
  });

  it('returns null for an unknown label and forgets a deleted one', () => {
    const { env, GmailApp, refill } = setup();
    expect(GmailApp.getUserLabelByName('Nope')).toBeNull();
    env.mailbox.deleteLabel('Triage/Refill');
    expect(GmailApp.getUserLabelByName('Triage/Refill')).toBeNull();
    expect(GmailApp.getThreadById(refill.id).getLabels()).toEqual([]);
  });

  it('thread.addLabel needs a GmailLabel', () => {
    const { GmailApp, fresh } = setup();
    const thread = GmailApp.getThreadById(fresh.id);
    expect(() => thread.addLabel('Triage/Refill' as never)).toThrow(/Invalid argument/);
    thread.addLabel(GmailApp.getUserLabelByName('Triage/Refill'));
    expect(thread.getLabels().map((l) => l.getName())).toEqual(['Triage/Refill']);
  });
});

describe('messages and drafts', () => {
  it('exposes headers, raw content and attachments', () => {
    const { env, GmailApp } = setup();
    const rec = env.mailbox.addMessage({
      from: 'Dee <dee@x.com>',
      subject: 'scan',
      plainBody: 'see attached',
      headers: { 'X-Custom': 'yes' },
      attachments: [{ name: 'rx.pdf', contentType: 'application/pdf', data: new Uint8Array([1, 200]) }],
    });
    const msg = GmailApp.getMessageById(rec.id);
    expect(msg.getHeader('x-custom')).toBe('yes');
    expect(msg.getHeader('Missing')).toBe('');
    expect(msg.getRawContent()).toContain('Subject: scan');
    const [att] = msg.getAttachments();
    expect([att?.getName(), att?.getContentType(), att?.getSize(), att?.getBytes()]).toEqual([
      'rx.pdf',
      'application/pdf',
      2,
      [1, -56],
    ]);
    expect(msg.getThread().getId()).toBe(rec.threadId);
  });

  it('createDraftReply addresses Reply-To when set, else From, and lands in the thread', () => {
    const { env, GmailApp } = setup();
    const spoof = env.mailbox.addThread([
      { from: 'Eve <eve@x.com>', replyTo: 'thief@evil.example', subject: 'Rx' },
    ]);
    const plain = env.mailbox.addThread([{ from: 'Fay <fay@x.com>', subject: 'Rx' }]);
    const d1 = GmailApp.getThreadById(spoof.id).createDraftReply('hello', { htmlBody: '<b>hello</b>' });
    const d2 = GmailApp.getMessageById(plain.messageIds[0] ?? '').createDraftReply('hi');
    expect(d1.getMessage().getTo()).toBe('thief@evil.example');
    expect(d2.getMessage().getTo()).toBe('Fay <fay@x.com>');
    expect(d1.getMessage().getSubject()).toBe('Re: Rx');
    expect(d1.getMessage().isDraft()).toBe(true);
    expect(GmailApp.getThreadById(spoof.id).getMessageCount()).toBe(2);
    expect(GmailApp.getDrafts().map((d) => d.getId())).toEqual([d1.getId(), d2.getId()]);
    expect(GmailApp.search('is:unread').map((t) => t.getId())).toContain(spoof.id);
  });

  it('records a violation and throws for every sending method', () => {
    const { env, GmailApp, fresh } = setup();
    const thread = GmailApp.getThreadById(fresh.id);
    const msg = thread.getMessages()[0];
    const draft = thread.createDraftReply('x');
    expect(() => draft.send()).toThrow(/must only create drafts/);
    expect(() => GmailApp.sendEmail('a@b.c', 's', 'b')).toThrow();
    expect(() => msg?.reply('x')).toThrow();
    expect(() => msg?.replyAll('x')).toThrow();
    expect(() => msg?.forward('a@b.c')).toThrow();
    expect(() => thread.reply('x')).toThrow();
    expect(env.violations.map((v) => v.method)).toEqual([
      'GmailDraft.send',
      'GmailApp.sendEmail',
      'GmailMessage.reply',
      'GmailMessage.replyAll',
      'GmailMessage.forward',
      'GmailThread.reply',
    ]);
  });

  it('in add-on mode, reading a message needs setCurrentMessageAccessToken first', () => {
    const env = createGasEnvironment({ addOnMode: true });
    const t = env.mailbox.addThread([{ subject: 'secret' }]);
    const { GmailApp } = env.globals;
    expect(() => GmailApp.getMessageById(t.messageIds[0] ?? '')).toThrow(MESSAGES.missingAccessToken);
    GmailApp.setCurrentMessageAccessToken('token-1');
    expect(GmailApp.getMessageById(t.messageIds[0] ?? '').getSubject()).toBe('secret');
    expect(env.execution.accessTokens).toEqual(['token-1']);
  });

  it('new mail arrives between runs and deleted threads disappear', () => {
    const { env, GmailApp, fresh } = setup();
    const before = GmailApp.search('newer_than:1d').length;
    env.end();
    env.clock.advance(DAY / 2);
    env.mailbox.addThread([{ subject: 'later' }]);
    const next = env.newExecution().globals.GmailApp;
    expect(next.search('newer_than:1d')).toHaveLength(before + 1);
    env.mailbox.deleteThread(fresh.id);
    expect(next.getThreadById(fresh.id)).toBeNull();
    expect(() => next.getMessageById(fresh.messageIds[0] ?? '')).toThrow(MESSAGES.invalidId);
    expect(() => GmailApp.search('in:inbox')).toThrow(MESSAGES.executionTime);
  });
});

import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createGasEnvironment } from './environment';
import { loadMessagesInto, loadSamplesInto, splitMbox } from './load-samples';

const OWN = 'apotheek@pharmacy.example';

function eml(headers: Record<string, string>, body: string): string {
  return `${Object.entries(headers)
    .map(([k, v]) => `${k}: ${v}`)
    .join('\r\n')}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${body}\r\n`;
}

const first = eml(
  {
    From: 'Jan Jansen <jan@example.nl>',
    To: OWN,
    'Reply-To': 'other@example.nl',
    Subject: 'Herhaalrecept',
    Date: 'Mon, 03 Mar 2025 09:00:00 +0100',
    'Message-ID': '<a1@example.nl>',
  },
  'Mag ik mijn herhaalrecept?',
);
const reply = eml(
  {
    From: `Apotheek <${OWN}>`,
    To: 'jan@example.nl',
    Subject: 'Re: Herhaalrecept',
    Date: 'Mon, 03 Mar 2025 10:00:00 +0100',
    'Message-ID': '<b2@pharmacy.example>',
    'In-Reply-To': '<a1@example.nl>',
    References: '<a1@example.nl>',
  },
  'Klaar morgen.',
);
const unrelated = eml(
  {
    From: 'Zoe <zoe@example.com>',
    To: OWN,
    Subject: 'Opening hours',
    Date: 'Tue, 04 Mar 2025 08:00:00 +0000',
    'Message-ID': '<c3@example.com>',
  },
  'When are you open?',
);

describe('loadSamplesInto', () => {
  it('groups .eml messages into threads and marks staff messages', async () => {
    const env = createGasEnvironment({ user: OWN, now: '2025-03-05T00:00:00Z' });
    const dir = await mkdtemp(path.join(tmpdir(), 'samples-'));
    await writeFile(path.join(dir, '1.eml'), reply);
    await writeFile(path.join(dir, '2.eml'), first);
    await writeFile(path.join(dir, '3.eml'), unrelated);
    const loaded = await loadSamplesInto(env.mailbox, dir);
    expect(env.mailbox.threads.size).toBe(2);
    const jan = loaded.find((l) => l.source === '2.eml')!;
    const staff = loaded.find((l) => l.source === '1.eml')!;
    expect(staff.staff).toBe(true);
    expect(staff.record.threadId).toBe(jan.record.threadId);
    expect(env.mailbox.threadMessages(jan.record.threadId).map((m) => m.subject)).toEqual([
      'Herhaalrecept',
      'Re: Herhaalrecept',
    ]);
    const msg = env.globals.GmailApp.getMessageById(jan.record.id);
    expect(msg.getReplyTo()).toBe('other@example.nl');
    expect(msg.getFrom()).toBe('Jan Jansen <jan@example.nl>');
    expect(msg.getPlainBody().trim()).toBe('Mag ik mijn herhaalrecept?');
    expect(msg.getHeader('Message-ID')).toBe('<a1@example.nl>');
    expect(env.globals.GmailApp.search('is:unread').map((t) => t.getId())).toHaveLength(2);
  });

  it('reads Takeout mbox files, unescapes >From and groups by X-GM-THRID', async () => {
    const env = createGasEnvironment({ user: OWN });
    const thrid = '1826611234567890123';
    const withThread = (raw: string, labels: string) =>
      `X-GM-THRID: ${thrid}\r\nX-Gmail-Labels: ${labels}\r\n${raw}`;
    const body = eml(
      { From: 'A <a@x.com>', To: OWN, Subject: 'No refs', Date: 'Wed, 05 Mar 2025 08:00:00 +0000' },
      '>From the start',
    );
    const mbox = [
      `From 1826611234567890123@xxx Wed Mar 05 08:00:00 +0000 2025`,
      withThread(first, 'Inbox,Unread,Triage/Refill'),
      `From 1826611234567890124@xxx Wed Mar 05 08:00:00 +0000 2025`,
      withThread(body, 'Archived,Opened'),
    ].join('\n');
    expect(splitMbox(mbox)).toHaveLength(2);
    const dir = await mkdtemp(path.join(tmpdir(), 'mbox-'));
    await writeFile(path.join(dir, 'takeout.mbox'), mbox);
    const loaded = await loadSamplesInto(env.mailbox, dir);
    expect(new Set(loaded.map((l) => l.record.threadId))).toEqual(new Set([BigInt(thrid).toString(16)]));
    expect(loaded[1]?.record.plainBody.trim()).toBe('From the start');
    expect(env.globals.GmailApp.search('label:triage-refill')).toHaveLength(1);
    expect(env.globals.GmailApp.search('in:inbox is:unread')).toHaveLength(1);
  });

  it('loads in-memory messages', async () => {
    const env = createGasEnvironment({ user: OWN });
    const loaded = await loadMessagesInto(env.mailbox, [first, unrelated]);
    expect(loaded.map((l) => l.record.subject)).toEqual(['Herhaalrecept', 'Opening hours']);
  });
});

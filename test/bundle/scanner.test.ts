// The scanner as Apps Script runs it: scanInbox from the built dist/Code.js, one fresh execution per
// run, against the fake mailbox, sheet and properties. Exactly-once is checked by looking at the
// mailbox and the Audit tab, not at what the scanner reports.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { AUDIT_COLUMNS } from '../../src/core/audit';
import { DEFAULT_SETTINGS, type Settings } from '../../src/core/config/settings';
import { labelNames } from '../../src/core/policy/labels';
import { INTENTS } from '../../src/core/types';
import { emailOf } from '../gas/addresses';
import { createGasEnvironment, type GasEnvironment } from '../gas/environment';
import type { ExecutionOptions } from '../gas/execution';
import { loadSamplesInto, type LoadedMessage } from '../gas/load-samples';
import type { MessageRecord } from '../gas/mailbox';
import { homepageEvent } from '../harness/events';
import { loadBundle } from '../harness/load-bundle';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const OWN = 'inbox@harbour-pharmacy.example';
const names = labelNames('Triage');
const INTENT_LABELS = new Set(INTENTS.map((i) => names.intent(i)));

interface Scene {
  env: GasEnvironment;
  loaded: LoadedMessage[];
  spreadsheetId: string;
}

async function scene(settings: Partial<Settings> = {}): Promise<Scene> {
  const env = createGasEnvironment({ user: OWN, now: '2026-11-23T08:00:00Z', timeZone: 'Europe/Brussels' });
  const loaded = await loadSamplesInto(env.mailbox, path.join(ROOT, 'samples/inbox'));
  const workbook = env.workbooks.create('Audit', { owner: OWN });
  env.properties.script.set(
    'settings',
    JSON.stringify({
      ...DEFAULT_SETTINGS,
      pharmacyName: 'Harbour Pharmacy',
      auditSpreadsheetId: workbook.id,
      ...settings,
    }),
  );
  env.end();
  return { env, loaded, spreadsheetId: workbook.id };
}

function scan(s: Scene, opts: ExecutionOptions = {}): Record<string, unknown> {
  const exec = s.env.newExecution(opts);
  try {
    return loadBundle(exec).scanInbox() as Record<string, unknown>;
  } finally {
    exec.end();
    s.env.clock.advance(5 * 60_000);
  }
}

function rows(s: Scene): Array<Record<string, string>> {
  const sheet = s.env.workbooks.get(s.spreadsheetId)?.sheet('Audit');
  if (!sheet) return [];
  const [, ...data] = sheet.values();
  return data
    .filter((r) => r.some((v) => v !== ''))
    .map((r) => Object.fromEntries(AUDIT_COLUMNS.map((c, i) => [c, String(r[i] ?? '')])));
}

const inbound = (m: MessageRecord) => emailOf(m.from) !== OWN && !m.draft;

function newestInbound(s: Scene, threadId: string): MessageRecord | undefined {
  return s.env.mailbox.threadMessages(threadId).filter(inbound).at(-1);
}

function triageable(s: Scene): string[] {
  return [...s.env.mailbox.threads.keys()].filter((id) => newestInbound(s, id));
}

function threadOf(s: Scene, file: string): string {
  return s.loaded.find((m) => m.source === file)!.record.threadId;
}

/** The invariants every scenario ends with: each thread once, one intent label, no repeated audit id. */
function expectExactlyOnce(s: Scene): void {
  const audit = rows(s);
  const ids = audit.map((r) => r.eventId);
  expect(new Set(ids).size).toBe(ids.length);
  const classified = new Set(audit.filter((r) => r.action === 'classify').map((r) => r.messageId));
  for (const id of triageable(s)) {
    const labels = s.env.mailbox.threadLabels(id);
    expect(labels.filter((l) => INTENT_LABELS.has(l)).length, id).toBeLessThanOrEqual(1);
    const newest = newestInbound(s, id)!;
    if (newest.labels.has(names.error)) continue;
    expect(newest.labels.has(names.processed), id).toBe(true);
    expect(classified.has(newest.id), id).toBe(true);
  }
  const drafts = new Map<string, number>();
  for (const { message } of s.env.mailbox.listDrafts())
    drafts.set(message.threadId, (drafts.get(message.threadId) ?? 0) + 1);
  expect([...drafts.values()].every((n) => n === 1)).toBe(true);
}

describe('scanInbox', () => {
  it('triages every thread of the sample inbox once, in batches, within 3 service calls a thread', async () => {
    const s = await scene({ draftsForRoutine: true, emergencyDrafts: true });
    const threads = triageable(s);
    const before = s.env.calls.total();
    const first = scan(s);
    const calls = s.env.calls.total() - before;
    expect(first).toMatchObject({ outcome: 'success', remaining: 0, failed: 0 });
    expect(calls / threads.length).toBeLessThanOrEqual(3);
    expectExactlyOnce(s);
    const audit = rows(s);
    expect(audit.filter((r) => r.action === 'classify')).toHaveLength(threads.length);
    expect(audit.filter((r) => r.action === 'scan-heartbeat')).toHaveLength(1);
    // Staff answered some threads: their response times are recorded, business hours apart.
    const responses = audit.filter((r) => r.action === 'first-response');
    expect(responses.length).toBeGreaterThan(0);
    for (const r of responses) expect(r.detail).toMatch(/^minutes=\d+;businessMinutes=\d+$/);
    // Drafts: only routine, non-escalated mail, never clinical; the emergency gets its advice draft.
    const drafted = new Set(s.env.mailbox.listDrafts().map((d) => d.message.threadId));
    for (const id of drafted) {
      const labels = s.env.mailbox.threadLabels(id);
      expect(labels.includes(names.intent('clinical')) && !labels.includes(names.urgent)).toBe(false);
    }
    const state = JSON.parse(s.env.properties.script.get('scanner.state')!);
    expect(state).toMatchObject({ lastOutcome: 'success', processed: threads.length, remaining: 0 });

    const rowsBefore = audit.length;
    const draftsBefore = s.env.mailbox.drafts.size;
    expect(scan(s)).toMatchObject({ outcome: 'success', processed: 0 });
    expect(rows(s).length).toBe(rowsBefore + 1);
    expect(s.env.mailbox.drafts.size).toBe(draftsBefore);
    expectExactlyOnce(s);
  });

  it('skips with a heartbeat while another run holds the lock', async () => {
    const s = await scene();
    const other = s.env.newExecution();
    other.globals.LockService.getScriptLock().tryLock(1000);
    expect(scan(s)).toMatchObject({ outcome: 'skipped:lock_held', processed: 0 });
    expect(s.env.mailbox.threadLabels(triageable(s)[0]!)).toEqual([]);
    other.end();
    scan(s);
    const actions = rows(s).map((r) => r.action);
    expect(actions).toContain('scan-skipped');
    expectExactlyOnce(s);
  });

  it('finishes the work of a run cut off mid-batch without repeating any of it', async () => {
    // Find a time limit that kills the run after some labels went on and before any marker did.
    let cut: Scene | null = null;
    for (let limit = 100; limit < 5_000 && !cut; limit += 50) {
      const s = await scene({ draftsForRoutine: true });
      expect(() => scan(s, { limitMs: limit })).toThrow(/Exceeded maximum execution time/);
      const labelled = triageable(s).filter((id) =>
        s.env.mailbox.threadLabels(id).some((l) => INTENT_LABELS.has(l)),
      );
      const marked = triageable(s).filter((id) => s.env.mailbox.threadLabels(id).includes(names.processed));
      if (labelled.length && labelled.length < triageable(s).length && !marked.length) cut = s;
    }
    expect(cut).not.toBeNull();
    const s = cut!;
    expect(scan(s)).toMatchObject({ outcome: 'success', remaining: 0 });
    expect(scan(s)).toMatchObject({ processed: 0 });
    expectExactlyOnce(s);
  });

  it('stops on a daily quota, raises the alert, and carries on the next day', async () => {
    const s = await scene();
    const fault = s.env.faults.inject({ service: 'gmail', method: 'addToThreads', error: 'dailyQuota' });
    expect(scan(s)).toMatchObject({ outcome: 'failure:daily_quota' });
    const alert = JSON.parse(s.env.properties.script.get('alert')!);
    expect(alert).toMatchObject({ kind: 'quota-exhausted', service: 'gmail' });
    // The homepage card, as staff open it, shows the alert.
    fault.remove();
    const roles = s.env.workbooks.get(s.spreadsheetId)!.addSheet('Roles');
    [
      ['email', 'role'],
      [OWN, 'staff'],
    ].forEach((row, r) => row.forEach((v, c) => roles.write(r + 1, c + 1, v)));
    const home = s.env.newExecution();
    const card = JSON.stringify(
      JSON.parse(
        (
          loadBundle(home).onHomepage(homepageEvent({ userLocale: 'en' })) as { printJson(): string }
        ).printJson(),
      ),
    );
    home.end();
    expect(card).toContain('the daily Gmail limit is used up');
    s.env.faults.inject({ service: 'gmail', method: 'addToThreads', error: 'dailyQuota' });
    expect(rows(s).filter((r) => r.action === 'quota-exhausted')).toHaveLength(1);
    expect(triageable(s).some((id) => s.env.mailbox.threadLabels(id).includes(names.processed))).toBe(false);
    s.env.faults.clear();
    expect(scan(s)).toMatchObject({ outcome: 'success', remaining: 0 });
    expect(s.env.properties.script.get('alert')).toBeUndefined();
    expectExactlyOnce(s);
  });

  it('quarantines a message that fails three runs in a row, without holding back the others', async () => {
    const s = await scene();
    const poisoned = threadOf(s, '02-refill-metformin.eml');
    Object.defineProperty(newestInbound(s, poisoned)!, 'plainBody', {
      get: () => {
        throw new Error('Malformed MIME structure');
      },
    });
    const others = triageable(s).filter((id) => id !== poisoned);
    expect(scan(s)).toMatchObject({ processed: others.length, failed: 1 });
    for (const id of others) expect(s.env.mailbox.threadLabels(id)).toContain(names.processed);
    scan(s);
    expect(scan(s)).toMatchObject({ quarantined: 1, failed: 0 });
    expect(s.env.mailbox.threadLabels(poisoned)).toEqual([names.error]);
    const quarantine = rows(s).filter((r) => r.action === 'quarantine');
    expect(quarantine).toHaveLength(1);
    expect(quarantine[0]).toMatchObject({ outcome: 'failure:exception', detail: 'code=exception;runs=3' });
    expect(scan(s)).toMatchObject({ processed: 0, failed: 0, remaining: 0 });
    // Codes and ids only: the exception's text never reaches the logs.
    expect(s.env.logText()).not.toMatch(/Malformed/);
    expectExactlyOnce(s);
  });

  it('does not quarantine the whole inbox when every message fails (a broken run, not a bad message)', async () => {
    const s = await scene();
    for (const id of triageable(s))
      Object.defineProperty(newestInbound(s, id)!, 'plainBody', {
        get: () => {
          throw new Error('boom');
        },
      });
    for (let i = 0; i < 4; i++)
      expect(scan(s)).toMatchObject({ outcome: 'failure:systemic', quarantined: 0 });
    expect(s.env.mailbox.labels.has(names.error)).toBe(false);
  });

  it('triages a new inbound message in an already-triaged thread once more, and only once', async () => {
    const s = await scene();
    scan(s);
    const thread = threadOf(s, '02-refill-metformin.eml');
    expect(s.env.mailbox.threadLabels(thread)).toContain(names.intent('refill'));
    const first = newestInbound(s, thread)!;
    const added = s.env.mailbox.addMessage({
      threadId: thread,
      from: first.from,
      subject: `Re: ${first.subject}`,
      plainBody:
        'Since the new metformin box I have a rash all over and my lips are swelling. What should I do?',
    });
    scan(s);
    const labels = s.env.mailbox.threadLabels(thread);
    expect(labels).toContain(names.escalate);
    expect(labels).not.toContain(names.intent('refill'));
    expect(rows(s).filter((r) => r.action === 'classify' && r.messageId === added.id)).toHaveLength(1);
    const count = rows(s).length;
    scan(s);
    expect(rows(s).length).toBe(count + 1);
    expectExactlyOnce(s);
  });

  it('recreates a label a person deleted and does not reprocess processed threads', async () => {
    const s = await scene();
    scan(s);
    const classified = rows(s).filter((r) => r.action === 'classify').length;
    s.env.mailbox.deleteLabel(names.processed);
    s.env.mailbox.deleteLabel(names.intent('refill'));
    const fresh = s.env.mailbox.addThread([
      {
        from: 'Ann Lee <ann.lee@example.org>',
        subject: 'Repeat prescription',
        plainBody: 'Hello, could you please refill my atorvastatin 20 mg prescription? Thank you, Ann',
      },
    ]);
    expect(scan(s)).toMatchObject({ outcome: 'success', remaining: 0 });
    expect(s.env.mailbox.labels.has(names.processed)).toBe(true);
    expect(s.env.mailbox.threadLabels(fresh.id)).toContain(names.intent('refill'));
    const audit = rows(s);
    expect(audit.filter((r) => r.action === 'classify')).toHaveLength(classified + 1);
    expect(audit.filter((r) => r.action === 'label' && r.messageId !== fresh.id)).toHaveLength(classified);
    expectExactlyOnce(s);
  });

  it('stops within its time budget when Gmail is slow and resumes on the next run', async () => {
    const s = await scene();
    for (let i = 0; i < 250; i++)
      s.env.mailbox.addThread([
        {
          from: `P${i} <p${i}@example.org>`,
          subject: 'Repeat',
          plainBody: `Please refill my metformin 500 mg. Ref ${i}`,
        },
      ]);
    const slowRun = () => {
      const exec = s.env.newExecution();
      const app = exec.globals.GmailApp;
      const fetch = app.getMessagesForThreads.bind(app);
      app.getMessagesForThreads = (threads) => {
        s.env.clock.advance(60_000);
        return fetch(threads);
      };
      try {
        return loadBundle(exec).scanInbox() as Record<string, unknown>;
      } finally {
        exec.end();
        s.env.clock.advance(5 * 60_000);
      }
    };
    const first = slowRun();
    expect(first).toMatchObject({ outcome: 'success:more' });
    expect(first.processed).toBeGreaterThan(0);
    expect(first.remaining).toBeGreaterThan(0);
    while ((scan(s) as { remaining: number }).remaining > 0);
    expectExactlyOnce(s);
  });

  it('records the first response of staff once, in minutes and business minutes', async () => {
    const s = await scene();
    const saturday = s.env.mailbox.addThread([
      {
        from: 'Bo Berg <bo@example.org>',
        subject: 'Pickup',
        plainBody: 'When can I pick up my order?',
        date: '2026-11-21T09:00:00Z',
      },
    ]);
    scan(s);
    s.env.mailbox.addMessage({
      threadId: saturday.id,
      from: `Harbour Pharmacy <${OWN}>`,
      subject: 'Re: Pickup',
      plainBody: 'Tomorrow after 10.',
      date: '2026-11-23T09:00:00Z',
      inInbox: false,
    });
    scan(s);
    scan(s);
    const responses = rows(s).filter(
      (r) => r.action === 'first-response' && r.messageId === saturday.messageIds[0],
    );
    // Saturday 10:00 to Monday 10:00 in Brussels: two days, of which Monday 9:00–10:00 is open.
    expect(responses.map((r) => r.detail)).toEqual(['minutes=2880;businessMinutes=60']);
    expectExactlyOnce(s);
  });
});

describe('installScanner', () => {
  it('keeps exactly one time-driven trigger for scanInbox at the configured interval', async () => {
    const s = await scene();
    const run = (name: string, opts: ExecutionOptions = {}) => {
      const exec = s.env.newExecution(opts);
      try {
        return loadBundle(exec)[name]!() as Record<string, unknown>;
      } finally {
        exec.end();
      }
    };
    expect(run('installScanner')).toMatchObject({ installed: true, everyMinutes: 5, changed: true });
    expect(run('installScanner')).toMatchObject({ changed: false });
    expect(s.env.triggers.forHandler('scanInbox').map((t) => t.everyMinutes)).toEqual([5]);
    s.env.properties.script.set(
      'settings',
      JSON.stringify({ ...JSON.parse(s.env.properties.script.get('settings')!), scanIntervalMinutes: 10 }),
    );
    expect(run('installScanner')).toMatchObject({ everyMinutes: 10, changed: true });
    expect(s.env.triggers.forHandler('scanInbox').map((t) => t.everyMinutes)).toEqual([10]);
    expect(() => run('installScanner', { user: 'staff@pharmacy.example', effectiveUser: OWN })).toThrow(
      /not_mailbox_owner/,
    );
    expect(run('uninstallScanner')).toMatchObject({ installed: false, changed: true });
    expect(run('uninstallScanner')).toMatchObject({ changed: false });
    expect(s.env.triggers.forHandler('scanInbox')).toEqual([]);
  });
});

describe('no-code rules', () => {
  it("applies a manager's Rules-tab trigger to scanned mail", async () => {
    const s = await scene();
    const workbook = s.env.workbooks.get(s.spreadsheetId)!;
    const rules = workbook.addSheet('Rules');
    [
      ['language', 'reason', 'phrase', 'kind'],
      ['en', 'dosing', 'weekly pill box mix-up', 'trigger'],
    ].forEach((row, r) => row.forEach((value, c) => rules.write(r + 1, c + 1, value)));
    const message = s.env.mailbox.addMessage({
      from: 'Ann Patient <ann.patient@example.com>',
      to: OWN,
      subject: 'my pill box',
      plainBody: 'Hello, I think there was a weekly pill box mix-up at my house, please call me back. Ann',
      date: new Date('2026-11-23T07:30:00Z'),
      inInbox: true,
    });
    scan(s);
    expect(s.env.mailbox.threadLabels(message.threadId)).toContain(names.escalate);
    const classify = rows(s).find((r) => r.action === 'classify' && r.messageId === message.id);
    expect(classify?.reasons).toContain('dosing');
  });
});

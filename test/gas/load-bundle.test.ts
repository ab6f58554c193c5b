import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gmailMessageEvent, homepageEvent } from '../harness/events';
import { loadBundle, loadBundleInBareContext } from '../harness/load-bundle';
import { createGasEnvironment } from './environment';

const BUNDLE = `
var PharmacyTriage = (function () {
  var loadedAt = typeof GmailApp;
  function onGmailMessageOpen(e) {
    GmailApp.setCurrentMessageAccessToken(e.gmail.accessToken);
    var message = GmailApp.getMessageById(e.gmail.messageId);
    var failure = '';
    try { GmailApp.search('in:inbox', 0, 1000); } catch (err) { failure = (err instanceof Error) + ':' + err.name; }
    console.log('opened ' + message.getId());
    return {
      subject: message.getSubject(),
      now: Date.now(),
      newDate: new Date().getTime(),
      isDate: message.getDate() instanceof Date,
      failure: failure,
      locale: e.commonEventObject.userLocale,
      offset: e.commonEventObject.timeZone.offset,
      input: e.commonEventObject.formInputs.note.stringInputs.value[0]
    };
  }
  function counter() { counted = (typeof counted === 'number' ? counted : 0) + 1; return counted; }
  return { onGmailMessageOpen: onGmailMessageOpen, counter: counter, loadedAt: function () { return loadedAt; } };
})();
function onGmailMessageOpen(e) { return PharmacyTriage.onGmailMessageOpen(e); }
function counter() { return PharmacyTriage.counter(); }
function loadedAt() { return PharmacyTriage.loadedAt(); }
`;

async function writeBundle(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'bundle-'));
  const file = path.join(dir, 'Code.js');
  await writeFile(file, BUNDLE);
  await writeFile(path.join(dir, 'Other.js'), 'throw new Error("only the bundle file is loaded");');
  return file;
}

describe('loadBundle', () => {
  it('runs the bundle against the fakes with the fake clock and sandbox-realm errors', async () => {
    const bundlePath = await writeBundle();
    const env = createGasEnvironment({ addOnMode: true, now: '2025-06-01T08:00:00Z' });
    const t = env.mailbox.addThread([{ subject: 'Refill', date: '2025-05-31T08:00:00Z' }]);
    const sandbox = loadBundle(env, { bundlePath });
    const start = env.clock.now();
    const messageId = t.messageIds[0] ?? '';
    const event = gmailMessageEvent({
      messageId,
      threadId: t.id,
      formInputs: { note: 'hi' },
      now: env.clock.now(),
    });
    const result = sandbox.onGmailMessageOpen(event) as Record<string, unknown>;
    expect(result).toEqual({
      subject: 'Refill',
      now: start + 3 * 20,
      newDate: start + 3 * 20,
      isDate: true,
      failure: 'true:Exception',
      locale: 'en',
      offset: 7_200_000,
      input: 'hi',
    });
    expect(env.execution.accessTokens).toEqual([event.gmail?.accessToken]);
    expect(env.logs.map((l) => l.text)).toEqual([`opened ${messageId}`]);
    expect(sandbox.loadedAt()).toBe('object');
  });

  it('gives every load a fresh global object', async () => {
    const bundlePath = await writeBundle();
    const env = createGasEnvironment();
    const a = loadBundle(env, { bundlePath });
    expect([a.counter(), a.counter()]).toEqual([1, 2]);
    expect(loadBundle(env, { bundlePath }).counter()).toBe(1);
    expect('counted' in env.globals).toBe(false);
  });

  it('loads a second, overlapping execution', async () => {
    const bundlePath = await writeBundle();
    const env = createGasEnvironment();
    const second = env.newExecution({ user: 'other@pharmacy.example' });
    expect(loadBundle(second, { bundlePath }).loadedAt()).toBe('object');
    expect(homepageEvent().commonEventObject.hostApp).toBe('GMAIL');
  });

  it('loads with no globals at all in a bare V8 context', async () => {
    const bundlePath = await writeBundle();
    const context = loadBundleInBareContext(bundlePath);
    expect(typeof context.onGmailMessageOpen).toBe('function');
    expect(context.loadedAt()).toBe('undefined');
  });

  it('reports a missing bundle clearly', () => {
    expect(() => loadBundle(createGasEnvironment(), { bundlePath: '/nonexistent/Code.js' })).toThrow(
      /npm run build/,
    );
  });
});

// The thread card over the sample inbox, on the built dist/Code.js: every message opens into a
// valid card, with the access token set first, a bounded number of service calls, escaped text,
// and the warnings staff must see.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { accessTokenFor } from '../harness/events';
import { collectActionFunctions, validateCard } from '../harness/card-proto';
import {
  ROOT,
  bySource,
  createSidebar,
  patientMessages,
  textOf,
  withAuditSheet,
  withSamples,
  type Sidebar,
} from './sidebar-harness';

/** Service calls one card may cost: reads of the message, settings, roles, cache (measured ≈ 30). */
export const OPEN_CALL_BOUND = 45;

let sb: Sidebar;
beforeAll(async () => {
  sb = withAuditSheet(await withSamples(createSidebar()));
  // The first card of a fresh deployment also reads the sheet's configuration; later ones hit the cache.
  sb.open(sb.messages[0]!);
});

describe('thread card', () => {
  it('opens every sample message into a valid card, token first, within the call bound', () => {
    const functions = new Set<string>();
    for (const m of sb.messages) {
      const r = sb.open(m);
      expect(() => validateCard(r.json), m.source).not.toThrow();
      expect(r.accessTokens, m.source).toContain(accessTokenFor(m.record.id));
      expect(r.methods[0], m.source).toBe('GmailApp.setCurrentMessageAccessToken');
      expect(r.calls, m.source).toBeLessThanOrEqual(OPEN_CALL_BOUND);
      expect(
        r.methods.filter((x) => x === 'GmailApp.search' || x.endsWith('.getThreads')),
        m.source,
      ).toEqual([]);
      for (const fn of collectActionFunctions(r.json)) functions.add(fn);
    }
    // The manager who set up the sheet may not clear escalations: that is a pharmacist's button.
    expect([...functions].sort()).toEqual([
      'sidebarCreateDraft',
      'sidebarEscalate',
      'sidebarMarkHandled',
      'sidebarShowCorrect',
    ]);
  });

  it('shows intent, confidence, evidence, language, first name and medication', () => {
    const text = textOf(sb.open(bySource(sb, '02-refill-metformin')).json);
    expect(text).toContain('Prescription refill');
    expect(text).toMatch(/Confidence \d+%/);
    expect(text).toContain('Why');
    expect(text).toContain('English');
    expect(text).toContain('Patient first name');
    expect(text.toLowerCase()).toContain('metformin');
    expect(text).toContain('Suggested reply (English)');
  });

  it('puts an escalated message behind a banner with its reasons in plain words', () => {
    const text = textOf(sb.open(bySource(sb, '44-amlodipine')).json);
    expect(text).toContain('Pharmacist must look first');
    expect(text).toContain('possible side effect');
  });

  it('makes an emergency unmistakable, with the configured emergency number', () => {
    const m = sb.env.mailbox.addMessage({
      from: 'Tom Baker <tom.baker@example.com>',
      to: 'inbox@harbour-pharmacy.example',
      subject: 'Help my father',
      plainBody:
        'My father took a whole box of his sleeping pills an hour ago. He is unconscious and I cannot wake him. What do I do?',
      date: '2026-11-23T08:00:00Z',
    });
    const text = textOf(sb.open({ source: 'emergency', staff: false, record: m }).json);
    expect(text).toContain('URGENT: possible emergency');
    expect(text).toContain('Call the patient now. Advise them to call the emergency number 112.');
  });

  it('says when alarming words are only in the quoted history', () => {
    expect(textOf(sb.open(bySource(sb, '42-heart-prescription-pickup-friday')).json)).toContain(
      'Check the thread history',
    );
  });

  it('warns when Reply-To differs from From (a draft would go elsewhere)', () => {
    const text = textOf(sb.open(bySource(sb, '36-contact-form')).json);
    expect(text).toContain('a reply goes to');
    expect(text).toContain('helen.marsh@example.com');
  });

  it('escapes every string from the email before it reaches a widget', () => {
    const m = sb.env.mailbox.addMessage({
      from: '"<a href=\\"https://evil.example\\">Eve</a>" <eve@example.com>',
      replyTo: '<b>x</b> <collect@evil.example>',
      to: 'inbox@harbour-pharmacy.example',
      subject: '<font color="red">Refill</font> <img src=x>',
      plainBody:
        'Hello, can you refill my <a href="https://evil.example">metformin</a> <b>please</b>? <font color="#ff0000">Anna</font>',
      date: '2026-11-23T08:00:00Z',
    });
    const text = textOf(sb.open({ source: 'html', staff: false, record: m }).json);
    expect(text).not.toMatch(/<a\s/i);
    expect(text).not.toMatch(/<img/i);
    expect(text).not.toContain('<font color=\\"red\\"');
    expect(text).not.toContain('<font color=\\"#ff0000\\"');
    expect(text).not.toContain('<b>x</b>');
    expect(text).toContain('&lt;');
  });

  it('asks the person to choose when confidence is low', () => {
    const m = sb.env.mailbox.addMessage({
      from: 'K <k@example.com>',
      to: 'inbox@harbour-pharmacy.example',
      subject: 'hm',
      plainBody: 'ok',
      date: '2026-11-23T08:00:00Z',
    });
    const r = sb.open({ source: 'vague', staff: false, record: m });
    validateCard(r.json);
    const text = textOf(r.json);
    if (text.includes('Low confidence')) expect(text).toContain('Correct classification');
  });

  it('shows a short card, not a stack trace, for a deleted message or a quota error', () => {
    const m = bySource(sb, '07-paracetamol');
    const event = sb.event(m);
    const quota = sb.env.faults.inject({ service: 'gmail', method: 'getMessageById', error: 'dailyQuota' });
    const r1 = sb.call('onGmailMessageOpen', event);
    quota.remove();
    validateCard(r1.json);
    expect(textOf(r1.json)).toContain('daily Gmail limit');
    const deleted = { ...event, gmail: { ...event.gmail, messageId: 'no-such-message' } };
    const r2 = sb.call('onGmailMessageOpen', deleted);
    validateCard(r2.json);
    expect(textOf(r2.json)).toContain('no longer exists');
    expect(textOf(r2.json)).not.toMatch(/at \w+ \(|Exception|Invalid argument/);
  });

  it('refuses without a role, and fails closed when the user cannot be identified', () => {
    const m = bySource(sb, '02-refill');
    const stranger = sb.call('onGmailMessageOpen', sb.event(m), { user: 'stranger@elsewhere.example' });
    validateCard(stranger.json);
    expect(textOf(stranger.json)).toContain('You have no role');
    expect(textOf(stranger.json).toLowerCase()).not.toContain('metformin');
    const nobody = sb.call('onGmailMessageOpen', sb.event(m), { user: '' });
    expect(textOf(nobody.json)).toContain('could not be identified');
  });

  it('keeps email text out of the logs', () => {
    const bodies = patientMessages(sb)
      .map((m) =>
        m.record.plainBody
          .split('\n')
          .find((l) => l.trim().length > 25)
          ?.trim(),
      )
      .filter((l): l is string => !!l);
    const log = sb.env.logText();
    for (const line of bodies) expect(log).not.toContain(line);
    for (const m of patientMessages(sb))
      expect(log).not.toContain(m.record.from.replace(/.*</, '').replace(/>.*/, ''));
  });
});

describe('manifest', () => {
  it('names only functions that exist at the top level of the bundle', () => {
    const manifest = JSON.parse(readFileSync(path.join(ROOT, 'appsscript.json'), 'utf8')) as {
      addOns: {
        common: { homepageTrigger: { runFunction: string }; universalActions: { runFunction: string }[] };
        gmail: {
          contextualTriggers: { onTriggerFunction: string }[];
          composeTrigger: { selectActions: { runFunction: string }[] };
        };
      };
    };
    const names = [
      manifest.addOns.common.homepageTrigger.runFunction,
      ...manifest.addOns.common.universalActions.map((a) => a.runFunction),
      ...manifest.addOns.gmail.contextualTriggers.map((t) => t.onTriggerFunction),
      ...manifest.addOns.gmail.composeTrigger.selectActions.map((a) => a.runFunction),
    ];
    const code = readFileSync(path.join(ROOT, 'dist/Code.js'), 'utf8');
    for (const name of names) expect(code, name).toMatch(new RegExp(`^function ${name}\\(e\\) \\{`, 'm'));
  });
});

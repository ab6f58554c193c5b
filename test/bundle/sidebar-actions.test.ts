// Every button of the thread card on the built bundle: what it does in Gmail, the one audit row
// it writes, its notification, and its error paths (quota, deleted message, no role, no user, no
// audit sheet yet).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AuditRow } from '../../src/core/audit';
import { collectActionFunctions, validateCardJson } from '../harness/card-proto';
import type { LoadedMessage } from '../gas/load-samples';
import {
  MANAGER,
  PHARMACIST,
  ROOT,
  STAFF,
  STRANGER,
  bySource,
  createSidebar,
  notificationOf,
  patientMessages,
  textOf,
  withAuditSheet,
  withSamples,
  type CallResult,
  type Sidebar,
} from './sidebar-harness';

/** Service calls one button may cost, the audit write included (measured 30–55). */
export const ACTION_CALL_BOUND = 60;

const expected = new Map(
  readFileSync(path.join(ROOT, 'samples/expected.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { file: string; language: string; intent: string })
    .map((e) => [e.file, e]),
);

let sb: Sidebar;

function press(
  fn: string,
  m: LoadedMessage,
  opts: { inputs?: Record<string, string>; params?: Record<string, string>; user?: string } = {},
): CallResult {
  const event = sb.event(m, {
    formInputs: opts.inputs ?? {},
    parameters: { messageId: m.record.id, threadId: m.record.threadId, ...opts.params },
  });
  const r = sb.call(fn, event, opts.user === undefined ? {} : { user: opts.user });
  validateCardJson(r.json, 'actionResponse');
  expect(r.calls, fn).toBeLessThanOrEqual(ACTION_CALL_BOUND);
  expect(r.methods[0], fn).toBe('GmailApp.setCurrentMessageAccessToken');
  return r;
}

/** Runs `act` and returns the new audit rows whose event id starts with `prefix`, written or queued. */
function rowsOf(act: () => void, prefix: string): AuditRow[] {
  const before = new Set(sb.auditRows().map((r) => r.eventId));
  act();
  return sb.auditRows().filter((r) => !before.has(r.eventId) && r.eventId.startsWith(prefix));
}

function contentOf(json: Record<string, unknown>): string {
  const markup = (
    json.renderActions as {
      hostAppAction: {
        gmailAction: { updateDraftActionMarkup: { updateBody: { insertContents: { content: string }[] } } };
      };
    }
  ).hostAppAction.gmailAction.updateDraftActionMarkup;
  return markup.updateBody.insertContents.map((c) => c.content).join('');
}

function labelsOf(m: LoadedMessage): string[] {
  return sb.env.mailbox.threadLabels(m.record.threadId);
}

function synthetic(subject: string, body: string): LoadedMessage {
  const record = sb.env.mailbox.addMessage({
    from: 'Lena Vos <lena.vos@example.com>',
    to: 'inbox@harbour-pharmacy.example',
    subject,
    plainBody: body,
    date: '2026-11-23T08:00:00Z',
  });
  return { source: subject, staff: false, record };
}

beforeAll(async () => {
  sb = withAuditSheet(await withSamples(createSidebar()));
  sb.addRole(STAFF, 'staff');
  sb.addRole(PHARMACIST, 'pharmacist');
  // The first callback of a deployment also loads the sheet's configuration; bounds are for the rest.
  sb.open(sb.messages[0]!);
});

describe('Create reply draft', () => {
  it('drafts a reply in the patient language, in the thread, never sent, for every patient message', () => {
    const seen = new Set<string>();
    for (const m of patientMessages(sb)) {
      const drafts = sb.env.mailbox.drafts.size;
      const rows = rowsOf(() => {
        const r = press('sidebarCreateDraft', m);
        expect(notificationOf(r.json), m.source).toMatch(/Reply draft created in|No reply is needed/);
      }, `draft:${m.record.id}:`);
      expect(rows, m.source).toHaveLength(1);
      if (rows[0]!.outcome === 'failure:no_template') {
        expect(rows[0]!.intent).toBe('automated');
        continue;
      }
      expect(rows[0]!.outcome, m.source).toBe('success');
      expect(sb.env.mailbox.drafts.size).toBe(drafts + 1);
      const draft = sb.env.mailbox.listDrafts().at(-1)!.message;
      expect(draft.threadId).toBe(m.record.threadId);
      expect(draft.subject.replace(/^re:\s*/i, '')).toBe(m.record.subject.replace(/^re:\s*/i, ''));
      expect(draft.plainBody).not.toMatch(/\{\{|\}\}/);
      expect(draft.plainBody.length).toBeGreaterThan(80);
      const lang = /lang=([a-z]{2})/.exec(rows[0]!.detail)?.[1];
      const want = expected.get(m.source)?.language;
      if (want)
        expect(lang, m.source).toBe(['en', 'fr', 'nl', 'da', 'de', 'es'].includes(want) ? want : 'en');
      seen.add(`${rows[0]!.intent}/${lang}`);
    }
    expect(sb.env.violations).toEqual([]);
    expect(seen.size).toBeGreaterThan(10);
  });

  it('reminds the person when the draft goes to a Reply-To that is not the sender', () => {
    const text = notificationOf(press('sidebarCreateDraft', bySource(sb, '36-contact-form')).json);
    expect(text).toContain('a reply goes to');
    expect(sb.env.mailbox.listDrafts().at(-1)!.message.to).toContain('helen.marsh@example.com');
  });

  it('has a template without placeholders for every intent in every first-class language (compose)', () => {
    const bodies = new Set<string>();
    for (const language of ['en', 'fr', 'nl', 'da']) {
      const ids = [
        'refill_confirmation',
        'new_prescription_received',
        'appointment_confirmation',
        'lab_results_received',
        'invoice_sent',
        'insurance_in_progress',
        'out_of_stock',
        'delivery_pickup',
        'escalation_ack',
        'general_ack',
        'emergency_advice',
      ];
      for (const template of ids) {
        const r = sb.call('sidebarInsertTemplate', {
          commonEventObject: {
            userLocale: 'en',
            timeZone: { id: 'Europe/Brussels' },
            parameters: {},
            formInputs: {
              template: { stringInputs: { value: [template] } },
              language: { stringInputs: { value: [language] } },
            },
          },
          gmail: { accessToken: 'compose-token' },
        });
        validateCardJson(r.json, 'updateDraftActionResponse');
        const content = contentOf(r.json);
        expect(content, `${template}/${language}`).not.toMatch(/\{\{|\}\}/);
        expect(content, `${template}/${language}`).toContain('Harbour Pharmacy');
        expect(textOf(r.json)).toContain('IN_PLACE_INSERT');
        bodies.add(content);
      }
    }
    expect(bodies.size).toBe(44);
  });
});

describe('Escalate, Mark handled, Clear escalation', () => {
  it('escalates with a note that stays out of the audit sheet and the logs', () => {
    const m = bySource(sb, '07-paracetamol');
    const note = 'Mother called twice, sounded worried about the syrup strength';
    const rows = rowsOf(
      () =>
        expect(notificationOf(press('sidebarEscalate', m, { inputs: { note } }).json)).toContain(
          'pharmacist',
        ),
      `escalate:${m.record.id}:`,
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      action: 'escalate',
      outcome: 'success',
      actor: MANAGER,
      detail: 'note=true',
    });
    expect(rows[0]!.patientPseudonym).toMatch(/^p-[0-9a-f]{16}$/);
    expect(rows[0]!.threadLink).toBe(`https://mail.google.com/mail/u/0/#all/${m.record.threadId}`);
    expect(labelsOf(m)).toContain('Triage/Escalate');
    expect(JSON.stringify(sb.auditRows())).not.toContain('syrup strength');
    expect(sb.env.logText()).not.toContain('syrup strength');
    expect(JSON.stringify(sb.auditRows())).not.toContain('@example.com');
    expect(textOf(sb.open(m).json)).toContain('syrup strength');
  });

  it('marks handled and forgets the note', () => {
    const m = bySource(sb, '07-paracetamol');
    const rows = rowsOf(
      () => expect(notificationOf(press('sidebarMarkHandled', m).json)).toBe('Marked as handled.'),
      `handled:${m.record.id}:`,
    );
    expect(rows).toHaveLength(1);
    expect(labelsOf(m)).toContain('Triage/Handled');
    expect([...sb.env.properties.script.keys()].filter((k) => k.startsWith('escalation.note.'))).toEqual([]);
  });

  it('lets a pharmacist, and only a pharmacist, clear an escalation', () => {
    const m = bySource(sb, '11-amoxicilline');
    press('sidebarEscalate', m, { user: STAFF });
    expect(labelsOf(m)).toContain('Triage/Escalate');
    const refused = rowsOf(
      () =>
        expect(notificationOf(press('sidebarClearEscalation', m, { user: STAFF }).json)).toContain(
          'role does not allow',
        ),
      `clear-escalation:${m.record.id}:`,
    );
    expect(refused.map((r) => r.outcome)).toEqual(['failure:forbidden']);
    const cleared = rowsOf(
      () =>
        expect(notificationOf(press('sidebarClearEscalation', m, { user: PHARMACIST }).json)).toBe(
          'Escalation cleared.',
        ),
      `clear-escalation:${m.record.id}:`,
    );
    expect(cleared.map((r) => [r.outcome, r.actor])).toEqual([['success', PHARMACIST]]);
    expect(labelsOf(m)).not.toContain('Triage/Escalate');
    // a stock question the engine does not escalate: once cleared, nothing is left to clear
    expect(collectActionFunctions(sb.open(m, {}, { user: PHARMACIST }).json)).not.toContain(
      'sidebarClearEscalation',
    );
    const escalated = bySource(sb, '29-prior-auth-denied');
    expect(collectActionFunctions(sb.open(escalated, {}, { user: PHARMACIST }).json)).toContain(
      'sidebarClearEscalation',
    );
    expect(collectActionFunctions(sb.open(escalated, {}, { user: STAFF }).json)).not.toContain(
      'sidebarClearEscalation',
    );
  });
});

describe('Correct classification', () => {
  it('shows a form, then audits from/to/escalate, relabels and records feedback', () => {
    const m = bySource(sb, '19-charged-twice');
    const form = sb.call(
      'sidebarShowCorrect',
      sb.event(m, {
        parameters: {
          messageId: m.record.id,
          threadId: m.record.threadId,
          intent: 'billing',
          escalate: 'false',
        },
      }),
    );
    validateCardJson(form.json, 'actionResponse');
    expect(collectActionFunctions(form.json).sort()).toEqual(['sidebarBack', 'sidebarSaveCorrection']);
    const rows = rowsOf(() => {
      const r = press('sidebarSaveCorrection', m, {
        inputs: { intent: 'insurance', escalate: 'true' },
        params: { from: 'billing' },
        user: STAFF,
      });
      expect(notificationOf(r.json)).toContain('correction saved');
    }, `correct:${m.record.id}:`);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      action: 'correct',
      outcome: 'success',
      intent: 'insurance',
      decidedBy: 'person',
      detail: 'from=billing;to=insurance;escalate=true',
    });
    expect(labelsOf(m)).toEqual(expect.arrayContaining(['Triage/Insurance', 'Triage/Escalate']));
    const id = (JSON.parse(sb.env.properties.script.get('settings')!) as { auditSpreadsheetId: string })
      .auditSpreadsheetId;
    // Staff cannot open the sheet: their feedback row waits in the queue for the owner's next write.
    const queued = [...sb.env.properties.script.entries()]
      .filter(([k]) => k.startsWith('sheet.queue.'))
      .map(([, v]) => v);
    const feedback = [
      ...sb.env.workbooks.get(id)!.sheet('Feedback')!.values().flat().map(String),
      ...queued,
    ].join('|');
    expect(feedback).toContain(m.record.id);
    expect(feedback).toMatch(/billing.*insurance/);
    const back = sb.call('sidebarBack', sb.event(m));
    validateCardJson(back.json, 'actionResponse');
  });
});

describe('error paths of every button', () => {
  const buttons: [string, string, Record<string, string>, string?][] = [
    ['sidebarCreateDraft', 'draft', {}],
    ['sidebarEscalate', 'escalate', { note: '' }],
    ['sidebarMarkHandled', 'handled', {}],
    ['sidebarSaveCorrection', 'correct', { intent: 'general' }],
    ['sidebarClearEscalation', 'clear-escalation', {}, PHARMACIST],
  ];

  it.each(buttons)(
    '%s: quota exhausted → a clear notification and a failure row',
    (fn, action, inputs, user) => {
      const m = synthetic('Refill please', 'Could you refill my metformin 500 mg? Thank you, Lena');
      sb.open(m);
      const fault = sb.env.faults.inject({ service: 'gmail', error: 'dailyQuota' });
      try {
        const rows = rowsOf(
          () => expect(notificationOf(press(fn, m, { inputs, user }).json)).toContain('daily Gmail limit'),
          `${action}:${m.record.id}:`,
        );
        expect(rows.map((r) => r.outcome)).toEqual(['failure:quota']);
      } finally {
        fault.remove();
      }
    },
  );

  it.each(buttons)('%s: deleted message → "no longer exists"', (fn, action, inputs, user) => {
    const m = synthetic('Pickup', 'When can I pick up my order?');
    sb.env.mailbox.deleteThread(m.record.threadId);
    const rows = rowsOf(() => {
      const text = notificationOf(press(fn, m, { inputs, user }).json);
      expect(text).toContain('no longer exists');
      expect(text).not.toMatch(/Exception|Invalid argument|at \w/);
    }, `${action}:${m.record.id}:`);
    expect(rows.map((r) => r.outcome)).toEqual(['failure:not_found']);
  });

  it.each(buttons)(
    '%s: missing permission (no message token) → a clear notification',
    (fn, action, inputs, user) => {
      const m = synthetic('Delivery', 'Can you deliver my order on Friday?');
      const event = sb.event(m, {
        formInputs: inputs,
        parameters: { messageId: m.record.id, threadId: m.record.threadId },
      });
      delete event.gmail!.accessToken;
      const rows = rowsOf(() => {
        const r = sb.call(fn, event, user === undefined ? {} : { user });
        validateCardJson(r.json, 'actionResponse');
        expect(notificationOf(r.json)).toContain('not allowed to do this');
      }, `${action}:${m.record.id}:`);
      expect(rows.map((r) => r.outcome)).toEqual(['failure:permission']);
    },
  );

  it.each(buttons)('%s: no role → refused and audited', (fn, action, inputs) => {
    const m = synthetic('Stock', 'Do you have ibuprofen syrup?');
    const rows = rowsOf(
      () =>
        expect(notificationOf(press(fn, m, { inputs, user: STRANGER }).json)).toContain(
          'role does not allow',
        ),
      `${action}:${m.record.id}:`,
    );
    expect(rows.map((r) => [r.outcome, r.actor])).toEqual([['failure:forbidden', STRANGER]]);
    expect(labelsOf(m)).toEqual([]);
  });

  it.each(buttons)('%s: empty active user → fails closed', (fn, action, inputs) => {
    const m = synthetic('Stock', 'Do you have ibuprofen syrup?');
    const drafts = sb.env.mailbox.drafts.size;
    const rows = rowsOf(
      () =>
        expect(notificationOf(press(fn, m, { inputs, user: '' }).json)).toContain('could not be identified'),
      `${action}:${m.record.id}:`,
    );
    expect(rows.map((r) => r.outcome)).toEqual(['failure:no_user']);
    expect(sb.env.mailbox.drafts.size).toBe(drafts);
    expect(labelsOf(m)).toEqual([]);
  });
});

describe('before the audit sheet exists', () => {
  it('acts, says the record waits, and queues exactly one event per action', async () => {
    const fresh = await withSamples(createSidebar());
    const m = bySource(fresh, '02-refill');
    for (const fn of ['sidebarCreateDraft', 'sidebarEscalate', 'sidebarMarkHandled']) {
      const before = [...fresh.env.properties.script.keys()].filter((k) =>
        k.startsWith('audit.queue.'),
      ).length;
      const r = fresh.call(
        fn,
        fresh.event(m, { parameters: { messageId: m.record.id, threadId: m.record.threadId } }),
      );
      validateCardJson(r.json, 'actionResponse');
      expect(notificationOf(r.json), fn).toContain('not set up yet');
      const after = [...fresh.env.properties.script.keys()].filter((k) =>
        k.startsWith('audit.queue.'),
      ).length;
      expect(after - before, fn).toBe(1);
    }
    expect(fresh.env.mailbox.threadLabels(m.record.threadId)).toEqual(
      expect.arrayContaining(['Triage/Escalate', 'Triage/Handled']),
    );
  });
});

// After the add-on has processed the sample inbox (set-up, the scanner, the sidebar on every
// thread, a correction, verification, archiving), no body text, subject, patient address or name
// may be found in any spreadsheet, in console/Logger output, in thrown errors or in script
// properties. To cover a new flow, add a step to `processors`.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { GasEnvironment } from '../gas/environment';
import { loadSamplesInto, type LoadedMessage } from '../gas/load-samples';
import { gmailMessageEvent, homepageEvent } from '../harness/events';
import { newEnv, runEntry, runHelper } from './audit-harness';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const MAILBOX = 'inbox@harbour-pharmacy.example';

function addresses(header: string): string[] {
  return (header.match(/[^\s<>,;"]+@[^\s<>,;"]+/g) ?? []).map((a) => a.toLowerCase());
}

function displayNames(header: string): string[] {
  return header
    .split(',')
    .map((part) =>
      part
        .replace(/<[^>]*>/, '')
        .replace(/"/g, '')
        .trim(),
    )
    .filter((name) => name && !name.includes('@'));
}

/** What must never come out: patients' addresses and names, subjects, and every longer line of their mail. */
function needles(loaded: LoadedMessage[]): string[] {
  const found = new Set<string>();
  for (const { record, staff } of loaded) {
    const people = staff ? [record.to, record.cc] : [record.from, record.replyTo];
    for (const header of people) {
      for (const a of addresses(header)) if (a !== MAILBOX) found.add(a);
      // "Mail Delivery System" is no person, and "system" is a code of the audit.
      if (/^(mailer-daemon|postmaster|no-?reply)@/i.test(addresses(header)[0] ?? '')) continue;
      for (const name of displayNames(header)) {
        found.add(name);
        const surname = name.split(/\s+/).at(-1)!;
        if (surname.length >= 5) found.add(surname);
      }
    }
    if (staff) continue;
    if (record.subject.trim().length >= 8) found.add(record.subject.trim());
    const text = `${record.plainBody}\n${record.htmlBody.replace(/<[^>]*>/g, '\n')}`;
    for (const line of text.split(/\n|(?<=[.!?])\s/)) if (line.trim().length >= 20) found.add(line.trim());
  }
  return [...found].map((n) => n.toLowerCase());
}

function spreadsheetText(env: GasEnvironment): string {
  return env.workbooks
    .list()
    .flatMap((w) => w.sheets.flatMap((s) => [...s.values().flat().map(String), ...s.formulas().flat()]))
    .join('\n');
}

describe('privacy: nothing from the mail leaves the mail', () => {
  let env: GasEnvironment;
  let loaded: LoadedMessage[];
  const thrown: string[] = [];

  const attempt = async (step: () => unknown | Promise<unknown>) => {
    try {
      await step();
    } catch (error) {
      thrown.push(`${(error as Error).name}: ${(error as Error).message}\n${(error as Error).stack ?? ''}`);
    }
  };

  const processors: Array<[string, () => unknown]> = [
    ['set-up', () => runEntry(env, 'setupAuditSpreadsheet', [], { user: MAILBOX })],
    ['scanner', () => runEntry(env, 'scanInbox', [], { user: MAILBOX })],
    [
      'sidebar on every thread',
      () => {
        runEntry(env, 'onHomepage', [homepageEvent({ timeZone: 'Europe/Brussels' })], { user: MAILBOX });
        for (const { record, staff } of loaded)
          if (!staff)
            runEntry(
              env,
              'onGmailMessageOpen',
              [gmailMessageEvent({ messageId: record.id, threadId: record.threadId })],
              { user: MAILBOX },
            );
      },
    ],
    [
      'a correction',
      () => {
        const { record } = loaded.find((m) => !m.staff)!;
        return runHelper(env, (h) =>
          h.recordFeedback!({
            actor: MAILBOX,
            pseudonym: h.pseudonymOf!(record.from),
            threadId: record.threadId,
            messageId: record.id,
            oldIntent: 'refill',
            newIntent: 'clinical',
            oldEscalate: false,
            newEscalate: true,
            language: 'en',
          }),
        );
      },
    ],
    ['verification', () => runEntry(env, 'verifyAudit', [], { user: MAILBOX })],
    ['archiving', () => runEntry(env, 'archiveAudit', [1], { user: MAILBOX })],
  ];

  beforeAll(async () => {
    env = newEnv({ user: MAILBOX, ownAddress: MAILBOX });
    loaded = [
      ...(await loadSamplesInto(env.mailbox, path.join(ROOT, 'samples', 'inbox'))),
      ...(await loadSamplesInto(env.mailbox, path.join(ROOT, 'samples'))),
    ];
    for (const [, step] of processors) await attempt(step);
  }, 180_000);

  it('processed the sample inbox without an error', () => {
    expect(thrown).toEqual([]);
    expect(loaded.filter((m) => !m.staff).length).toBeGreaterThan(50);
    const audit = env.workbooks.list()[0]!.sheet('Audit')!.values();
    expect(audit.filter((r) => r[6] === 'classify').length).toBeGreaterThan(50);
  });

  it('finds no address, name, subject or body text in the spreadsheets, logs, errors or properties', () => {
    const haystacks = {
      spreadsheets: spreadsheetText(env),
      logs: env.logText(),
      errors: thrown.join('\n'),
      properties: [...env.properties.script.entries()]
        .filter(([k]) => k !== 'settings')
        .map(([k, v]) => `${k}=${v}`)
        .join('\n'),
    };
    const needleList = needles(loaded);
    expect(needleList.length).toBeGreaterThan(200);
    for (const [where, text] of Object.entries(haystacks)) {
      const lower = text.toLowerCase();
      const leaks = needleList.filter((n) => lower.includes(n));
      expect(leaks, `${where} leaks`).toEqual([]);
    }
  });
});

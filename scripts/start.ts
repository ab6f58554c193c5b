// `npm start`: the built add-on (dist/Code.js, exactly what clasp pushes) on the sample inbox,
// inside the Apps Script fakes. Writes the sidebar's cards, runs the scanner once, exports the
// audit trail, and prints a summary. `--locale fr` renders the sidebar in another language.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AUDIT_COLUMNS, type AuditRow, type ChainHead } from '../src/core/audit';
import { writeAuditCsv } from '../src/cli/local-audit';
import { createGasEnvironment, type GasEnvironment } from '../test/gas/environment';
import { loadSamplesInto } from '../test/gas/load-samples';
import { validateCardJson } from '../test/harness/card-proto';
import { gmailMessageEvent, homepageEvent } from '../test/harness/events';
import { loadBundle, type BundleSandbox } from '../test/harness/load-bundle';
import { buildBundle } from './build';

const ROOT = join(import.meta.dirname, '..');
const OUT = join(ROOT, 'out');
export const SAMPLE_MAILBOX = 'inbox@harbour-pharmacy.example';

export const SAMPLE_SETTINGS = {
  pharmacyName: 'Harbour Pharmacy',
  signature: 'The Harbour Pharmacy team',
  phone: '+32 2 555 01 23',
  defaultLanguage: 'en',
  labelPrefix: 'Triage',
  country: 'BE',
  timeZone: 'Europe/Brussels',
};

interface Printable {
  printJson(): string;
}

function cardsOf(value: unknown): unknown[] {
  const list = Array.isArray(value) ? value : [value];
  return list.map((c) => JSON.parse((c as Printable).printJson()));
}

function argument(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}

export async function sampleEnvironment(): Promise<{ env: GasEnvironment; sandbox: BundleSandbox }> {
  const env = createGasEnvironment({
    user: SAMPLE_MAILBOX,
    effectiveUser: SAMPLE_MAILBOX,
    ownAddress: SAMPLE_MAILBOX,
    timeZone: SAMPLE_SETTINGS.timeZone,
    now: Date.parse('2026-11-23T08:00:00Z'),
  });
  await loadSamplesInto(env.mailbox, join(ROOT, 'samples', 'inbox'));
  await loadSamplesInto(env.mailbox, join(ROOT, 'samples'));
  env.properties.script.set('settings', JSON.stringify(SAMPLE_SETTINGS));
  return { env, sandbox: loadBundle(env) };
}

function auditRows(env: GasEnvironment): AuditRow[] {
  const id = JSON.parse(env.properties.script.get('settings') ?? '{}').auditSpreadsheetId as
    string | undefined;
  const sheet = id ? env.workbooks.get(id)?.sheet('Audit') : undefined;
  if (!sheet) return [];
  const [, ...rows] = sheet.values();
  return rows.map(
    (r) => Object.fromEntries(AUDIT_COLUMNS.map((c, i) => [c, String(r[i] ?? '')])) as AuditRow,
  );
}

interface Expected {
  thread: string;
  intent: string;
  escalate: boolean;
  reasons: string[];
}

/** How the scanner's labels compare with the team's labels for the sample inbox. */
function agreement(env: GasEnvironment, classified: AuditRow[]): string {
  const expected = readFileSync(join(ROOT, 'samples', 'expected.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Expected);
  const messageIdOf = (m: { headers: Array<[string, string]> }): string =>
    m.headers.find(([k]) => k.toLowerCase() === 'message-id')?.[1]?.trim() ?? '';
  const threadByFirstMessage = new Map<string, string>();
  for (const id of env.mailbox.threads.keys())
    threadByFirstMessage.set(messageIdOf(env.mailbox.threadMessages(id)[0]!), id);
  const rowByThread = new Map(
    classified.map((r) => [decodeURIComponent(r.threadLink.split('/').pop() ?? ''), r]),
  );
  let intents = 0;
  let escalations = 0;
  let caught = 0;
  let urgent = 0;
  let urgentCaught = 0;
  let seen = 0;
  for (const e of expected) {
    const row = rowByThread.get(threadByFirstMessage.get(e.thread) ?? '');
    if (!row) continue;
    seen++;
    if (row.intent === e.intent) intents++;
    const escalated = row.intent === 'clinical' || row.reasons !== '';
    if (e.escalate) {
      escalations++;
      if (escalated) caught++;
    }
    if (e.reasons.includes('emergency')) {
      urgent++;
      if (row.reasons.split(',').includes('emergency')) urgentCaught++;
    }
  }
  return `intent ${intents}/${seen}, escalations ${caught}/${escalations}, emergencies ${urgentCaught}/${urgent}`;
}

async function main(): Promise<void> {
  const locale = argument('locale', 'en');
  const { bytes, functions } = await buildBundle();
  console.log(
    `built dist/Code.js: ${(bytes / 1024).toFixed(0)} KB, ${functions.length} Apps Script functions`,
  );
  const { env, sandbox } = await sampleEnvironment();
  rmSync(join(OUT, 'cards'), { recursive: true, force: true });
  mkdirSync(join(OUT, 'cards'), { recursive: true });

  sandbox.setupAuditSpreadsheet();
  const write = (name: string, value: unknown): number => {
    const cards = cardsOf(value);
    for (const card of cards) validateCardJson(card, 'auto');
    writeFileSync(
      join(OUT, 'cards', `${name}.json`),
      `${JSON.stringify(cards.length === 1 ? cards[0] : cards, null, 2)}\n`,
    );
    return cards.length;
  };

  const threads = [...env.mailbox.threads.values()];
  let cardCount = write(
    'homepage',
    sandbox.onHomepage(homepageEvent({ userLocale: locale, timeZone: SAMPLE_SETTINGS.timeZone })),
  );
  for (const thread of threads) {
    const inbound = env.mailbox
      .threadMessages(thread.id)
      .filter((m) => !m.from.toLowerCase().includes(SAMPLE_MAILBOX));
    const message = inbound[inbound.length - 1];
    if (!message) continue;
    const event = gmailMessageEvent({
      messageId: message.id,
      threadId: thread.id,
      userLocale: locale,
      timeZone: SAMPLE_SETTINGS.timeZone,
    });
    cardCount += write(thread.id, sandbox.onGmailMessageOpen(event));
  }
  console.log(
    `sidebar (${locale}): ${cardCount} cards for the homepage and ${threads.length} threads in out/cards/, all valid against card.proto`,
  );

  const scanner = env.newExecution({ user: SAMPLE_MAILBOX, effectiveUser: SAMPLE_MAILBOX });
  loadBundle(scanner).scanInbox();
  scanner.end();

  const rows = auditRows(env);
  const key = env.properties.script.get('audit.key') ?? '';
  const head = JSON.parse(
    env.properties.script.get('audit.head') ?? '{"seq":0,"hash":"genesis"}',
  ) as ChainHead;
  writeAuditCsv(join(OUT, 'audit.csv'), rows, { key, head });

  const classified = rows.filter((r) => r.action === 'classify');
  const byIntent = new Map<string, number>();
  for (const r of classified) byIntent.set(r.intent, (byIntent.get(r.intent) ?? 0) + 1);
  console.log(
    `scanner: ${classified.length} threads triaged and labelled; ${[...byIntent]
      .sort()
      .map(([i, n]) => `${i} ${n}`)
      .join(', ')}`,
  );
  console.log(`  against samples/expected.jsonl: ${agreement(env, classified)}`);
  console.log(
    `audit: ${rows.length} rows in out/audit.csv (check with: npm run -s triage -- verify-audit out/audit.csv)`,
  );
  console.log(`Apps Script service calls: ${env.calls.total()}`);
}

if (process.argv[1]?.endsWith('start.ts')) await main();

// Runs the built scanner (dist/Code.js) against the Apps Script fakes: a generated inbox of N
// threads from samples/inbox, new mail and staff replies between runs, faults on service calls,
// overlapping and cut-off runs, a person deleting labels. Then it inspects the fake mailbox and
// audit sheet itself (not the scanner's report) and prints one JSON line last.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { AUDIT_COLUMNS } from '../src/core/audit';
import { DEFAULT_SETTINGS } from '../src/core/config/settings';
import { INTENTS } from '../src/core/types';
import { labelNames } from '../src/core/policy/labels';
import { emailOf } from '../test/gas/addresses';
import { createGasEnvironment, type GasEnvironment, type GasExecution } from '../test/gas/environment';
import { addParsed, parseSamples } from '../test/gas/load-samples';
import { FakeClock } from '../test/gas/clock';
import { Mailbox, type MessageRecord } from '../test/gas/mailbox';
import { seededRng, type Rng } from '../test/gas/rng';
import { loadBundle } from '../test/harness/load-bundle';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const OWN = 'inbox@harbour-pharmacy.example';
const START = Date.parse('2026-11-23T07:00:00Z');
const DAY = 86_400_000;
const RUN_GAP_MS = 5 * 60_000;
const names = labelNames(DEFAULT_SETTINGS.labelPrefix);

const { values: args } = parseArgs({
  options: {
    threads: { type: 'string', default: '200' },
    runs: { type: 'string', default: '20' },
    faults: { type: 'string', default: '0.05' },
    seed: { type: 'string', default: '1' },
    bundle: { type: 'string' },
    verbose: { type: 'boolean', default: false },
  },
});
const N = Number(args.threads);
const R = Number(args.runs);
const P = Number(args.faults);
const SEED = Number(args.seed);

type Template = Array<{ record: MessageRecord; staff: boolean }>;

async function sampleThreads(): Promise<Template[]> {
  const scratch = new Mailbox(OWN, new FakeClock(START));
  const loaded = addParsed(scratch, await parseSamples(path.join(root, 'samples/inbox'), OWN));
  const byThread = new Map<string, Template>();
  for (const m of loaded)
    byThread.set(m.record.threadId, [
      ...(byThread.get(m.record.threadId) ?? []),
      { record: m.record, staff: m.staff },
    ]);
  return [...byThread.values()].filter((t) => t.some((m) => !m.staff));
}

function pick<T>(rng: Rng, list: readonly T[]): T {
  return list[Math.floor(rng() * list.length)]!;
}

/** A sample message as a new message: another sender and reference, the same words. */
function variant(m: MessageRecord, staff: boolean, i: number, date: number, threadId?: string) {
  const from = staff ? m.from : m.from.replace(/<[^>]+>|^[^<\s]+@\S+$/, `<patient${i}@mail.example>`);
  return {
    threadId,
    from,
    to: m.to,
    replyTo: m.replyTo && !staff ? `<patient${i}@mail.example>` : m.replyTo,
    subject: m.subject,
    plainBody: m.plainBody ? `${m.plainBody}\n\nRef ${i}` : undefined,
    htmlBody: m.htmlBody && !m.plainBody ? m.htmlBody : undefined,
    headers: m.headers.filter(([k]) =>
      /^(auto-submitted|precedence|list-unsubscribe|list-id|x-autoreply|content-type)$/i.test(k),
    ),
    attachments: m.attachments,
    date,
    inInbox: !staff,
    unread: !staff,
  };
}

function addGeneratedThread(
  mailbox: Mailbox,
  rng: Rng,
  templates: Template[],
  i: number,
  start: number,
  end: number,
): string {
  const template = pick(rng, templates);
  let date = start + rng() * Math.max(0, end - start);
  let threadId: string | undefined;
  for (const { record, staff } of template) {
    const added = mailbox.addMessage(variant(record, staff, i, date, threadId));
    threadId = added.threadId;
    date += (0.2 + rng() * 3) * 3_600_000;
    if (date > end) break;
  }
  return threadId!;
}

/** A message that cannot be read: every attempt throws, as a malformed MIME part would. */
function poison(mailbox: Mailbox, threadId: string): void {
  const inbound = mailbox.threadMessages(threadId).filter((m) => emailOf(m.from) !== OWN);
  const target = inbound[inbound.length - 1];
  if (target)
    Object.defineProperty(target, 'plainBody', {
      get: () => {
        throw new Error('Malformed MIME structure');
      },
    });
}

interface RunStats {
  runs: number;
  skipped: number;
  killed: number;
  overlaps: number;
  quota: number;
  errors: string[];
}

function runScan(
  env: GasEnvironment,
  bundle: string | undefined,
  rng: Rng,
  stats: RunStats,
  opts: { limitMs?: number; overlap?: boolean } = {},
): Record<string, unknown> | null {
  const exec = env.newExecution(opts.limitMs ? { limitMs: opts.limitMs } : {});
  if (opts.overlap) {
    // Another execution starts while this one waits between retries: it must see the lock and skip.
    const utilities = exec.globals.Utilities;
    const sleep = utilities.sleep.bind(utilities);
    utilities.sleep = (ms: number) => {
      if (rng() < 0.5) {
        stats.overlaps++;
        const other = runScan(env, bundle, rng, stats);
        if (other?.outcome === 'skipped:lock_held') stats.skipped++;
      }
      sleep(ms);
    };
  }
  stats.runs++;
  try {
    const sandbox = loadBundle(exec, { bundlePath: bundle });
    const summary = sandbox.scanInbox() as Record<string, unknown>;
    if (String(summary.outcome).includes('quota')) stats.quota++;
    return summary;
  } catch (error) {
    const message = (error as Error).message;
    if (/Exceeded maximum execution time/.test(message)) stats.killed++;
    else
      stats.errors.push(
        args.verbose
          ? String((error as Error).stack)
              .split('\n')
              .slice(0, 6)
              .join(' < ')
          : message.slice(0, 120),
      );
    return null;
  } finally {
    exec.end();
  }
}

function holdLockAndRun(env: GasEnvironment, bundle: string | undefined, rng: Rng, stats: RunStats): void {
  // Run A is mid-scan (holds the lock) when run B's trigger fires: B skips, then A carries on.
  const a: GasExecution = env.newExecution();
  try {
    a.globals.LockService.getScriptLock().tryLock(1000);
  } catch {
    // A fault on the lock service: then B simply runs.
  }
  const b = runScan(env, bundle, rng, stats);
  stats.overlaps++;
  if (b?.outcome === 'skipped:lock_held') stats.skipped++;
  stats.runs++;
  try {
    loadBundle(a, { bundlePath: bundle }).scanInbox();
  } catch (error) {
    stats.errors.push((error as Error).message.slice(0, 120));
  } finally {
    a.end();
  }
}

function auditRows(env: GasEnvironment, spreadsheetId: string): Array<Record<string, string>> {
  const sheet = env.workbooks.get(spreadsheetId)?.sheet('Audit');
  if (!sheet) return [];
  const [, ...rows] = sheet.values();
  return rows
    .filter((r) => r.some((v) => v !== ''))
    .map((r) => Object.fromEntries(AUDIT_COLUMNS.map((c, i) => [c, String(r[i] ?? '').replace(/^'/, '')])));
}

async function main(): Promise<void> {
  const t0 = Date.now();
  const rng = seededRng(SEED);
  const env = createGasEnvironment({ user: OWN, now: START, seed: SEED, timeZone: 'Europe/Brussels' });
  const templates = await sampleThreads();
  const threadIds: string[] = [];
  for (let i = 0; i < N; i++)
    threadIds.push(addGeneratedThread(env.mailbox, rng, templates, i, START - 25 * DAY, START - 60_000));
  const poisoned = threadIds.filter(() => rng() < 0.0025);
  for (const id of poisoned) poison(env.mailbox, id);
  const workbook = env.workbooks.create('Audit', { owner: OWN });
  env.properties.script.set(
    'settings',
    JSON.stringify({
      ...DEFAULT_SETTINGS,
      pharmacyName: 'Harbour Pharmacy',
      phone: '+32 2 555 01 01',
      auditSpreadsheetId: workbook.id,
      draftsForRoutine: true,
      emergencyDrafts: true,
    }),
  );
  env.end();

  const callsBefore = env.calls.total();
  for (const [kind, share] of [
    ['rateLimit', 0.35],
    ['simultaneous', 0.2],
    ['internal', 0.44],
    ['dailyQuota', 0.01],
  ] as const)
    env.faults.inject({ probability: P * share, error: kind, seed: SEED + kind.length });
  const stats: RunStats = { runs: 0, skipped: 0, killed: 0, overlaps: 0, quota: 0, errors: [] };
  let next = N;
  let arrivals = 0;
  for (let run = 0; run < R; run++) {
    env.clock.advance(RUN_GAP_MS);
    const now = env.clock.now();
    for (let k = 0; k < Math.max(1, Math.round(N / 400)); k++) {
      threadIds.push(addGeneratedThread(env.mailbox, rng, templates, next++, now - RUN_GAP_MS, now));
      const old = pick(rng, threadIds);
      const template = pick(rng, templates);
      const staff = rng() < 0.5;
      const sample = template.find((m) => m.staff === staff) ?? template[0]!;
      env.mailbox.addMessage(
        variant(sample.record, staff && sample.staff, next++, now - rng() * RUN_GAP_MS, old),
      );
      arrivals += 2;
    }
    if (run === Math.floor(R / 3)) env.mailbox.deleteLabel(names.intent('refill'));
    if (run === Math.floor((2 * R) / 3)) env.mailbox.deleteLabel(names.processed);
    const roll = rng();
    if (roll < 0.1) holdLockAndRun(env, args.bundle, rng, stats);
    else
      runScan(env, args.bundle, rng, stats, {
        limitMs: roll < 0.25 ? 200 + rng() * 3_000 : undefined,
        overlap: roll > 0.85,
      });
  }
  env.faults.clear();
  let drain = 0;
  for (; drain < 40; drain++) {
    env.clock.advance(RUN_GAP_MS);
    const summary = runScan(env, args.bundle, rng, stats);
    if (summary && summary.remaining === 0 && summary.outcome === 'success') break;
  }
  const calls = env.calls.total() - callsBefore;
  const m = inspect(env, workbook.id);
  const threads = env.mailbox.threads.size;
  const perThread = Math.round((calls / threads) * 100) / 100;
  const sample = (ids: string[]) => (ids.length ? ` (e.g. ${ids.slice(0, 3).join(', ')})` : '');

  console.log(
    `Simulated ${R} scheduled runs (+${drain + 1} fault-free runs to drain the queue) over ${N} generated threads, ${threads} at the end (${arrivals} arrivals between runs); fault probability ${P}, seed ${SEED}.`,
  );
  console.log(
    `Executions: ${stats.runs}; ${stats.overlaps} started while another held the lock (${stats.skipped} skipped), ${stats.killed} cut off by the time limit, ${stats.quota} stopped by a daily quota, ${stats.errors.length} failed otherwise${stats.errors.length ? `: ${[...new Set(stats.errors)].join(' | ')}` : ''}.`,
  );
  console.log(
    `Faults injected: ${env.faults.fired.length}. Service calls while scanning: ${calls}, ${perThread} per thread (message getters are local reads, as in Apps Script).`,
  );
  console.log(
    `Mailbox: ${m.triaged} threads triaged (newest inbound message classified and marked processed), ${m.quarantined} quarantined (${poisoned.length} poisoned on purpose), ${m.lost.length} lost${sample(m.lost)}.`,
  );
  console.log(
    `Duplicates: ${m.duplicateLabels.length} threads with two intent labels${sample(m.duplicateLabels)}, ${m.duplicateDrafts} extra drafts (${env.mailbox.drafts.size} drafts, ${m.unauditedDrafts} without an audit row), ${m.duplicateAuditRows} repeated audit event ids (${m.rows} rows).`,
  );
  console.log(`Audit rows by action: ${[...m.actions].map(([a, n]) => `${a} ${n}`).join(', ')}.`);
  if (args.verbose)
    console.log(
      `Calls by method: ${Object.entries(env.calls.byMethod)
        .sort((a, b) => b[1] - a[1])
        .map(([k, n]) => `${k} ${n}`)
        .join(', ')}.`,
    );
  console.log(`Wall time ${((Date.now() - t0) / 1000).toFixed(1)} s.`);
  console.log(
    JSON.stringify({
      threads: N,
      triaged: m.triaged,
      lost: m.lost.length,
      duplicateLabels: m.duplicateLabels.length,
      duplicateDrafts: m.duplicateDrafts,
      duplicateAuditRows: m.duplicateAuditRows,
      quarantined: m.quarantined,
      serviceCallsPerThread: perThread,
      runs: R,
    }),
  );
}

/**
 * Counts from the fake mailbox and Audit tab. A thread with inbound mail is triaged when its newest
 * inbound message carries the processed marker and has a `classify` row; it is lost when it is
 * neither triaged nor quarantined (Error label) after the drain.
 */
function inspect(env: GasEnvironment, spreadsheetId: string) {
  const rows = auditRows(env, spreadsheetId);
  const ids = new Map<string, number>();
  const actions = new Map<string, number>();
  for (const r of rows) {
    ids.set(r.eventId!, (ids.get(r.eventId!) ?? 0) + 1);
    actions.set(r.action!, (actions.get(r.action!) ?? 0) + 1);
  }
  const classified = new Set(rows.filter((r) => r.action === 'classify').map((r) => r.messageId));
  const intentLabels = new Set(INTENTS.map((i) => names.intent(i)));
  const lost: string[] = [];
  const duplicateLabels: string[] = [];
  let triaged = 0;
  let quarantined = 0;
  for (const id of env.mailbox.threads.keys()) {
    const labels = env.mailbox.threadLabels(id);
    if (labels.includes(names.error)) quarantined++;
    if (labels.filter((l) => intentLabels.has(l)).length > 1) duplicateLabels.push(id);
    const newest = env.mailbox
      .threadMessages(id)
      .filter((msg) => !msg.draft && emailOf(msg.from) !== OWN)
      .at(-1);
    if (!newest) continue;
    if (newest.labels.has(names.processed) && classified.has(newest.id)) triaged++;
    else if (!newest.labels.has(names.error)) lost.push(id);
  }
  const perThread = new Map<string, number>();
  for (const { message } of env.mailbox.listDrafts())
    perThread.set(message.threadId, (perThread.get(message.threadId) ?? 0) + 1);
  const drafted = new Set(
    rows.filter((r) => r.action === 'draft' && r.outcome === 'success').map((r) => r.messageId),
  );
  const byHeader = new Map([...env.mailbox.messages.values()].map((msg) => [msg.messageId, msg.id]));
  return {
    rows: rows.length,
    actions,
    triaged,
    quarantined,
    lost,
    duplicateLabels,
    duplicateDrafts: [...perThread.values()].reduce((sum, k) => sum + Math.max(0, k - 1), 0),
    duplicateAuditRows: [...ids.values()].reduce((sum, k) => sum + k - 1, 0),
    unauditedDrafts: env.mailbox
      .listDrafts()
      .filter(({ message }) => !drafted.has(byHeader.get(message.inReplyTo) ?? '')).length,
  };
}

await main();

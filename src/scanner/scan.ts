// One scanner run. The order is what makes it exactly-once: decide everything, note the intents
// about to be labelled, apply the effects (labels, drafts), write the one audit batch, then the
// record, then the markers that take threads out of the queue, then the summary. A run that dies
// anywhere leaves its threads in the queue; the next run redoes them with idempotent effects and
// the same audit event ids, which the sink drops as duplicates.
import { DEFAULT_SETTINGS, validateSettings, type Settings } from '../core/config/settings';
import { labelNames, labelQuery } from '../core/policy/labels';
import { appendAudit } from '../gas/audit-sink';
import { gasHmac } from '../gas/crypto';
import { LabelBook, chunks, messagesOf } from '../gas/gmail-batch';
import { PROPERTY_KEYS, auditKey, readSettings, scriptProperties } from '../gas/properties';
import { errorCode, isFatal, jitterSource, quotaService, setRetryRandom, withRetry } from '../gas/retry';
import { isoTimestamp } from '../gas/session';
import { gasZoneClock } from './business-time';
import { applyEffects } from './effects';
import { detail, event, threadLink } from './events';
import { newWork, newestInboundId, prepareThread, viewsOf, type PrepareContext, type Work } from './prepare';
import { finish } from './finish';
import {
  FAILURES_KEY,
  PENDING_KEY,
  ThreadRecords,
  decodeFailures,
  decodePending,
  encodePending,
  messageHash,
  notePending,
  type Failure,
} from './record';
import { EMPTY, QUARANTINE_AFTER, quotaAlert, quotaEvent, type Run, type ScanSummary } from './run';
import { loadSheetConfig } from '../sheet/config';

export const SOFT_BUDGET_MS = 210_000;
export const HARD_BUDGET_MS = 270_000;
export const MAX_THREADS_PER_RUN = 300;
const FETCH_BATCH = 50;
const SYSTEMIC_FAILURES = 5;
const LOCK_WAIT_MS = 500;

type Thread = GoogleAppsScript.Gmail.GmailThread;

export function scanInbox(): ScanSummary {
  const started = Date.now();
  const runId = `run-${Utilities.getUuid().replace(/-/g, '').slice(0, 16)}`;
  setRetryRandom(jitterSource(runId));
  try {
    const lock = withRetry(() => LockService.getScriptLock());
    if (!withRetry(() => lock.tryLock(LOCK_WAIT_MS))) return skipped(runId);
    try {
      return runLocked(runId, started);
    } finally {
      try {
        lock.releaseLock();
      } catch {
        // Released anyway when the execution ends.
      }
    }
  } catch (error) {
    if (errorCode(error) !== 'daily_quota') throw error;
    return quotaBeforeRun(runId, error);
  }
}

function skipped(runId: string): ScanSummary {
  try {
    const timeZone = withRetry(() => readSettings()).timeZone;
    const ctx = { runId, timestamp: isoTimestamp(new Date(), timeZone), hmac: () => '' };
    // The sink queues this row while the lock is held; the running scan writes it with its batch.
    withRetry(() =>
      appendAudit([event(ctx, 'scan-skipped', `scan-skipped:${runId}`, { outcome: 'skipped:lock_held' })]),
    );
  } catch (error) {
    // The row is a courtesy: the run holding the lock writes its own heartbeat.
    if (isFatal(error)) throw error;
  }
  return { runId, outcome: 'skipped:lock_held', ...EMPTY };
}

/** A quota (properties, lock) ran out before the run could start: raise the alert if anything still can. */
function quotaBeforeRun(runId: string, error: unknown): ScanSummary {
  const service = quotaService(error);
  const ctx = { runId, timestamp: isoTimestamp(new Date(), DEFAULT_SETTINGS.timeZone), hmac: () => '' };
  try {
    scriptProperties().setProperty(PROPERTY_KEYS.alert, JSON.stringify(quotaAlert(ctx, service)));
    appendAudit([quotaEvent(ctx, service)]);
  } catch {
    // Nothing more can be recorded now; the next run tries again.
  }
  return { runId, outcome: 'failure:daily_quota', ...EMPTY };
}

function settingsFrom(props: Record<string, string>): Settings {
  try {
    const raw = props[PROPERTY_KEYS.settings];
    return raw ? validateSettings(JSON.parse(raw)).settings : DEFAULT_SETTINGS;
  } catch {
    return DEFAULT_SETTINGS;
  }
}

function runLocked(runId: string, started: number): ScanSummary {
  const props = withRetry(() => scriptProperties().getProperties());
  const settings = settingsFrom(props);
  const run: Run = {
    summary: { runId, outcome: 'success', ...EMPTY },
    started,
    props,
    settings,
    names: labelNames(settings.labelPrefix),
    ctx: {
      runId,
      timestamp: isoTimestamp(new Date(), settings.timeZone),
      hmac: gasHmac(props[PROPERTY_KEYS.auditKey] ?? withRetry(() => auditKey())),
    },
    records: new ThreadRecords(props),
    failures: decodeFailures(props[FAILURES_KEY]),
    failedNow: {},
    pending: decodePending(props[PENDING_KEY]),
    works: [],
    extra: [],
    more: false,
    stop: null,
    labels: new LabelBook(),
  };
  const own = withRetry(() => Session.getEffectiveUser().getEmail())
    .trim()
    .toLowerCase();
  // Triage without an audit trail cannot be trusted (and the sink's queue holds too few rows);
  // without the mailbox's own address staff replies would be triaged as patients' mail.
  if (!settings.auditSpreadsheetId) run.summary.outcome = 'failure:no_audit_sheet';
  else if (!own) run.summary.outcome = 'failure:no_identity';
  else {
    try {
      const found = discover(run, own);
      prepare(run, found, own);
      journal(run);
    } catch (error) {
      if (!isFatal(error) || errorCode(error) === 'time_limit') throw error;
      run.stop = error;
      run.works = [];
    }
    if (run.works.length && !run.stop) {
      const effects = applyEffects(
        run.works,
        run.labels,
        run.names,
        run.ctx,
        () => Date.now() - started > HARD_BUDGET_MS,
      );
      run.stop = effects.stop;
      run.extra.push(...effects.events);
      run.works = run.works.filter((w) => !effects.incomplete.has(w.id));
      run.more ||= effects.incomplete.size > 0;
    }
  }
  return finish(run);
}

/** Threads not yet marked processed or quarantined, newest first; new inbound mail before staff replies. */
function discover(run: Run, own: string): Map<string, Thread> {
  const notDone = `-${labelQuery(run.names.processed)} -${labelQuery(run.names.error)} newer_than:30d`;
  const found = new Map<string, Thread>();
  for (const query of [`in:inbox ${notDone}`, `from:${own} ${notDone}`]) {
    const room = MAX_THREADS_PER_RUN - found.size;
    if (room <= 0) break;
    const page = withRetry(() => GmailApp.search(query, 0, room));
    if (page.length >= room) run.more = true;
    for (const thread of page) found.set(thread.getId(), thread);
  }
  run.summary.remaining = found.size;
  return found;
}

function prepare(run: Run, found: Map<string, Thread>, own: string): void {
  const pctx: PrepareContext = {
    // Staff may answer from a send-as alias: that is not a patient's message either.
    own: new Set([
      own,
      ...(found.size ? withRetry(() => GmailApp.getAliases()) : []).map((a) => a.toLowerCase()),
    ]),
    names: run.names,
    settings: run.settings,
    events: run.ctx,
    zone: gasZoneClock(run.settings.timeZone),
    pending: run.pending,
    // A new configuration's audit rows join this run's one batch.
    config: found.size
      ? loadSheetConfig({ writeAudit: (events) => run.extra.push(...events) })
      : { extraRules: [], templates: [] },
  };
  for (const batch of chunks([...found], FETCH_BATCH)) {
    if (Date.now() - run.started > SOFT_BUDGET_MS) {
      run.more = true;
      break;
    }
    const fetched = messagesOf(batch.map(([, t]) => t));
    batch.forEach(([id, thread], i) => {
      const messages = fetched[i]!;
      const prev = run.records.get(id);
      if (messages instanceof Error) {
        // A thread deleted since the search needs nothing more.
        if (errorCode(messages) !== 'not_found')
          run.failedNow[id] = { n: 1, code: errorCode(messages), msg: '' };
        return;
      }
      let views;
      try {
        views = viewsOf(messages);
        run.works.push(prepareThread(id, thread, messages, views, prev, pctx));
      } catch (error) {
        if (isFatal(error)) throw error;
        run.failedNow[id] = {
          n: 1,
          code: errorCode(error),
          msg: views ? newestInboundId(views, pctx.own, prev) : '',
        };
        // Codes and ids only: an exception's text could quote the message.
        console.warn(`scanner: thread ${id} failed (${errorCode(error)})`);
      }
    });
  }
  // Many threads failing for the first time, more than succeed, is not a bad message but a broken
  // run (a bug, a service down): those first failures are not counted, or the whole inbox would
  // end up in quarantine. Threads that failed before keep counting.
  const fresh = Object.keys(run.failedNow).filter((id) => !run.failures[id]);
  const systemic = fresh.length >= SYSTEMIC_FAILURES && fresh.length > run.works.length;
  if (systemic) {
    run.summary.outcome = 'failure:systemic';
    console.error(
      `scanner: ${fresh.length} threads failed for the first time; not counted towards quarantine`,
    );
  }
  for (const [id, f] of Object.entries(run.failedNow)) {
    const before = run.failures[id];
    if (systemic && !before) continue;
    f.n = before && before.msg === f.msg ? before.n + 1 : 1;
    run.failures[id] = f;
    if (f.n >= QUARANTINE_AFTER) run.works.push(quarantineWork(run, id, found.get(id)!, f));
  }
}

/** Notes the intents about to be labelled, before labelling, in one property write. */
function journal(run: Run): void {
  const labelled = run.works.filter((w) => w.intent);
  if (!labelled.length) return;
  for (const w of labelled) notePending(run.pending, w.id, w.intent!);
  const value = encodePending(run.pending);
  withRetry(() => scriptProperties().setProperty(PENDING_KEY, value));
}

function quarantineWork(run: Run, id: string, thread: Thread, f: Failure): Work {
  const prev = run.records.get(id);
  const work = newWork(
    id,
    thread,
    {
      msg: f.msg ? messageHash(f.msg) : '',
      seen: Math.max(prev?.seen ?? 0, Date.now()),
      intent: prev?.intent ?? null,
      quarantined: true,
    },
    'error',
  );
  work.events.push(
    event(run.ctx, 'quarantine', `quarantine:${f.msg || id}`, {
      threadLink: threadLink(id),
      messageId: f.msg || undefined,
      outcome: `failure:${f.code}`,
      detail: detail({ code: f.code, runs: f.n }),
    }),
  );
  return work;
}

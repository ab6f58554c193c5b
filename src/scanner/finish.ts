// The end of a run, in the order that makes it exactly-once: the one audit batch, then the
// record, then the markers that take threads out of the queue, then the summary for the card.
import type { AuditEvent } from '../core/audit';
import { PROPERTY_KEYS, scriptProperties } from '../gas/properties';
import { errorCode, isFatal, quotaService, withRetry } from '../gas/retry';
import { appendAuditLocked } from '../gas/audit-sink';
import { detail, event } from './events';
import { FAILURES_KEY, PENDING_KEY, encodeFailures, encodePending } from './record';
import {
  QUARANTINE_AFTER,
  quotaAlert,
  quotaEvent,
  type Run,
  type ScanSummary,
  type ScannerState,
} from './run';

type Store = GoogleAppsScript.Properties.Properties;

export function finish(run: Run): ScanSummary {
  const { summary, works, ctx } = run;
  const store = withRetry(() => scriptProperties());
  summary.processed = works.length;
  summary.quarantined = works.filter((w) => w.events.some((e) => e.action === 'quarantine')).length;
  summary.failed = Object.values(run.failedNow).filter((f) => f.n < QUARANTINE_AFTER).length;
  summary.remaining = Math.max(0, summary.remaining - works.length);
  let alert: Record<string, string> | null = null;
  const events = [...works.flatMap((w) => w.events), ...run.extra];
  if (run.stop) {
    const service = quotaService(run.stop);
    summary.outcome = 'failure:daily_quota';
    alert = quotaAlert(ctx, service);
    events.push(quotaEvent(ctx, service));
  } else if ((summary.remaining > 0 || run.more) && summary.outcome === 'success')
    summary.outcome = 'success:more';
  events.push(
    event(ctx, 'scan-heartbeat', `scan-heartbeat:${ctx.runId}`, {
      outcome: summary.outcome,
      detail: detail({ ...summary, runId: undefined, outcome: undefined, ms: Date.now() - run.started }),
    }),
  );
  const written = writeAudit(events);
  if (written !== true) {
    // Without the audit rows nothing may be recorded as done: the next run does it all again.
    const failedSummary = { ...summary, outcome: `failure:${written}`, processed: 0 };
    writeState(store, run, failedSummary, alert);
    return failedSummary;
  }

  const values: Record<string, string> = {};
  for (const w of works) {
    run.records.set(w.id, w.next);
    run.pending.delete(w.id);
    delete run.failures[w.id];
  }
  Object.assign(values, run.records.changed(Date.now()));
  const failures = encodeFailures(run.failures);
  if (failures !== (run.props[FAILURES_KEY] ?? '{}')) values[FAILURES_KEY] = failures;
  const pending = encodePending(run.pending);
  if (pending !== (run.props[PENDING_KEY] ?? '')) values[PENDING_KEY] = pending;
  if (Object.keys(values).length) withRetry(() => store.setProperties(values));

  if (!run.stop && works.length) {
    try {
      const book = run.labels;
      book.change(
        run.names.processed,
        works.filter((w) => w.marker === 'processed'),
        true,
      );
      book.change(
        run.names.error,
        works.filter((w) => w.marker === 'error'),
        true,
      );
    } catch (error) {
      if (!isFatal(error) || errorCode(error) === 'time_limit') throw error;
      // The record is written: the next run only adds the markers.
      alert = quotaAlert(ctx, quotaService(error));
      summary.outcome = 'failure:daily_quota';
    }
  }
  writeState(store, run, summary, alert);
  return summary;
}

/** The run's one audit batch. The sink queues a batch it cannot write; trying again flushes the queue, deduped by event id. */
function writeAudit(events: AuditEvent[]): true | string {
  let reason = 'audit_unavailable';
  for (let attempt = 0; attempt < 3; attempt++) {
    if (attempt) Utilities.sleep(2_000 * attempt);
    try {
      const result = appendAuditLocked(events);
      if (!result.reason) return true;
      reason = result.reason;
      if (reason === 'no_audit_sheet') return reason;
    } catch (error) {
      if (errorCode(error) === 'time_limit') throw error;
      reason = errorCode(error);
      if (isFatal(error)) return reason;
    }
  }
  return reason;
}

function writeState(
  store: Store,
  run: Run,
  summary: ScanSummary,
  alert: Record<string, string> | null,
): void {
  const { runId: _runId, ...counts } = summary;
  const state: ScannerState = {
    ...counts,
    lastRunAt: run.ctx.timestamp,
    lastOutcome: summary.outcome,
    more: run.more,
  };
  const values: Record<string, string> = { [PROPERTY_KEYS.scannerState]: JSON.stringify(state) };
  if (alert) values[PROPERTY_KEYS.alert] = JSON.stringify(alert);
  withRetry(() => store.setProperties(values));
  // A run that went through clears the quota alert an earlier run raised.
  const previous = run.props[PROPERTY_KEYS.alert];
  if (!alert && previous && previous.includes('"kind":"quota-exhausted"'))
    withRetry(() => store.deleteProperty(PROPERTY_KEYS.alert));
}

// What one scanner run carries from step to step, and the shapes it reports.
import type { AuditEvent } from '../core/audit';
import type { Settings } from '../core/config/settings';
import type { LabelNames } from '../core/policy/labels';
import type { Intent } from '../core/types';
import type { LabelBook } from '../gas/gmail-batch';
import { detail, event, type EventContext } from './events';
import type { Work } from './prepare';
import type { Failure, ThreadRecords } from './record';

export interface ScanSummary {
  runId: string;
  outcome: string;
  processed: number;
  remaining: number;
  failed: number;
  quarantined: number;
}

/** What the homepage card shows (script property `scanner.state`). */
export interface ScannerState extends Omit<ScanSummary, 'runId'> {
  lastRunAt: string;
  lastOutcome: string;
  more: boolean;
}

export interface Run {
  summary: ScanSummary;
  started: number;
  props: Record<string, string>;
  settings: Settings;
  names: LabelNames;
  ctx: EventContext;
  records: ThreadRecords;
  failures: Record<string, Failure>;
  failedNow: Record<string, Failure>;
  pending: Map<string, Intent[]>;
  works: Work[];
  extra: AuditEvent[];
  more: boolean;
  /** The daily-quota error that stopped the run, if one did. */
  stop: unknown;
  labels: LabelBook;
}

export const QUARANTINE_AFTER = 3;

export const EMPTY = { processed: 0, remaining: 0, failed: 0, quarantined: 0 };

export function quotaEvent(ctx: EventContext, service: string): AuditEvent {
  return event(ctx, 'quota-exhausted', `quota-exhausted:${ctx.timestamp.slice(0, 10)}:${service}`, {
    outcome: 'failure:daily_quota',
    detail: detail({ service }),
  });
}

export function quotaAlert(ctx: EventContext, service: string): Record<string, string> {
  return { kind: 'quota-exhausted', service, at: ctx.timestamp, runId: ctx.runId };
}

// The Audit tab's columns, in order. One row per action; no subject, body, name or address ever
// goes in: the patient is a keyed pseudonym, the message a Gmail id.
import type { TriageResult } from '../types';

export const AUDIT_COLUMNS = [
  'seq',
  'timestamp',
  'eventId',
  'runId',
  'actor',
  'actorRole',
  'action',
  'outcome',
  'threadLink',
  'messageId',
  'patientPseudonym',
  'language',
  'intent',
  'confidence',
  'decidedBy',
  'reasons',
  'ruleSetVersion',
  'templateId',
  'templateVersion',
  'detail',
  'prevHash',
  'rowHash',
] as const;

export type AuditColumn = (typeof AUDIT_COLUMNS)[number];

export const AUDIT_ACTIONS = [
  'classify',
  'label',
  'draft',
  'escalate',
  'clear-escalation',
  'handled',
  'correct',
  'first-response',
  'config-change',
  'config-error',
  'setup',
  'verify',
  'archive',
  'scan-heartbeat',
  'scan-skipped',
  'quota-exhausted',
  'quarantine',
  'error',
  'view',
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** What a caller supplies; seq, hashes and the defaults are filled in by the chain. */
export interface AuditEvent {
  timestamp: string;
  eventId: string;
  runId: string;
  actor: string;
  actorRole: string;
  action: AuditAction;
  outcome: string;
  threadLink?: string;
  messageId?: string;
  patientPseudonym?: string;
  language?: string;
  intent?: string;
  confidence?: number | string;
  decidedBy?: string;
  reasons?: string[] | string;
  ruleSetVersion?: string;
  templateId?: string;
  templateVersion?: string;
  /** Codes and short structured facts only (e.g. `from=refill;to=clinical`), never free text from mail. */
  detail?: string;
}

export type AuditRow = Record<AuditColumn, string>;

/** The audit columns a triage result fills: the same for the scanner and the sidebar. */
export function triageColumns<
  T extends Pick<
    TriageResult,
    'language' | 'intent' | 'confidence' | 'decidedBy' | 'reasons' | 'ruleSetVersion'
  >,
>(result: T): Pick<T, 'language' | 'intent' | 'confidence' | 'decidedBy' | 'reasons' | 'ruleSetVersion'> {
  const { language, intent, confidence, decidedBy, reasons, ruleSetVersion } = result;
  return { language, intent, confidence, decidedBy, reasons, ruleSetVersion };
}

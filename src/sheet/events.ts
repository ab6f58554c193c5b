// Building audit events, and the allow-list every event passes before it is sealed: whatever a
// caller hands the sink, only ids, codes and numbers reach the sheet (no subject, body, name or
// address), so a mistake elsewhere cannot leak mail into the audit trail.
import { AUDIT_ACTIONS, patientPseudonym, type AuditAction, type AuditEvent } from '../core/audit';
import { fnv1a } from '../core/text/hash';
import { INTENTS, REASONS } from '../core/types';
import { gasHmac } from '../gas/crypto';
import { auditKey, readSettings } from '../gas/properties';
import { isoTimestamp } from '../gas/session';

export const SCANNER_ACTOR = 'scanner';
export const SYSTEM_ROLE = 'system';

export interface ActorFields {
  actor: string;
  actorRole: string;
}

let runId: string | null = null;
let timeZone: string | null = null;

/** One id per execution (Apps Script loads the project afresh for each), shared by every event it writes. */
export function currentRunId(): string {
  runId ??= `run-${Utilities.getUuid().replace(/-/g, '').slice(0, 16)}`;
  return runId;
}

export function nowIso(date: Date = new Date()): string {
  timeZone ??= readSettings().timeZone;
  return isoTimestamp(date, timeZone);
}

/** 64 bits from two seeded FNV-1a passes: enough that distinct events never meet in the dedupe window. */
export function eventIdFor(parts: readonly string[]): string {
  const text = parts.join('\u001f');
  const hex = (n: number) => n.toString(16).padStart(8, '0');
  return `ev-${hex(fnv1a(text))}${hex(fnv1a(text, 0x9747b28c))}`;
}

export function threadLinkOf(threadId: string): string {
  return /^[A-Za-z0-9_-]{1,64}$/.test(threadId) ? `https://mail.google.com/mail/#all/${threadId}` : '';
}

export function pseudonymOf(fromHeader: string | undefined): string {
  return patientPseudonym(fromHeader, gasHmac(auditKey()));
}

// A code starts lower-case (a name starts upper-case) and has no spaces or @.
const CODE = /^[a-z0-9][A-Za-z0-9_.:,+-]{0,79}$/;
const KEY = /^[A-Za-z][A-Za-z0-9_-]{0,30}$/;

/** `minutes=42;priority=high`: short facts for the Dashboard; a value that is not a code becomes `redacted`. */
export function detailOf(facts: Record<string, string | number | boolean | null | undefined>): string {
  return Object.entries(facts)
    .filter(([k, v]) => KEY.test(k) && v !== undefined && v !== null && v !== '')
    .map(([k, v]) => {
      const value =
        typeof v === 'boolean'
          ? v
            ? '1'
            : '0'
          : typeof v === 'number'
            ? Number.isFinite(v)
              ? String(v)
              : ''
            : String(v);
      return `${k}=${CODE.test(value) ? value : 'redacted'}`;
    })
    .join(';');
}

function sanitiseDetail(detail: string): string {
  if (!detail) return '';
  const facts: Record<string, string> = {};
  detail.split(';').forEach((pair, i) => {
    const at = pair.indexOf('=');
    const key = at > 0 ? pair.slice(0, at) : `part${i + 1}`;
    facts[KEY.test(key) ? key : `part${i + 1}`] = at > 0 ? pair.slice(at + 1) : pair;
  });
  return detailOf(facts);
}

const ISO_WITH_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?(Z|[+-]\d{2}:\d{2})$/;
const ID = /^[A-Za-z0-9_.:-]{1,80}$/;
const GMAIL_ID = /^[A-Za-z0-9_-]{1,64}$/;
const THREAD_LINK = /^https:\/\/mail\.google\.com\/mail\/(u\/\d+\/)?#[a-z]+\/[A-Za-z0-9_-]{1,64}$/;
const ACTOR = /^([a-z0-9._%+-]{1,64}@[a-z0-9.-]{1,190}|scanner|system)$/;
const ROLE = /^[a-z+]{1,40}$/;
const OUTCOME = /^(success|failure|skipped)(:[a-z0-9_]{1,40})?$/;

const keep = (value: unknown, pattern: RegExp): string => {
  const s = value === undefined || value === null ? '' : String(value).trim();
  return pattern.test(s) ? s : '';
};

/** The allow-list: every field is an id, a code or a number, or it is dropped. */
export function sanitiseEvent(event: AuditEvent): AuditEvent {
  const action = (AUDIT_ACTIONS as readonly string[]).includes(event.action) ? event.action : 'error';
  const reasons = (Array.isArray(event.reasons) ? event.reasons : String(event.reasons ?? '').split(','))
    .map((r) => r.trim())
    .filter((r) => (REASONS as readonly string[]).includes(r));
  const confidence = Number(event.confidence);
  const clean: AuditEvent = {
    timestamp: ISO_WITH_ZONE.test(String(event.timestamp)) ? event.timestamp : nowIso(),
    eventId: keep(event.eventId, ID),
    runId: keep(event.runId, ID) || currentRunId(),
    actor: keep(String(event.actor ?? '').toLowerCase(), ACTOR) || 'redacted',
    actorRole: keep(event.actorRole, ROLE) || 'none',
    action,
    outcome: keep(event.outcome, OUTCOME) || (action === event.action ? 'success' : 'failure:unknown_action'),
    threadLink: keep(event.threadLink, THREAD_LINK),
    messageId: keep(event.messageId, GMAIL_ID),
    patientPseudonym: keep(event.patientPseudonym, /^p-[0-9a-f]{16}$/),
    language: keep(event.language, /^([a-z]{2,3})$/),
    intent: keep(event.intent, new RegExp(`^(${INTENTS.join('|')})$`)),
    confidence:
      event.confidence === undefined || event.confidence === '' || !Number.isFinite(confidence)
        ? ''
        : String(Math.round(confidence * 1000) / 1000),
    decidedBy: keep(event.decidedBy, /^(model|rule|person|system)$/),
    reasons: [...new Set(reasons)].sort(),
    ruleSetVersion: keep(event.ruleSetVersion, /^[A-Za-z0-9_.:-]{1,80}$/),
    templateId: keep(event.templateId, /^[a-z][a-z0-9_]{0,39}$/),
    templateVersion: keep(event.templateVersion, /^[A-Za-z0-9_.:-]{1,40}$/),
    detail: sanitiseDetail(String(event.detail ?? '')),
  };
  if (!clean.eventId)
    clean.eventId = eventIdFor([
      clean.runId,
      clean.action,
      clean.messageId ?? '',
      clean.actor,
      clean.detail ?? '',
      clean.timestamp,
    ]);
  return clean;
}

export type EventFields = Partial<Omit<AuditEvent, 'action'>> & { action: AuditAction };

/** A complete event: the id is derived from what it records, so a retry of the same action dedupes. */
export function auditEvent(
  fields: EventFields,
  who: ActorFields = { actor: SCANNER_ACTOR, actorRole: SYSTEM_ROLE },
): AuditEvent {
  const event: AuditEvent = {
    outcome: 'success',
    ...fields,
    timestamp: fields.timestamp ?? nowIso(),
    runId: fields.runId ?? currentRunId(),
    actor: fields.actor ?? who.actor,
    actorRole: fields.actorRole ?? who.actorRole,
    eventId: '',
  };
  event.eventId =
    fields.eventId ??
    eventIdFor([
      event.runId,
      event.action,
      event.messageId ?? '',
      event.threadLink ?? '',
      event.actor,
      event.outcome,
      event.detail ?? '',
      event.templateId ?? '',
    ]);
  return event;
}

export interface MessageRef {
  threadId: string;
  messageId: string;
  /** The From header: only its keyed pseudonym is kept. */
  from?: string;
}

// One audit row per action, success or failure, through the audit sink. The row carries codes,
// ids and the patient's pseudonym: never an address, a name or text from the email.
import type { AuditAction, AuditEvent } from '../core/audit';
import type { Actor } from '../gas/roles';
import { appendAudit } from '../gas/audit-sink';
import { isoTimestamp } from '../gas/session';
import type { Context } from './context';
import { failureCode, logFailure, type FailureCode } from './errors';

/** What the audit knows of the message an action was about. */
export interface MessageFacts {
  threadId: string;
  messageId: string;
  pseudonym: string;
  language: string;
  intent: string;
  confidence: number;
  decidedBy: string;
  reasons: string[];
  ruleSetVersion: string;
  escalate: boolean;
  templateId?: string;
  templateVersion?: string;
}

export type AuditOutcome = 'written' | 'queued' | { failed: FailureCode | 'queue_full' };

export function threadLink(threadId: string): string {
  return threadId ? `https://mail.google.com/mail/u/0/#all/${encodeURIComponent(threadId)}` : '';
}

export function auditEvent(
  ctx: Context,
  actor: Actor,
  action: AuditAction,
  outcome: string,
  facts: Partial<MessageFacts>,
  detail = '',
): AuditEvent {
  const at = ctx.now.getTime();
  const subject =
    facts.messageId ||
    ctx.messageId ||
    (action === 'config-change' || action === 'setup' ? 'settings' : 'none');
  const threadId = facts.threadId || ctx.threadId;
  return {
    timestamp: isoTimestamp(ctx.now, ctx.settings().timeZone),
    eventId: `${action}:${subject}:${at}`,
    runId: `sidebar:${at}`,
    actor: actor.email ?? '',
    actorRole: actor.roles.join('+') || 'none',
    action,
    outcome,
    threadLink: threadLink(threadId),
    messageId: facts.messageId || ctx.messageId,
    patientPseudonym: facts.pseudonym ?? '',
    language: facts.language ?? '',
    intent: facts.intent ?? '',
    confidence: facts.confidence ?? '',
    decidedBy: facts.decidedBy ?? '',
    reasons: facts.reasons ?? [],
    ruleSetVersion: facts.ruleSetVersion ?? '',
    templateId: facts.templateId ?? '',
    templateVersion: facts.templateVersion ?? '',
    detail,
  };
}

/** Writes the row; a sheet that is missing or busy queues it (the sink keeps it for later). */
export function writeAudit(event: AuditEvent): AuditOutcome {
  try {
    const result = appendAudit([event]);
    if (result.reason === 'queue_full') return { failed: 'queue_full' };
    // Rows queued because staff cannot write the owner's sheet, or the lock is busy, are recorded all
    // the same (the next owner run writes them); only a missing sheet is worth telling the user about.
    return result.reason === 'no_audit_sheet' ? 'queued' : 'written';
  } catch (error) {
    const code = failureCode(error);
    logFailure(`audit:${event.action}`, code);
    return { failed: code };
  }
}

// The scanner's audit events. Ids are derived from the Gmail ids they record (never from the run),
// so a run that repeats work after a crash or an overlap produces the same ids and the sink drops
// the copies. Details carry codes and numbers only.
import { patientPseudonym, triageColumns, type AuditAction, type AuditEvent, type Hmac } from '../core/audit';
import type { TriageResult } from '../core/types';
import type { DraftPlan } from './decide';

export const SCANNER_ACTOR = 'scanner';
export const SYSTEM_ROLE = 'system';

export interface EventContext {
  runId: string;
  timestamp: string;
  hmac: Hmac;
}

export function threadLink(threadId: string): string {
  return `https://mail.google.com/mail/#all/${threadId}`;
}

export function detail(facts: Record<string, string | number | undefined>): string {
  return Object.entries(facts)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${k}=${v}`)
    .join(';');
}

export function event(
  ctx: EventContext,
  action: AuditAction,
  eventId: string,
  fields: Partial<AuditEvent> = {},
): AuditEvent {
  return {
    timestamp: ctx.timestamp,
    eventId,
    runId: ctx.runId,
    actor: SCANNER_ACTOR,
    actorRole: SYSTEM_ROLE,
    action,
    outcome: 'success',
    ...fields,
  };
}

export function triageEvents(
  ctx: EventContext,
  result: TriageResult,
  threadId: string,
  messageId: string,
  from: string | undefined,
): AuditEvent[] {
  const common: Partial<AuditEvent> = {
    threadLink: threadLink(threadId),
    messageId,
    patientPseudonym: patientPseudonym(from, ctx.hmac),
    ...triageColumns(result),
  };
  const facts = detail({ priority: result.priority, review: result.needsReview ? 1 : undefined });
  const events = [event(ctx, 'classify', `classify:${messageId}`, { ...common, detail: facts })];
  if (result.escalate)
    events.push(event(ctx, 'escalate', `escalate:${messageId}`, { ...common, detail: facts }));
  return events;
}

export function labelEvent(
  ctx: EventContext,
  threadId: string,
  messageId: string,
  add: string[],
  remove: string[],
): AuditEvent {
  return event(ctx, 'label', `label:${messageId}`, {
    threadLink: threadLink(threadId),
    messageId,
    detail: detail({ add: add.join(','), remove: remove.join(',') }),
  });
}

// Audit details are lower-case codes: placeholder names go in snake case.
const snake = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

export function draftEvent(
  ctx: EventContext,
  plan: Extract<DraftPlan, { rendered: unknown }>,
  base: { threadLink: string; messageId: string },
): AuditEvent {
  return event(ctx, 'draft', `draft:${base.messageId}`, {
    ...base,
    templateId: plan.template.id,
    templateVersion: plan.template.version,
    language: plan.template.language,
    detail: detail({ kind: plan.kind, missing: plan.rendered.missing.map(snake).join(',') }),
  });
}

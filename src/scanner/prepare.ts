// One thread's work for this run, decided before anything is changed: what to classify, which
// labels and draft follow, which audit events record it and the record to keep afterwards.
import type { AuditEvent } from '../core/audit';
import type { Settings } from '../core/config/settings';
import type { LabelNames } from '../core/policy/labels';
import type { Intent } from '../core/types';
import { triageMessage } from '../core/triage';
import type { SheetConfig } from '../sheet/config';
import { messageInputOf } from '../gas/gmail-message';
import { withRetry } from '../gas/retry';
import { businessMinutes, type ZoneClock } from './business-time';
import {
  labelChange,
  planDraft,
  planThread,
  type DraftPlan,
  type DraftView,
  type MessageView,
} from './decide';
import { detail, draftEvent, event, labelEvent, threadLink, triageEvents, type EventContext } from './events';
import { messageHash, type ThreadState } from './record';

type Thread = GoogleAppsScript.Gmail.GmailThread;
type Message = GoogleAppsScript.Gmail.GmailMessage;

export interface Work {
  id: string;
  thread: Thread;
  /** The message classified this run, if any (drafts reply to it). */
  message: Message | null;
  add: string[];
  remove: string[];
  /** The intent labelled this run, if any. */
  intent: Intent | null;
  draft: DraftPlan | null;
  /** Events for what this thread's work did; written only when all of it was done. */
  events: AuditEvent[];
  next: ThreadState;
  marker: 'processed' | 'error';
}

export interface PrepareContext {
  own: ReadonlySet<string>;
  names: LabelNames;
  settings: Settings;
  events: EventContext;
  zone: ZoneClock;
  /** Intents a run that died may have left on threads (see PENDING_KEY). */
  pending: ReadonlyMap<string, Intent[]>;
  /** The Rules and Templates tabs, read once per run. */
  config: Pick<SheetConfig, 'extraRules' | 'templates'>;
}

export function viewsOf(messages: Message[]): MessageView[] {
  return messages.map((m, index) => ({
    index,
    id: m.getId(),
    from: m.getFrom(),
    date: m.getDate().getTime(),
    draft: m.isDraft(),
  }));
}

/** The newest inbound message id, for failure bookkeeping when preparing a thread throws. */
export function newestInboundId(
  views: MessageView[],
  own: ReadonlySet<string>,
  prev: ThreadState | undefined,
): string {
  return planThread(views, own, prev).newestInbound?.id ?? '';
}

/**
 * A draft answering an earlier message that arrived after the last record: a run made it and died
 * before auditing it, and newer mail came before the next run. The message is classified again
 * (deterministic) so the draft's audit row carries the same template as if written at the time.
 */
function orphanDrafts(
  id: string,
  messages: Message[],
  views: MessageView[],
  classified: MessageView,
  prev: ThreadState | undefined,
  drafts: DraftView[],
  ctx: PrepareContext,
): AuditEvent[] {
  const events: AuditEvent[] = [];
  for (const v of views) {
    if (v.draft || v.index === classified.index || v.date <= (prev?.seen ?? -Infinity)) continue;
    const header = messages[v.index]!.getHeader('Message-ID');
    if (!drafts.some((d) => d.inReplyTo === header)) continue;
    const input = withRetry(() => messageInputOf(messages[v.index]!));
    const plan = planDraft(
      triageMessage(input, { extraRules: ctx.config.extraRules }),
      input,
      ctx.settings,
      header,
      drafts,
      ctx.config.templates,
    );
    if (plan && 'existing' in plan && plan.existing)
      events.push(draftEvent(ctx.events, plan, { threadLink: threadLink(id), messageId: v.id }));
  }
  return events;
}

/** A thread's work with no effect planned yet: the caller sets what to record and which marker ends it. */
export function newWork(id: string, thread: Thread, next: Work['next'], marker: Work['marker']): Work {
  return {
    id,
    thread,
    message: null,
    add: [],
    remove: [],
    intent: null,
    draft: null,
    events: [],
    next,
    marker,
  };
}

export function prepareThread(
  id: string,
  thread: Thread,
  messages: Message[],
  views: MessageView[],
  prev: ThreadState | undefined,
  ctx: PrepareContext,
): Work {
  const plan = planThread(views, ctx.own, prev);
  const work = newWork(
    id,
    thread,
    {
      msg: prev?.msg ?? '',
      seen: plan.seen,
      intent: prev?.intent ?? null,
      quarantined: !!plan.stillQuarantined,
    },
    plan.stillQuarantined ? 'error' : 'processed',
  );
  const responses = plan.firstResponses.map(({ staff, since }) =>
    event(ctx.events, 'first-response', `first-response:${staff.id}`, {
      threadLink: threadLink(id),
      messageId: since.id,
      detail: detail({
        minutes: Math.floor((staff.date - since.date) / 60_000),
        businessMinutes: businessMinutes(since.date, staff.date, ctx.settings.businessHours, ctx.zone),
      }),
    }),
  );
  if (!plan.classify) {
    work.events.push(...responses);
    return work;
  }

  const message = messages[plan.classify.index]!;
  const input = withRetry(() => messageInputOf(message));
  const result = triageMessage(input, { extraRules: ctx.config.extraRules });
  const change = labelChange(result, [prev?.intent, ...(ctx.pending.get(id) ?? [])], ctx.names);
  const codes = [
    result.intent,
    ...(result.escalate ? ['escalate'] : []),
    ...(result.priority === 'urgent' ? ['urgent'] : []),
  ];
  work.message = message;
  work.add = change.add;
  work.remove = change.remove;
  work.intent = result.intent;
  const drafts = messages
    .filter((m) => m.isDraft())
    .map((m) => ({ inReplyTo: m.getHeader('In-Reply-To'), body: m.getPlainBody() }));
  work.draft = planDraft(
    result,
    input,
    ctx.settings,
    message.getHeader('Message-ID'),
    drafts,
    ctx.config.templates,
  );
  if (drafts.length) responses.push(...orphanDrafts(id, messages, views, plan.classify, prev, drafts, ctx));
  work.events.push(
    ...triageEvents(ctx.events, result, id, plan.classify.id, input.from),
    labelEvent(ctx.events, id, plan.classify.id, codes, change.removed),
    ...responses,
  );
  work.next = {
    msg: messageHash(plan.classify.id),
    seen: plan.seen,
    intent: result.intent,
    quarantined: false,
  };
  return work;
}

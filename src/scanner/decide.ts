// What to do with one thread, from its messages (already fetched) and the scanner's record of it.
// No service calls here: the same decisions are tested without Apps Script.
import type { Settings } from '../core/config/settings';
import { mayPrepareEmergencyDraft, mayPrepareRoutineDraft } from '../core/policy/drafts';
import { labelsFor, type LabelNames } from '../core/policy/labels';
import {
  renderTemplate,
  templateFor,
  templateValues,
  type RenderedTemplate,
  type Template,
} from '../core/templates';
import type { Intent, MessageInput, TriageResult } from '../core/types';
import { addressOf, replyToDiffers } from '../gas/gmail-message';
import { messageHash, type ThreadState } from './record';

export interface MessageView {
  index: number;
  id: string;
  from: string;
  date: number;
  draft: boolean;
}

export interface FirstResponse {
  /** The staff message that answered. */
  staff: MessageView;
  /** The first inbound message it answered (the start of the unanswered run). */
  since: MessageView;
}

export interface ThreadPlan {
  /** The newest inbound message when it has not been classified yet. */
  classify: MessageView | null;
  newestInbound: MessageView | null;
  /** The newest inbound message was quarantined before: keep it out of the queue, do not retry. */
  stillQuarantined: boolean;
  firstResponses: FirstResponse[];
  seen: number;
}

export function planThread(
  messages: MessageView[],
  own: ReadonlySet<string>,
  prev: ThreadState | undefined,
): ThreadPlan {
  const real = messages.filter((m) => !m.draft).sort((a, b) => a.date - b.date || a.index - b.index);
  const isStaff = (m: MessageView) => own.has(addressOf(m.from));
  const inbound = real.filter((m) => !isStaff(m));
  const newestInbound = inbound[inbound.length - 1] ?? null;
  const known = !!prev && !!newestInbound && prev.msg === messageHash(newestInbound.id);
  const seenBefore = prev?.seen ?? -Infinity;
  const firstResponses: FirstResponse[] = [];
  let unanswered: MessageView | null = null;
  for (const m of real) {
    if (!isStaff(m)) unanswered ??= m;
    else {
      if (unanswered && m.date > seenBefore) firstResponses.push({ staff: m, since: unanswered });
      unanswered = null;
    }
  }
  return {
    classify: newestInbound && !known ? newestInbound : null,
    newestInbound,
    stillQuarantined: known && !!prev?.quarantined,
    firstResponses,
    seen: Math.max(prev?.seen ?? 0, ...real.map((m) => m.date)),
  };
}

export interface LabelChange {
  add: string[];
  remove: string[];
  /** The intents whose labels are removed. */
  removed: Intent[];
}

/**
 * The intent label follows the newest message: an intent label the thread may still carry (from
 * the previous triage, or from a run that died before recording it) goes. Escalation labels are
 * only ever added: a person clears them.
 */
export function labelChange(
  result: Pick<TriageResult, 'intent' | 'escalate' | 'priority'>,
  stale: ReadonlyArray<Intent | null | undefined>,
  names: LabelNames,
): LabelChange {
  const remove = [...new Set(stale)].filter((i): i is Intent => !!i && i !== result.intent);
  return { add: labelsFor(result, names), remove: remove.map((i) => names.intent(i)), removed: remove };
}

export type DraftPlan =
  | { kind: 'routine' | 'emergency'; template: Template; rendered: RenderedTemplate; existing: boolean }
  | { kind: 'routine' | 'emergency'; skip: 'reply_to_differs' };

/** A draft already in the thread: whom it answers (In-Reply-To) and how it starts. */
export interface DraftView {
  inReplyTo: string;
  body: string;
}

const opening = (text: string) => text.replace(/\s+/g, ' ').trim().slice(0, 60);

/**
 * A draft only when settings and policy allow it, and never a second one in a thread. A draft in
 * the thread that answers this message with this template's words is one an earlier run made and
 * died before auditing: it is reported (`existing`), not made again.
 */
export function planDraft(
  result: TriageResult,
  input: MessageInput,
  settings: Settings,
  messageIdHeader: string,
  drafts: DraftView[],
  overrides: Template[] = [],
): DraftPlan | null {
  const kind =
    settings.emergencyDrafts && mayPrepareEmergencyDraft(result)
      ? 'emergency'
      : settings.draftsForRoutine && mayPrepareRoutineDraft(result)
        ? 'routine'
        : null;
  if (!kind) return null;
  const template = templateFor(result, result.language, settings.defaultLanguage, overrides);
  if (!template) return null;
  // createDraftReply addresses Reply-To: when it differs from From the draft could go to someone else.
  if (replyToDiffers(input)) return { kind, skip: 'reply_to_differs' };
  const rendered = renderTemplate(template, templateValues(result, settings));
  if (!drafts.length) return { kind, template, rendered, existing: false };
  const ours = drafts.some(
    (d) => !!messageIdHeader && d.inReplyTo === messageIdHeader && opening(d.body) === opening(rendered.body),
  );
  return ours ? { kind, template, rendered, existing: true } : null;
}

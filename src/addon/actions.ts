// The thread card's buttons. Each is one audited action; none can send mail: a reply is a draft
// in the thread (createDraftReply keeps the thread's subject) for a person to check and send.
import { can } from '../core/policy/roles';
import { labelNames } from '../core/policy/labels';
import { renderTemplate, templateValues } from '../core/templates';
import { INTENTS, type Intent } from '../core/types';
import { correctCard } from '../cards/correct-card';
import { FIELD } from '../cards/functions';
import { push } from '../cards/responses';
import { deleteNote, writeNote } from '../gas/escalation-notes';
import { addLabels, removeLabels } from '../gas/gmail-labels';
import { replyToDiffers } from '../gas/gmail-message';
import { recordFeedback } from '../sheet/feedback';
import type { AddonEvent } from './context';
import { Failure, logFailure } from './errors';
import { messageFacts, openMessage, threadById } from './message';
import { failureNotice, runAction, runView } from './run';

type ActionResponse = ReturnType<typeof runAction>;

export function createDraft(e: AddonEvent): ActionResponse {
  return runAction(e, 'draft', 'draft', (ctx, _actor, record) => {
    const settings = ctx.settings();
    const open = openMessage(ctx.messageId, ctx.threadId, settings);
    record.facts = open.facts;
    if (!open.template) {
      record.outcome = 'failure:no_template';
      return { notice: ctx.ui.t('done.noDraft') };
    }
    const rendered = renderTemplate(open.template, templateValues(open.result, settings));
    open.message.createDraftReply(rendered.body);
    record.detail = `lang=${open.template.language};missing=${rendered.missing.length}`;
    const notice = ctx.ui.t('done.draft', { language: ctx.ui.languageName(open.template.language) });
    // createDraftReply addresses the Reply-To: say so again where the person looks now.
    const warning = replyToDiffers(open.input)
      ? ` ${ctx.ui.t('thread.replyTo', { replyTo: open.input.replyTo ?? '', from: open.input.from ?? '' })}`
      : '';
    return { notice: notice + warning };
  });
}

export function escalate(e: AddonEvent): ActionResponse {
  return runAction(e, 'escalate', 'escalate', (ctx, actor, record) => {
    const names = labelNames(ctx.settings().labelPrefix);
    const facts = messageFacts(ctx.messageId, ctx.threadId, ctx.settings());
    record.facts = facts;
    const note = ctx.input(FIELD.note).trim();
    record.detail = `note=${note ? 'true' : 'false'}`;
    const thread = threadById(facts.threadId);
    addLabels(
      thread,
      facts.reasons.includes('emergency') ? [names.escalate, names.urgent] : [names.escalate],
    );
    if (note) writeNote(facts.threadId, { by: actor.email ?? '', at: ctx.now.getTime(), text: note });
    return { notice: ctx.ui.t('done.escalate') };
  });
}

export function markHandled(e: AddonEvent): ActionResponse {
  return runAction(e, 'handled', 'handle', (ctx, _actor, record) => {
    const facts = messageFacts(ctx.messageId, ctx.threadId, ctx.settings());
    record.facts = facts;
    addLabels(threadById(facts.threadId), [labelNames(ctx.settings().labelPrefix).handled]);
    deleteNote(facts.threadId);
    return { notice: ctx.ui.t('done.handled') };
  });
}

export function clearEscalation(e: AddonEvent): ActionResponse {
  return runAction(e, 'clear-escalation', 'clear-escalation', (ctx, _actor, record) => {
    const names = labelNames(ctx.settings().labelPrefix);
    const facts = messageFacts(ctx.messageId, ctx.threadId, ctx.settings());
    record.facts = facts;
    removeLabels(threadById(facts.threadId), [names.urgent, names.escalate]);
    deleteNote(facts.threadId);
    return { notice: ctx.ui.t('done.clear') };
  });
}

export function showCorrect(e: AddonEvent): ActionResponse {
  return runView(
    e,
    'correct',
    (ctx) => {
      if (!ctx.messageId) throw new Failure('no_message');
      const intent = ctx.param('intent') as Intent;
      const view = {
        messageId: ctx.messageId,
        threadId: ctx.threadId,
        intent: INTENTS.includes(intent) ? intent : 'general',
        escalate: ctx.param('escalate') === 'true',
      };
      return push(correctCard(view, ctx.ui));
    },
    failureNotice,
  );
}

export function saveCorrection(e: AddonEvent): ActionResponse {
  return runAction(e, 'correct', 'correct', (ctx, actor, record) => {
    const names = labelNames(ctx.settings().labelPrefix);
    const facts = messageFacts(ctx.messageId, ctx.threadId, ctx.settings());
    const from = (INTENTS as readonly string[]).includes(ctx.param('from'))
      ? (ctx.param('from') as Intent)
      : (facts.intent as Intent);
    const chosen = ctx.input(FIELD.intent) as Intent;
    const to = INTENTS.includes(chosen) ? chosen : from;
    const escalateNow = ctx.input(FIELD.escalate) === 'true';
    record.facts = { ...facts, intent: to, decidedBy: 'person' };
    record.detail = `from=${from};to=${to};escalate=${escalateNow}`;
    const thread = threadById(facts.threadId);
    if (to !== from) {
      removeLabels(thread, [names.intent(from)]);
      addLabels(thread, [names.intent(to)]);
    }
    if (escalateNow && !facts.escalate) addLabels(thread, [names.escalate]);
    // Taking an escalation away is a pharmacist's decision (issue 6): others only record the wish.
    if (!escalateNow && facts.escalate && can(actor.roles, 'clear-escalation'))
      removeLabels(thread, [names.urgent, names.escalate]);
    const feedback = recordFeedback({
      actor: actor.email ?? '',
      pseudonym: facts.pseudonym,
      threadId: facts.threadId,
      messageId: facts.messageId,
      oldIntent: from,
      newIntent: to,
      oldEscalate: facts.escalate,
      newEscalate: escalateNow,
      language: facts.language,
      timestamp: ctx.now.getTime(),
    });
    if (!feedback.ok) logFailure('feedback', 'internal');
    return { notice: ctx.ui.t('done.correct'), move: { kind: 'pop' } };
  });
}

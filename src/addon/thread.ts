// The contextual trigger: triage the open message and draw its card.
import { emergencyNumberFor, type Settings } from '../core/config/settings';
import { can } from '../core/policy/roles';
import { renderTemplate, templateValues } from '../core/templates';
import { threadCard, type ThreadView } from '../cards/thread-card';
import { readNote } from '../gas/escalation-notes';
import { replyToDiffers } from '../gas/gmail-message';
import { localParts } from '../gas/local-time';
import type { Actor } from '../gas/roles';
import { timeZoneOf, type AddonEvent, type Context } from './context';
import { openMessage } from './message';
import { failureCard, runView } from './run';

/** Only managers may open the sheet (issue 6: staff have no access), so only they get the link. */
export function auditSheetUrl(settings: Settings): string | null {
  return settings.auditSpreadsheetId
    ? `https://docs.google.com/spreadsheets/d/${settings.auditSpreadsheetId}/edit`
    : null;
}

function buildThreadCard(ctx: Context, actor: Actor): GoogleAppsScript.Card_Service.Card {
  const settings = ctx.settings();
  const threadId = ctx.threadId;
  const open = openMessage(ctx.messageId, threadId, settings);
  const { input, result, template } = open;
  const rendered = template ? renderTemplate(template, templateValues(result, settings)) : null;
  const note = readNote(open.facts.threadId);
  const tz = timeZoneOf(ctx);
  const view: ThreadView = {
    messageId: ctx.messageId,
    threadId: open.facts.threadId,
    result,
    replyTo: replyToDiffers(input) ? { replyTo: input.replyTo ?? '', from: input.from ?? '' } : null,
    preview:
      template && rendered
        ? { language: template.language, subject: rendered.subject, body: rendered.body }
        : null,
    emergencyNumber: emergencyNumberFor(settings),
    note: note
      ? {
          who: note.by,
          when: ctx.ui.dateTime(localParts(new Date(note.at), tz), localParts(ctx.now, tz)),
          text: note.text,
        }
      : null,
    auditUrl: can(actor.roles, 'verify-audit') ? auditSheetUrl(settings) : null,
    allowed: {
      draft: can(actor.roles, 'draft'),
      escalate: can(actor.roles, 'escalate'),
      handle: can(actor.roles, 'handle'),
      correct: can(actor.roles, 'correct'),
      clear: can(actor.roles, 'clear-escalation'),
    },
  };
  return threadCard(view, ctx.ui);
}

export function onGmailMessageOpenImpl(e: AddonEvent): GoogleAppsScript.Card_Service.Card {
  return runView(e, 'view', buildThreadCard, failureCard);
}

// The open message, read and triaged. Actions that only label (escalate, handled, correct) use
// the codes cached when the card was drawn, so they do not read the whole message again; the
// cache holds codes and the pseudonym only, never text from the email.
import { triageColumns } from '../core/audit';
import type { Settings } from '../core/config/settings';
import { templateFor, type Template } from '../core/templates';
import { triageMessage } from '../core/triage';
import type { MessageInput, TriageResult } from '../core/types';
import { messageInputOf } from '../gas/gmail-message';
import { loadSheetConfig } from '../sheet/config';
import { pseudonymOf } from '../sheet/events';
import type { MessageFacts } from './audit';
import { Failure } from './errors';

const CACHE_PREFIX = 'triage.v1.';
const CACHE_SECONDS = 1_800;

export interface OpenMessage {
  message: GoogleAppsScript.Gmail.GmailMessage;
  input: MessageInput;
  result: TriageResult;
  template: Template | null;
  facts: MessageFacts;
}

export function messageById(messageId: string): GoogleAppsScript.Gmail.GmailMessage {
  if (!messageId) throw new Failure('no_message');
  const message = GmailApp.getMessageById(messageId);
  if (!message) throw new Failure('not_found');
  return message;
}

export function threadById(threadId: string): GoogleAppsScript.Gmail.GmailThread {
  if (!threadId) throw new Failure('no_message');
  const thread = GmailApp.getThreadById(threadId);
  if (!thread) throw new Failure('not_found');
  return thread;
}

export function openMessage(messageId: string, threadId: string, settings: Settings): OpenMessage {
  const message = messageById(messageId);
  const input = messageInputOf(message);
  const config = loadSheetConfig();
  const result = triageMessage(input, { extraRules: config.extraRules });
  const template = templateFor(result, result.language, settings.defaultLanguage, config.templates);
  const facts: MessageFacts = {
    threadId: threadId || message.getThread().getId(),
    messageId,
    pseudonym: pseudonymOf(input.from),
    ...triageColumns(result),
    escalate: result.escalate,
    ...(template ? { templateId: template.id, templateVersion: template.version } : {}),
  };
  rememberFacts(facts);
  return { message, input, result, template, facts };
}

function rememberFacts(facts: MessageFacts): void {
  try {
    CacheService.getUserCache().put(CACHE_PREFIX + facts.messageId, JSON.stringify(facts), CACHE_SECONDS);
  } catch {
    // A cache miss only costs the next action a re-read.
  }
}

/** Codes for the audit row of a labelling action: from the cache, else by triaging again. */
export function messageFacts(messageId: string, threadId: string, settings: Settings): MessageFacts {
  if (!messageId) throw new Failure('no_message');
  let cached: string | null;
  try {
    cached = CacheService.getUserCache().get(CACHE_PREFIX + messageId);
  } catch {
    cached = null;
  }
  if (cached) {
    const facts = JSON.parse(cached) as MessageFacts;
    return { ...facts, threadId: facts.threadId || threadId };
  }
  return openMessage(messageId, threadId, settings).facts;
}

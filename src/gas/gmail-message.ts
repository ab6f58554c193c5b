// A Gmail message as the triage engine reads it. Only the headers that tell machine mail apart
// are read, and attachments only by name when the body is empty (an attachment-only prescription).
import type { MessageInput } from '../core/types';

export const TRIAGE_HEADERS = [
  'Auto-Submitted',
  'Precedence',
  'List-Unsubscribe',
  'List-Id',
  'X-Autoreply',
  'X-Auto-Response-Suppress',
  'Content-Type',
] as const;

const MAX_BODY_CHARS = 200_000;

export function messageInputOf(message: GoogleAppsScript.Gmail.GmailMessage): MessageInput {
  const headers: Record<string, string> = {};
  for (const name of TRIAGE_HEADERS) {
    const value = message.getHeader(name);
    if (value) headers[name.toLowerCase()] = value;
  }
  const body = message.getPlainBody() ?? '';
  const html = body.trim() ? undefined : (message.getBody() ?? '').slice(0, MAX_BODY_CHARS * 2);
  const attachmentNames =
    body.trim() || (html ?? '').replace(/<[^>]*>/g, '').trim()
      ? []
      : message.getAttachments({ includeInlineImages: false }).map((a) => a.getName());
  return {
    id: message.getId(),
    from: message.getFrom(),
    replyTo: message.getReplyTo(),
    subject: message.getSubject(),
    body: body.slice(0, MAX_BODY_CHARS),
    html,
    headers,
    contentTypes: headers['content-type'] ? [headers['content-type']] : [],
    attachmentNames,
    date: message.getDate().toISOString(),
  };
}

/** The address part of a From header, lower case. */
export function addressOf(fromHeader: string): string {
  return (/<([^>]+)>/.exec(fromHeader)?.[1] ?? fromHeader).trim().toLowerCase();
}

/** Reply-To that differs from From: a draft would go somewhere else than the sender. */
export function replyToDiffers(input: MessageInput): boolean {
  return !!input.replyTo && addressOf(input.replyTo) !== addressOf(input.from ?? '');
}

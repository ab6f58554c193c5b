// One place that turns any message (plain, HTML-only, huge, badly encoded, a reply with history)
// into the bounded text the classifiers read, with warnings instead of exceptions.
import type { MessageInput } from '../types';
import { detectAutomated, isReplySubject, type AutomatedSignal } from './automated';
import { htmlToText } from './html';
import { collapseWhitespace } from './normalize';
import { splitBody } from './quoted';

/** Raw text beyond this is not read: a pharmacy request is never this long; a log dump or a base64 blob is. */
export const MAX_RAW_CHARS = 200_000;
/** Fresh text the classifiers read; the start of a message is where the request is. */
export const MAX_FRESH_CHARS = 6_000;
const MIN_FRESH_WORDS_BEFORE_FORWARD = 12;

export interface PreparedMessage {
  subject: string;
  fresh: string;
  quoted: string;
  signature: string;
  attachmentNames: string[];
  automated: AutomatedSignal | null;
  warnings: string[];
  /** A reply ("Re:" and an earlier message quoted or referred to): its subject is the earlier message's. */
  reply: boolean;
}

const REPLY_PREFIX = /^(?:\s*(?:re|fw|fwd|tr|sv|vs|aw|wg|antw|rif|r)\s*(?:\[\d+\])?\s*:\s*)+/i;
const CONTROL_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

export function cleanSubject(subject: string | undefined): string {
  return collapseWhitespace((subject ?? '').replace(CONTROL_CHARS, ' '))
    .replace(REPLY_PREFIX, '')
    .slice(0, 300);
}

function forwardedContent(quoted: string): string {
  return quoted
    .split('\n')
    .filter(
      (line) =>
        !/^\s*\*?(?:from|de|van|fra|von|sent|date|envoy[ée]|verzonden|sendt|gesendet|to|à|a|aan|til|an|para|subject|objet|onderwerp|emne|betreff|asunto|cc)\s?:/i.test(
          line,
        ),
    )
    .filter((line) => !/^\s*-{2,}.*-{2,}\s*$/.test(line))
    .join('\n');
}

export function prepareMessage(input: MessageInput): PreparedMessage {
  const warnings: string[] = [];
  let raw = input.body ?? '';
  if (!raw.trim() && input.html) {
    const html = input.html.length > MAX_RAW_CHARS * 2 ? input.html.slice(0, MAX_RAW_CHARS * 2) : input.html;
    if (html !== input.html) warnings.push('truncated');
    raw = htmlToText(html);
  }
  if (raw.length > MAX_RAW_CHARS) {
    raw = raw.slice(0, MAX_RAW_CHARS);
    if (!warnings.includes('truncated')) warnings.push('truncated');
  }
  const replacementChars = (raw.match(/\uFFFD/g) ?? []).length;
  if (replacementChars > 3 && replacementChars > raw.length / 200) warnings.push('encoding');
  raw = raw.replace(CONTROL_CHARS, ' ').replace(/\uFFFD/g, ' ');

  const split = splitBody(raw);
  let fresh = split.fresh;
  if (split.forwarded && fresh.split(/\s+/).filter(Boolean).length < MIN_FRESH_WORDS_BEFORE_FORWARD) {
    fresh = `${fresh}\n${forwardedContent(split.quoted)}`;
  }
  fresh = collapseWhitespace(fresh);
  if (fresh.length > MAX_FRESH_CHARS) {
    const cut = fresh.lastIndexOf(' ', MAX_FRESH_CHARS);
    fresh = fresh.slice(0, cut > MAX_FRESH_CHARS / 2 ? cut : MAX_FRESH_CHARS);
    if (!warnings.includes('truncated')) warnings.push('truncated');
  }
  const subject = cleanSubject(input.subject);
  if (!fresh && !subject) warnings.push('empty');

  return {
    subject,
    fresh,
    quoted: split.quoted.slice(0, MAX_FRESH_CHARS),
    signature: split.signature.slice(0, 1_000),
    attachmentNames: (input.attachmentNames ?? []).slice(0, 20).map((n) => n.slice(0, 120)),
    automated: detectAutomated(input),
    warnings,
    // people also write "Re:" for "regarding": only history or In-Reply-To makes it a reply
    reply:
      isReplySubject(input.subject ?? '') &&
      (split.quoted.trim().length > 0 || Boolean(input.headers?.['in-reply-to'])),
  };
}

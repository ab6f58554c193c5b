// Mail that no person wrote to the pharmacy: auto-replies, bounces, reports, bulk mail. Headers set
// by mail software are "strong" signals (the message is machine-made); a no-reply sender or an
// unsubscribe link only hints, because portals and doctors' systems also send real work that way.
import type { Evidence } from '../types';
import { foldText } from './normalize';

export interface AutomatedSignal {
  kind: 'auto_reply' | 'bounce' | 'report' | 'bulk' | 'no_reply';
  strong: boolean;
  evidence: Evidence;
}

const REPORT_TYPES =
  /^(?:multipart\/report|message\/(?:delivery-status|feedback-report|disposition-notification|global-delivery-status))/i;
const BOUNCE_SENDERS = /(?:^|[<\s"])(?:mailer-daemon|postmaster|mail-daemon)@/i;
const NO_REPLY_SENDERS =
  /(?:no-?reply|do-?not-?reply|ne-?pas-?repondre|nepasrepondre|niet-?beantwoorden|noreply|besvar-?ikke|ikke-?svar|nicht-?antworten|no-?responder)[^@]*@/i;

const AUTO_REPLY_SUBJECTS =
  /^(?:auto(?:matic)? ?reply|autoreply|auto ?:|out of (?:the )?office|ooo\b|r[ée]ponse automatique|(?:absence|absent(?:e)?)(?: du bureau)?\s*(?::|$)|automatisch antwoord|afwezig(?:heid)?(?:smelding)?\s*(?::|$)|autosvar|autosvar:|frav(?:æ|ae)r(?:ende|smeddelelse)?|abwesenheitsnotiz|automatische antwort|respuesta autom[áa]tica|fuera de la oficina|ausente)/i;
const BOUNCE_SUBJECTS =
  /^(?:undeliverable|undelivered mail|delivery status notification|mail delivery (?:failed|failure|subsystem)|returned mail|failure notice|delivery has failed|non remis|non distribu[ée]|[ée]chec de (?:la )?(?:remise|distribution)|onbestelbaar|niet afgeleverd|kunne ikke (?:leveres|afleveres)|ikke leveret|unzustellbar|nicht zustellbar|no se puede entregar|no entregado|mensaje no entregado)/i;

function header(headers: Record<string, string> | undefined, name: string): string {
  return (headers?.[name] ?? '').trim();
}

/** "Re:", "AW:", "SV:", "Antw:", "Réf :", "RE[2]:": a reply's subject (forwards are not replies). */
export function isReplySubject(subject: string): boolean {
  return /^\s*(?:re|aw|sv|antw|antwoord|r[ée]f|res|rif)\s*(?:\[\d+\])?\s*:/i.test(subject);
}

export function detectAutomated(input: {
  from?: string;
  subject?: string;
  headers?: Record<string, string>;
  contentTypes?: string[];
}): AutomatedSignal | null {
  const headers = input.headers;
  const subject = (input.subject ?? '').trim().replace(/^(?:(?:re|fw|fwd|tr|sv|vs|aw|wg|antw)\s*:\s*)+/i, '');
  const from = input.from ?? '';
  // "RE: Automatic reply: …" is a person answering an auto-reply, not one
  const answered = isReplySubject(input.subject ?? '');
  const strong = (kind: AutomatedSignal['kind'], phrase: string, rule: string): AutomatedSignal => ({
    kind,
    strong: true,
    evidence: { phrase, rule },
  });

  const contentType =
    (input.contentTypes ?? []).find((t) => REPORT_TYPES.test(t)) ?? header(headers, 'content-type');
  if (REPORT_TYPES.test(contentType)) {
    const isBounce =
      /delivery-status/i.test(contentType) || /delivery-status/i.test((input.contentTypes ?? []).join(' '));
    return strong(
      isBounce ? 'bounce' : 'report',
      contentType.split(';')[0] ?? contentType,
      'header.content-type',
    );
  }
  if (BOUNCE_SENDERS.test(from)) return strong('bounce', 'mailer-daemon', 'header.from');
  const autoSubmitted = header(headers, 'auto-submitted').toLowerCase();
  if (autoSubmitted && autoSubmitted !== 'no')
    return strong('auto_reply', `Auto-Submitted: ${autoSubmitted}`, 'header.auto-submitted');
  for (const name of ['x-autoreply', 'x-autorespond', 'x-autoresponder']) {
    if (header(headers, name)) return strong('auto_reply', name, `header.${name}`);
  }
  const precedence = header(headers, 'precedence').toLowerCase();
  if (/^(?:auto_reply|auto-reply)$/.test(precedence))
    return strong('auto_reply', `Precedence: ${precedence}`, 'header.precedence');
  if (!answered && BOUNCE_SUBJECTS.test(subject))
    return strong('bounce', subject.slice(0, 60), 'subject.bounce');
  if (!answered && AUTO_REPLY_SUBJECTS.test(subject))
    return strong('auto_reply', subject.slice(0, 60), 'subject.auto-reply');
  if (/^(?:bulk|list|junk)$/.test(precedence))
    return strong('bulk', `Precedence: ${precedence}`, 'header.precedence');
  if (header(headers, 'x-auto-response-suppress') && header(headers, 'list-unsubscribe'))
    return strong('bulk', 'X-Auto-Response-Suppress', 'header.x-auto-response-suppress');
  if (header(headers, 'list-unsubscribe') || header(headers, 'list-id'))
    return {
      kind: 'bulk',
      strong: false,
      evidence: { phrase: 'List-Unsubscribe', rule: 'header.list-unsubscribe' },
    };
  if (NO_REPLY_SENDERS.test(foldText(from)))
    return {
      kind: 'no_reply',
      strong: false,
      evidence: { phrase: 'no-reply sender', rule: 'header.from.no-reply' },
    };
  return null;
}

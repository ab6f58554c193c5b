// RFC 5322 / MIME to the engine's MessageInput, through postal-mime. A message postal-mime cannot
// parse still yields an input (headers read by hand, the rest as text) and a warning: every
// readable message gets a result.
import PostalMime, { type Email } from 'postal-mime';
import type { MessageInput } from '../core/types';

/** Beyond this a message is cut before parsing: attachments are not read, the text comes first. */
export const MAX_MESSAGE_BYTES = 8 * 1024 * 1024;

export interface ParsedEmail extends MessageInput {
  messageId?: string;
  inReplyTo?: string;
  references?: string;
  parseWarnings: string[];
}

function formatAddress(address: Email['from']): string | undefined {
  if (!address) return undefined;
  const email = 'address' in address ? address.address : undefined;
  if (!address.name) return email;
  return email ? `${address.name} <${email}>` : address.name;
}

function headerMap(email: Email): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const { key, value } of email.headers) {
    const name = key.toLowerCase();
    if (!(name in headers)) headers[name] = value.slice(0, 2_000);
  }
  return headers;
}

function fallbackParse(text: string, id: string, warning: string): ParsedEmail {
  const split = text.search(/\r?\n\r?\n/);
  const head = split >= 0 ? text.slice(0, split) : '';
  const body = split >= 0 ? text.slice(split).trim() : text;
  const headers: Record<string, string> = {};
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const m = /^([\w-]+):\s*(.*)$/.exec(line);
    if (m && !(m[1]!.toLowerCase() in headers)) headers[m[1]!.toLowerCase()] = m[2]!.slice(0, 2_000);
  }
  return {
    id,
    from: headers.from,
    subject: headers.subject,
    body: body.slice(0, 200_000),
    headers,
    contentTypes: headers['content-type'] ? [headers['content-type']] : [],
    messageId: headers['message-id'],
    parseWarnings: [warning],
  };
}

export async function parseEmail(raw: Uint8Array, id: string): Promise<ParsedEmail> {
  const warnings: string[] = [];
  let bytes = raw;
  if (bytes.byteLength > MAX_MESSAGE_BYTES) {
    bytes = bytes.subarray(0, MAX_MESSAGE_BYTES);
    warnings.push('truncated');
  }
  try {
    const email = await PostalMime.parse(bytes, { attachmentEncoding: 'arraybuffer', maxNestingDepth: 64 });
    const headers = headerMap(email);
    const attachments = email.attachments.filter(
      (a) => a.disposition !== 'inline' || !a.mimeType.startsWith('image/'),
    );
    return {
      id,
      from: formatAddress(email.from),
      replyTo: formatAddress(email.replyTo?.[0]),
      subject: email.subject,
      body: email.text,
      html: email.html,
      headers,
      contentTypes: [headers['content-type'] ?? '', ...email.attachments.map((a) => a.mimeType)].filter(
        Boolean,
      ),
      attachmentNames: attachments.map((a) => a.filename ?? '').filter(Boolean),
      date: email.date,
      messageId: email.messageId,
      inReplyTo: email.inReplyTo,
      references: email.references,
      parseWarnings: warnings,
    };
  } catch {
    return fallbackParse(new TextDecoder('utf-8').decode(bytes.subarray(0, 400_000)), id, 'unparseable');
  }
}

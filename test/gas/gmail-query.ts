import type { Mailbox, MessageRecord } from './mailbox';
import { zonedTime } from './tz';

type Predicate = (m: MessageRecord, mailbox: Mailbox) => boolean;

const DAY = 86_400_000;
const GMAIL_DATE_ZONE = 'America/Los_Angeles';

export function normalizeLabel(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[/\s]+/g, '-');
}

function tokenize(query: string): string[] {
  const tokens = query.match(/-?[a-z_]+:"[^"]*"|"[^"]*"|\S+/gi) ?? [];
  return tokens;
}

function parseDate(value: string): number {
  if (/^\d{9,}$/.test(value)) return Number(value) * 1000;
  const m = /^(\d{4})[/-](\d{1,2})[/-](\d{1,2})$/.exec(value);
  if (!m) throw new Error(`Fake Gmail search: unsupported date "${value}"`);
  return zonedTime(Number(m[1]), Number(m[2]), Number(m[3]), GMAIL_DATE_ZONE);
}

function parseAge(value: string): number {
  const m = /^(\d+)([dmy])$/.exec(value);
  if (!m) throw new Error(`Fake Gmail search: unsupported age "${value}"`);
  const n = Number(m[1]);
  return m[2] === 'd' ? n * DAY : m[2] === 'm' ? n * 30 * DAY : n * 365 * DAY;
}

function labelPredicate(value: string): Predicate {
  const wanted = normalizeLabel(value);
  if (wanted === 'inbox') return (m) => m.inInbox;
  if (wanted === 'unread') return (m) => m.unread;
  if (wanted === 'starred') return (m) => m.starred;
  return (m, mailbox) => [...m.labels].some((l) => mailbox.labels.has(l) && normalizeLabel(l) === wanted);
}

function contains(field: (m: MessageRecord) => string, value: string): Predicate {
  const needle = value.toLowerCase();
  return (m) => field(m).toLowerCase().includes(needle);
}

function termPredicate(key: string, value: string, now: number): Predicate {
  switch (key) {
    case 'label':
      return labelPredicate(value);
    case 'in':
      if (value === 'inbox') return (m) => m.inInbox;
      if (value === 'trash') return (m) => m.trashed;
      if (value === 'anywhere') return () => true;
      break;
    case 'is':
      if (value === 'unread') return (m) => m.unread;
      if (value === 'read') return (m) => !m.unread;
      if (value === 'starred') return (m) => m.starred;
      break;
    case 'newer_than': {
      const age = parseAge(value);
      return (m) => m.date > now - age;
    }
    case 'older_than': {
      const age = parseAge(value);
      return (m) => m.date < now - age;
    }
    case 'after': {
      const t = parseDate(value);
      return (m) => m.date >= t;
    }
    case 'before': {
      const t = parseDate(value);
      return (m) => m.date < t;
    }
    case 'from':
      return contains((m) => m.from, value);
    case 'to':
      return contains((m) => `${m.to} ${m.cc}`, value);
    case 'subject':
      return contains((m) => m.subject, value);
  }
  throw new Error(`Fake Gmail search: unsupported term "${key}:${value}"`);
}

export interface CompiledQuery {
  matches(m: MessageRecord, mailbox: Mailbox): boolean;
}

export function compileQuery(query: string, now: number): CompiledQuery {
  const predicates: Predicate[] = [];
  let includeTrash = false;
  for (const token of tokenize(query)) {
    const m = /^(-?)([a-z_]+):(?:"([^"]*)"|(.+))$/i.exec(token);
    if (!m)
      throw new Error(
        `Fake Gmail search: unsupported term "${token}" (only key:value terms joined by spaces)`,
      );
    const negate = m[1] === '-';
    const key = (m[2] ?? '').toLowerCase();
    const value = m[3] ?? m[4] ?? '';
    if (key === 'in' && (value === 'trash' || value === 'anywhere')) includeTrash = true;
    const p = termPredicate(key, value, now);
    predicates.push(negate ? (msg, mb) => !p(msg, mb) : p);
  }
  return {
    matches: (msg, mailbox) =>
      !msg.draft && (includeTrash || !msg.trashed) && predicates.every((p) => p(msg, mailbox)),
  };
}

export function searchThreadIds(mailbox: Mailbox, query: string, now: number): string[] {
  const compiled = compileQuery(query, now);
  const hits: string[] = [];
  for (const thread of mailbox.threads.values()) {
    if (mailbox.threadMessages(thread.id).some((m) => compiled.matches(m, mailbox))) hits.push(thread.id);
  }
  return hits.sort((a, b) => mailbox.lastDate(b) - mailbox.lastDate(a) || (a < b ? 1 : -1));
}

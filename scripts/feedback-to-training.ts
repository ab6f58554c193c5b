// Turns corrections made on the card into training examples for the next model.
//
//   npx tsx scripts/feedback-to-training.ts <feedback.csv> <mail> [--out <file.jsonl>] [--mailbox <address>]
//
// Input
//   feedback.csv  the Feedback tab downloaded as CSV (File > Download > CSV): header row
//                 timestamp, actor, patientPseudonym, threadId, messageId, language, oldIntent,
//                 newIntent, oldEscalate, newEscalate (any order). It holds ids and codes only.
//   mail          the local copy of the mailbox, in any form `triage classify` reads: a Google
//                 Takeout .mbox, .eml files or a folder of them, or JSON Lines {id, subject, body…}.
//                 A row finds its message by Gmail message id (a JSON Lines `id`, or X-GM-MSGID),
//                 by Message-ID, or else by Gmail thread id (X-GM-THRID, as Takeout writes it):
//                 then the newest message of the thread not sent by --mailbox (the pharmacy).
// Output (default out/feedback-training.jsonl, one object a line, the corpus format of
//   corpus/README.md): {id: "fb-<messageId>", language, from, subject, body | html, headers,
//   attachmentNames, intent: newIntent, escalate: newEscalate, reasons, origin: "feedback",
//   previous: {intent, escalate}}. The latest correction of a message wins. `reasons` are those
//   the current rules find when the correction says "escalate" (the card records no reasons):
//   review them before training. `from` keeps machine senders (mailer-daemon, no-reply: they
//   decide `automated`) and is a placeholder for people. The file holds patients' mail: it stays
//   on this computer (out/ is not committed) and is deleted after training.
// A summary goes to standard error; exit 1 when a row found no message, 2 on bad input.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseCsv, readNeutralisedCell } from '../src/core/audit';
import { triageMessage } from '../src/core/triage';
import { INTENTS, type Intent, type MessageInput } from '../src/core/types';
import { openInputs } from '../src/cli/inputs';

export interface FeedbackRow {
  timestamp: string;
  threadId: string;
  messageId: string;
  language: string;
  oldIntent: string;
  newIntent: string;
  oldEscalate: boolean;
  newEscalate: boolean;
}

export interface TrainingExample extends MessageInput {
  language: string;
  intent: Intent;
  escalate: boolean;
  reasons: string[];
  origin: 'feedback';
  previous: { intent: string; escalate: boolean };
}

const KEPT_HEADERS = [
  'auto-submitted',
  'precedence',
  'list-unsubscribe',
  'list-id',
  'x-autoreply',
  'x-auto-response-suppress',
  'content-type',
];
const MACHINE_SENDER = /(mailer-daemon|postmaster|no-?reply|do-?not-?reply)@/i;

/** The latest row per message id; rows whose intents are not contract intents are skipped. */
export function readFeedbackCsv(text: string): { rows: FeedbackRow[]; skipped: number } {
  const [header = [], ...data] = parseCsv(text).filter((r) => r.some((c) => c.trim()));
  const at = (name: string) => header.findIndex((h) => h.trim() === name);
  const get = (r: string[], name: string) => readNeutralisedCell(r[at(name)] ?? '').trim();
  const latest = new Map<string, FeedbackRow>();
  let skipped = 0;
  for (const r of data) {
    const row: FeedbackRow = {
      timestamp: get(r, 'timestamp'),
      threadId: get(r, 'threadId'),
      messageId: get(r, 'messageId'),
      language: get(r, 'language'),
      oldIntent: get(r, 'oldIntent'),
      newIntent: get(r, 'newIntent'),
      oldEscalate: /^true$/i.test(get(r, 'oldEscalate')),
      newEscalate: /^true$/i.test(get(r, 'newEscalate')),
    };
    if (!row.messageId || !(INTENTS as readonly string[]).includes(row.newIntent)) {
      skipped++;
      continue;
    }
    const seen = latest.get(row.messageId);
    if (!seen || seen.timestamp <= row.timestamp) latest.set(row.messageId, row);
  }
  return { rows: [...latest.values()], skipped };
}

type Mail = MessageInput & { messageId?: string };

function hexOf(decimal: string | undefined): string | null {
  return decimal && /^\d+$/.test(decimal.trim()) ? BigInt(decimal.trim()).toString(16) : null;
}

function keysOf(mail: Mail): string[] {
  const keys = [
    mail.id,
    mail.messageId,
    mail.messageId?.replace(/^<|>$/g, ''),
    hexOf(mail.headers?.['x-gm-msgid']),
  ];
  return keys.filter((k): k is string => !!k);
}

function example(row: FeedbackRow, mail: Mail): TrainingExample {
  const from = mail.from ?? '';
  const reasons = row.newEscalate ? triageMessage(mail).reasons : [];
  const headers = Object.fromEntries(
    Object.entries(mail.headers ?? {}).filter(([k]) => KEPT_HEADERS.includes(k)),
  );
  return {
    id: `fb-${row.messageId}`,
    language: row.language,
    from: MACHINE_SENDER.test(from) ? from : 'Patient <patient@example.invalid>',
    subject: mail.subject ?? '',
    ...(mail.body?.trim() ? { body: mail.body } : { html: mail.html ?? '' }),
    headers,
    ...(mail.attachmentNames?.length ? { attachmentNames: mail.attachmentNames } : {}),
    intent: row.newIntent as Intent,
    escalate: row.newEscalate,
    reasons,
    origin: 'feedback',
    previous: { intent: row.oldIntent, escalate: row.oldEscalate },
  };
}

export async function feedbackToTraining(
  feedbackCsv: string,
  mailPath: string,
  mailbox = '',
): Promise<{ examples: TrainingExample[]; unmatched: string[]; skipped: number }> {
  const { rows, skipped } = readFeedbackCsv(feedbackCsv);
  const byKey = new Map<string, Mail>();
  const byThread = new Map<string, Mail[]>();
  for await (const item of openInputs(mailPath, { bytes: 0 })) {
    if (item.kind !== 'message') continue;
    const mail = item.message as Mail;
    for (const key of keysOf(mail)) byKey.set(key, mail);
    const thread = hexOf(mail.headers?.['x-gm-thrid']);
    const own = mailbox && (mail.from ?? '').toLowerCase().includes(mailbox.toLowerCase());
    if (thread && !own) byThread.set(thread, [...(byThread.get(thread) ?? []), mail]);
  }
  const newest = (list: Mail[] | undefined) =>
    list
      ?.slice()
      .sort((a, b) => String(a.date ?? '').localeCompare(String(b.date ?? '')))
      .at(-1);
  const examples: TrainingExample[] = [];
  const unmatched: string[] = [];
  for (const row of rows) {
    const mail = byKey.get(row.messageId) ?? newest(byThread.get(row.threadId));
    if (mail) examples.push(example(row, mail));
    else unmatched.push(row.messageId);
  }
  return { examples, unmatched, skipped };
}

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
}

async function main(args: string[]): Promise<number> {
  const [csv, mail] = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
  if (!csv || !mail) {
    console.error(
      'usage: npx tsx scripts/feedback-to-training.ts <feedback.csv> <mail> [--out <file.jsonl>] [--mailbox <address>]',
    );
    return 2;
  }
  const out = option(args, 'out') ?? 'out/feedback-training.jsonl';
  const { examples, unmatched, skipped } = await feedbackToTraining(
    readFileSync(csv, 'utf8'),
    mail,
    option(args, 'mailbox'),
  );
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, examples.map((e) => JSON.stringify(e)).join('\n') + (examples.length ? '\n' : ''), {
    mode: 0o600,
  });
  console.error(
    `${examples.length} training example(s) in ${out}; ${skipped} row(s) skipped; ${unmatched.length} without a local message${unmatched.length ? `: ${unmatched.join(', ')}` : ''}`,
  );
  return unmatched.length ? 1 : 0;
}

if (process.argv[1]?.endsWith('feedback-to-training.ts')) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      console.error(`feedback-to-training failed: ${(error as Error).message}`);
      process.exitCode = 2;
    },
  );
}

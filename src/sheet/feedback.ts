// The Feedback tab: one row per correction made on the card (who, when, which message, old and
// new intent and escalation). Ids and codes only, never text from the mail; scripts/
// feedback-to-training.ts joins an export of it with the local mail to make training examples.
import { INTENTS } from '../core/types';
import { queueSheetRow, sheetText, writeRowsBelow, openAuditSpreadsheet } from '../gas/audit-sink';
import { nowIso } from './events';

export const FEEDBACK_SHEET = 'Feedback';
export const FEEDBACK_COLUMNS = [
  'timestamp',
  'actor',
  'patientPseudonym',
  'threadId',
  'messageId',
  'language',
  'oldIntent',
  'newIntent',
  'oldEscalate',
  'newEscalate',
] as const;

export interface FeedbackInput {
  actor: string;
  pseudonym: string;
  threadId: string;
  messageId: string;
  oldIntent: string;
  newIntent: string;
  oldEscalate: boolean;
  newEscalate: boolean;
  language: string;
  /** ISO 8601, a Date or epoch milliseconds; now when missing. */
  timestamp?: string | Date | number;
}

export interface FeedbackResult {
  ok: boolean;
  written: boolean;
  queued: boolean;
  error?: string;
}

const ID = /^[A-Za-z0-9_-]{1,64}$/;

/** The row, or the first field that is not an id or a code (so no free text can slip in). */
export function feedbackRow(input: FeedbackInput): { cells: string[] } | { error: string } {
  const intent = (v: string) => (INTENTS as readonly string[]).includes(v);
  if (!/^[^@\s]+@[^@\s]+$/.test(input.actor ?? '')) return { error: 'invalid_actor' };
  if (input.pseudonym && !/^p-[0-9a-f]{16}$/.test(input.pseudonym)) return { error: 'invalid_pseudonym' };
  if (!ID.test(input.threadId ?? '') || !ID.test(input.messageId ?? '')) return { error: 'invalid_id' };
  if (!intent(input.oldIntent) || !intent(input.newIntent)) return { error: 'invalid_intent' };
  if (!/^([a-z]{2}|und)$/.test(input.language ?? '')) return { error: 'invalid_language' };
  const when = input.timestamp === undefined ? new Date() : new Date(input.timestamp);
  if (Number.isNaN(when.getTime())) return { error: 'invalid_timestamp' };
  const flag = (b: boolean) => (b ? 'true' : 'false');
  return {
    cells: [
      nowIso(when),
      input.actor.toLowerCase(),
      input.pseudonym,
      input.threadId,
      input.messageId,
      input.language,
      input.oldIntent,
      input.newIntent,
      flag(input.oldEscalate),
      flag(input.newEscalate),
    ],
  };
}

/**
 * Appends one row; when this user cannot write the sheet (staff have no access) the row waits in
 * script properties and the owner's next audit write adds it.
 */
export function recordFeedback(input: FeedbackInput): FeedbackResult {
  const row = feedbackRow(input);
  if ('error' in row) return { ok: false, written: false, queued: false, error: row.error };
  const lock = LockService.getScriptLock();
  const already = lock.hasLock();
  const held = already || lock.tryLock(3_000);
  try {
    const sheet = held ? openAuditSpreadsheet()?.getSheetByName(FEEDBACK_SHEET) : null;
    if (sheet) {
      writeRowsBelow(sheet, [row.cells.map(sheetText)]);
      return { ok: true, written: true, queued: false };
    }
  } catch {
    // No access or a transient failure: queue below.
  } finally {
    if (held && !already) lock.releaseLock();
  }
  const queued = queueSheetRow(FEEDBACK_SHEET, row.cells, `${row.cells[0]}|${input.messageId}`);
  return { ok: queued, written: false, queued, ...(queued ? {} : { error: 'queue_full' }) };
}

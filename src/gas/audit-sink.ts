// Writes audit events to the Audit tab: one setValues per batch, chained with the key in script
// properties. Only the account that owns the sheet can write there (the tab is protected; staff
// have no access at all), so when this execution cannot write — no sheet yet, another execution
// holds the lock, no access — events wait in script properties and the next execution that can
// (the owner's scanner) writes them, in order. Rows for other tabs (Feedback) queue the same way.
import {
  AUDIT_COLUMNS,
  GENESIS_HASH,
  canonicalRow,
  sealRows,
  type AuditEvent,
  type AuditRow,
  type ChainHead,
  type Hmac,
} from '../core/audit';
import { auditEvent, detailOf, sanitiseEvent, SYSTEM_ROLE } from '../sheet/events';
import { gasHmac } from './crypto';
import { auditKey, PROPERTY_KEYS, readJson, readSettings, scriptProperties, writeJson } from './properties';
import { withRetry } from './retry';

export const AUDIT_SHEET = 'Audit';
const LOCK_WAIT_MS = 3_000;
const DEDUPE_WINDOW_ROWS = 2_000;
// Script properties hold 500 KB in all: the queue must never crowd out settings and config.
const MAX_QUEUED = 250;
const ROW_QUEUE_PREFIX = 'sheet.queue.';
const DROPPED_KEY = 'audit.dropped';
const EVENT_ID_COLUMN = AUDIT_COLUMNS.indexOf('eventId') + 1;

export interface AuditWriteResult {
  written: number;
  queued: number;
  skippedDuplicates: number;
  reason?: 'no_audit_sheet' | 'busy' | 'sheet_unavailable' | 'queue_full';
}

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Every non-empty cell goes in as quoted text: never a formula, and never turned into a number or date, so the hash still matches when read back. */
export function sheetText(value: unknown): string {
  const s = value === undefined || value === null ? '' : String(value);
  return s === '' ? '' : `'${s}`;
}

export function openAuditSpreadsheet(): Spreadsheet | null {
  const id = readSettings().auditSpreadsheetId;
  if (!id) return null;
  return SpreadsheetApp.openById(id);
}

export function auditSheetOf(spreadsheet: Spreadsheet): Sheet {
  const existing = spreadsheet.getSheetByName(AUDIT_SHEET);
  if (existing) return existing;
  const sheet = spreadsheet.insertSheet(AUDIT_SHEET);
  sheet.getRange(1, 1, 1, AUDIT_COLUMNS.length).setValues([AUDIT_COLUMNS.map(sheetText)]);
  sheet.setFrozenRows(1);
  return sheet;
}

/** Writes rows below the last one, growing the sheet first (setValues does not). */
export function writeRowsBelow(sheet: Sheet, values: string[][], lastRow = sheet.getLastRow()): void {
  if (!values.length) return;
  const first = Math.max(lastRow, 1) + 1;
  const needed = first + values.length - 1 - sheet.getMaxRows();
  if (needed > 0) sheet.insertRowsAfter(sheet.getMaxRows(), needed);
  sheet.getRange(first, 1, values.length, values[0]!.length).setValues(values);
}

export function auditRowOf(cells: readonly unknown[]): AuditRow {
  return Object.fromEntries(
    AUDIT_COLUMNS.map((c, i) => [c, cells[i] === undefined || cells[i] === null ? '' : String(cells[i])]),
  ) as AuditRow;
}

/** All data rows of an Audit tab (the live one or an archive's). */
export function readAuditRows(sheet: Sheet): AuditRow[] {
  const last = sheet.getLastRow();
  if (last < 2) return [];
  return sheet
    .getRange(2, 1, last - 1, AUDIT_COLUMNS.length)
    .getValues()
    .map(auditRowOf);
}

export function chainStart(): ChainHead {
  return readJson<ChainHead>(PROPERTY_KEYS.auditStart) ?? { seq: 0, hash: GENESIS_HASH };
}

export function auditHmac(): Hmac {
  return gasHmac(auditKey());
}

/**
 * Where the next row chains on: the stored head, so rows deleted from the end stay detectable;
 * the sheet's last row only when it is sealed with our key and newer (the head write failed).
 */
function chainHeadOf(sheet: Sheet, lastRow: number, hmac: Hmac): ChainHead {
  const base = readJson<ChainHead>(PROPERTY_KEYS.auditHead) ?? chainStart();
  if (lastRow < 2) return base;
  const row = auditRowOf(sheet.getRange(lastRow, 1, 1, AUDIT_COLUMNS.length).getValues()[0] ?? []);
  const seq = Number(row.seq);
  if (Number.isInteger(seq) && seq > base.seq && hmac(canonicalRow(row)) === row.rowHash)
    return { seq, hash: row.rowHash };
  return base;
}

function recentEventIds(sheet: Sheet, lastRow: number): Set<string> {
  if (lastRow < 2) return new Set();
  const first = Math.max(2, lastRow - DEDUPE_WINDOW_ROWS + 1);
  return new Set(
    sheet
      .getRange(first, EVENT_ID_COLUMN, lastRow - first + 1, 1)
      .getValues()
      .map((r) => String(r[0])),
  );
}

interface Queued {
  keys: string[];
  events: AuditEvent[];
  rows: Array<{ key: string; tab: string; cells: string[] }>;
}

function readQueue(): Queued {
  const all = scriptProperties().getProperties();
  const keys = Object.keys(all).sort();
  const queued: Queued = { keys: [], events: [], rows: [] };
  for (const key of keys) {
    try {
      if (key.startsWith(PROPERTY_KEYS.auditQueuePrefix))
        queued.events.push(JSON.parse(all[key]!) as AuditEvent);
      else if (key.startsWith(ROW_QUEUE_PREFIX))
        queued.rows.push({ key, ...(JSON.parse(all[key]!) as { tab: string; cells: string[] }) });
      else continue;
    } catch {
      // An unreadable entry is dropped rather than blocking the queue forever.
    }
    queued.keys.push(key);
  }
  return queued;
}

function enqueue(entries: Record<string, string>): number {
  const props = scriptProperties();
  const waiting = props
    .getKeys()
    .filter((k) => k.startsWith(PROPERTY_KEYS.auditQueuePrefix) || k.startsWith(ROW_QUEUE_PREFIX)).length;
  const keys = Object.keys(entries);
  const room = Math.max(0, MAX_QUEUED - waiting);
  const kept = Object.fromEntries(keys.slice(0, room).map((k) => [k, entries[k]!]));
  const dropped = keys.length - Object.keys(kept).length;
  if (dropped) kept[DROPPED_KEY] = String(Number(props.getProperty(DROPPED_KEY) ?? 0) + dropped);
  if (Object.keys(kept).length) props.setProperties(kept);
  if (dropped) console.warn(`audit: queue full, ${dropped} event(s) dropped`);
  return keys.length - dropped;
}

function queueEvents(events: AuditEvent[]): number {
  const entries: Record<string, string> = {};
  for (const e of events)
    entries[`${PROPERTY_KEYS.auditQueuePrefix}${e.timestamp}|${e.eventId}`] = JSON.stringify(e);
  return enqueue(entries);
}

/** Queues one row for another tab of the audit spreadsheet, written with the next audit batch. */
export function queueSheetRow(tab: string, cells: string[], sortKey: string): boolean {
  return enqueue({ [`${ROW_QUEUE_PREFIX}${sortKey}`]: JSON.stringify({ tab, cells }) }) === 1;
}

function droppedEvent(): AuditEvent | null {
  const dropped = Number(scriptProperties().getProperty(DROPPED_KEY) ?? 0);
  if (!dropped) return null;
  return auditEvent(
    { action: 'error', outcome: 'failure:audit_queue_full', detail: detailOf({ dropped }) },
    { actor: 'system', actorRole: SYSTEM_ROLE },
  );
}

function writeQueuedRows(spreadsheet: Spreadsheet, rows: Queued['rows']): void {
  const byTab = new Map<string, string[][]>();
  for (const r of rows) byTab.set(r.tab, [...(byTab.get(r.tab) ?? []), r.cells.map(sheetText)]);
  for (const [tab, values] of byTab) {
    const sheet = spreadsheet.getSheetByName(tab);
    if (sheet) writeRowsBelow(sheet, values);
  }
}

function failed(events: AuditEvent[], reason: NonNullable<AuditWriteResult['reason']>): AuditWriteResult {
  const queued = events.length ? queueEvents(events) : 0;
  return { written: 0, queued, skippedDuplicates: 0, reason: queued < events.length ? 'queue_full' : reason };
}

/** Appends under the script lock the caller already holds; also writes whatever earlier executions queued. */
export function appendAuditLocked(events: AuditEvent[]): AuditWriteResult {
  const clean = events.map(sanitiseEvent);
  let spreadsheet: Spreadsheet | null;
  try {
    spreadsheet = withRetry(() => openAuditSpreadsheet());
  } catch {
    return failed(clean, 'sheet_unavailable');
  }
  if (!spreadsheet) return failed(clean, 'no_audit_sheet');
  const book = spreadsheet;
  const props = scriptProperties();
  let queued: Queued;
  let written = 0;
  let skipped = 0;
  try {
    // Each step retries transient service errors before the batch falls back to the queue, which
    // costs a property write and a delete per event and holds only MAX_QUEUED events.
    queued = withRetry(() => readQueue());
    const sheet = withRetry(() => auditSheetOf(book));
    const lastRow = withRetry(() => sheet.getLastRow());
    const seen = withRetry(() => recentEventIds(sheet, lastRow));
    const dropped = withRetry(() => droppedEvent());
    const fresh: AuditEvent[] = [];
    for (const e of [...queued.events.map(sanitiseEvent), ...(dropped ? [dropped] : []), ...clean]) {
      if (seen.has(e.eventId)) skipped++;
      else {
        seen.add(e.eventId);
        fresh.push(e);
      }
    }
    if (fresh.length) {
      const hmac = withRetry(() => auditHmac());
      const { rows, head } = sealRows(
        fresh,
        withRetry(() => chainHeadOf(sheet, lastRow, hmac)),
        hmac,
      );
      const values = rows.map((r) => AUDIT_COLUMNS.map((c) => sheetText(r[c])));
      withRetry(() => writeRowsBelow(sheet, values, lastRow));
      withRetry(() => writeJson(PROPERTY_KEYS.auditHead, head));
      written = fresh.length;
    }
    if (dropped) withRetry(() => props.deleteProperty(DROPPED_KEY));
    writeQueuedRows(book, queued.rows);
  } catch (error) {
    console.warn(`audit: write failed (${(error as Error).name}), ${clean.length} event(s) queued`);
    return failed(clean, 'sheet_unavailable');
  }
  for (const key of queued.keys) withRetry(() => props.deleteProperty(key));
  return { written, queued: 0, skippedDuplicates: skipped };
}

/** For card actions: a short wait for the lock; if the scanner holds it, the events wait their turn. */
export function appendAudit(events: AuditEvent[]): AuditWriteResult {
  const lock = LockService.getScriptLock();
  // Locks do not nest: releasing here would also free a caller (set-up, archive) that holds it.
  if (lock.hasLock()) return appendAuditLocked(events);
  if (!lock.tryLock(LOCK_WAIT_MS)) return failed(events.map(sanitiseEvent), 'busy');
  try {
    return appendAuditLocked(events);
  } finally {
    lock.releaseLock();
  }
}

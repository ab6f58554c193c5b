// Retention: rows older than N years move, unchanged, to an archive spreadsheet whose Audit tab
// is one chain from genesis; the live tab then starts where the archive ends (property
// audit.start = seq and hash of the last archived row). Order: append to the archive, delete from
// the live tab, move the anchor; a run cut short is completed by the next one.
import { AUDIT_COLUMNS, GENESIS_HASH, verifyChain, type AuditRow, type ChainHead } from '../core/audit';
import {
  AUDIT_SHEET,
  auditHmac,
  auditRowOf,
  auditSheetOf,
  appendAuditLocked,
  chainStart,
  openAuditSpreadsheet,
  readAuditRows,
  sheetText,
  writeRowsBelow,
} from '../gas/audit-sink';
import { PROPERTY_KEYS, readJson, readSettings, writeJson } from '../gas/properties';
import { authorize } from '../gas/roles';
import { auditEvent, detailOf } from './events';
import { protectSheet } from './protect';
import { SPREADSHEET_NAME } from './setup';

export const ARCHIVE_PROPERTY = 'audit.archive';
// A run must finish well inside the 6-minute limit; the rest waits for the next run.
const MAX_ROWS_PER_RUN = 20_000;

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface ArchiveReport {
  ok: boolean;
  code?:
    | 'unknown_user'
    | 'forbidden'
    | 'busy'
    | 'no_audit_sheet'
    | 'chain_broken'
    | 'archive_mismatch'
    | 'cannot_open_archive'
    | 'interrupted';
  moved: number;
  remaining: number;
  cutoff?: string;
  archiveId?: string;
  archiveUrl?: string;
}

export function openArchive(create = false): Spreadsheet | null {
  const stored = readJson<{ id: string }>(ARCHIVE_PROPERTY);
  if (stored?.id) return SpreadsheetApp.openById(stored.id);
  if (!create) return null;
  const archive = SpreadsheetApp.create(`${SPREADSHEET_NAME} (archive)`);
  const sheet = archive.getSheets()[0]!.setName(AUDIT_SHEET);
  sheet.getRange(1, 1, 1, AUDIT_COLUMNS.length).setValues([AUDIT_COLUMNS.map(sheetText)]);
  sheet.setFrozenRows(1);
  protectSheet(sheet, 'Archived audit trail: written by the add-on only');
  writeJson(ARCHIVE_PROPERTY, { id: archive.getId() });
  return archive;
}

function lastRowOf(sheet: Sheet): ChainHead {
  const last = sheet.getLastRow();
  if (last < 2) return { seq: 0, hash: GENESIS_HASH };
  const row = auditRowOf(sheet.getRange(last, 1, 1, AUDIT_COLUMNS.length).getValues()[0] ?? []);
  return { seq: Number(row.seq), hash: row.rowHash };
}

/** The leading rows written before the cutoff (the chain is in time order; stop at the first newer or unreadable one). */
function olderThan(rows: AuditRow[], cutoff: number): number {
  let n = 0;
  while (n < rows.length && n < MAX_ROWS_PER_RUN && Date.parse(rows[n]!.timestamp) < cutoff) n++;
  return n;
}

function archiveLocked(years: number, who: { actor: string; actorRole: string }): ArchiveReport {
  const spreadsheet = openAuditSpreadsheet();
  if (!spreadsheet) return { ok: false, code: 'no_audit_sheet', moved: 0, remaining: 0 };
  const live = auditSheetOf(spreadsheet);
  const hmac = auditHmac();
  let archive: Spreadsheet | null;
  try {
    archive = openArchive(true);
  } catch {
    return { ok: false, code: 'cannot_open_archive', moved: 0, remaining: 0 };
  }
  const archived = auditSheetOf(archive!);
  const archiveHead = lastRowOf(archived);
  const rows = readAuditRows(live);
  let start = chainStart();
  // A previous run deleted the rows but did not move the anchor: the live tab continues the archive.
  if (
    start.seq < archiveHead.seq &&
    rows[0] &&
    Number(rows[0].seq) === archiveHead.seq + 1 &&
    rows[0].prevHash === archiveHead.hash
  ) {
    start = archiveHead;
    writeJson(PROPERTY_KEYS.auditStart, start);
  }
  if (!verifyChain(rows, hmac, start, readJson<ChainHead>(PROPERTY_KEYS.auditHead) ?? undefined).ok)
    return { ok: false, code: 'chain_broken', moved: 0, remaining: rows.length };

  const cutoffDate = new Date();
  cutoffDate.setFullYear(cutoffDate.getFullYear() - years);
  const copied = rows.findIndex((r) => Number(r.seq) > archiveHead.seq);
  const count = Math.max(olderThan(rows, cutoffDate.getTime()), copied < 0 ? rows.length : copied);
  const moving = rows.slice(0, count);
  // Rows a cut-short run already copied are not copied twice; the rest must continue the archive's chain.
  const fresh = moving.filter((r) => Number(r.seq) > archiveHead.seq);
  if (fresh.length && !verifyChain(fresh, hmac, archiveHead).ok)
    return { ok: false, code: 'archive_mismatch', moved: 0, remaining: rows.length };
  writeRowsBelow(
    archived,
    fresh.map((r) => AUDIT_COLUMNS.map((c) => sheetText(r[c]))),
  );
  if (count) {
    // Sheets refuses to delete every non-frozen row: keep one blank row below.
    if (count + 1 >= live.getMaxRows()) live.insertRowsAfter(live.getMaxRows(), 1);
    live.deleteRows(2, count);
    const last = moving[count - 1]!;
    writeJson(PROPERTY_KEYS.auditStart, { seq: Number(last.seq), hash: last.rowHash });
  }
  const cutoff = cutoffDate.toISOString();
  appendAuditLocked([
    auditEvent(
      {
        action: 'archive',
        decidedBy: 'person',
        detail: detailOf({ moved: count, years, until: moving[count - 1]?.seq }),
      },
      who,
    ),
  ]);
  return {
    ok: true,
    moved: count,
    remaining: rows.length - count,
    cutoff,
    archiveId: archive!.getId(),
    archiveUrl: archive!.getUrl(),
  };
}

/** Moves audit rows older than `years` (default: settings.retentionYears) to the archive spreadsheet. Managers only. */
export function archiveAudit(years?: unknown): ArchiveReport {
  const auth = authorize('configure');
  if (!auth.ok) return { ok: false, code: auth.code, moved: 0, remaining: 0 };
  const n =
    typeof years === 'number' && Number.isInteger(years) && years >= 1 && years <= 30
      ? years
      : readSettings().retentionYears;
  const lock = LockService.getScriptLock();
  if (!lock.tryLock(30_000)) return { ok: false, code: 'busy', moved: 0, remaining: 0 };
  try {
    return archiveLocked(n, auth);
  } catch (error) {
    // Safe to run again: copied rows are not copied twice and the anchor is repaired.
    console.warn(`archiveAudit: interrupted (${(error as Error).name})`);
    return { ok: false, code: 'interrupted', moved: 0, remaining: 0 };
  } finally {
    lock.releaseLock();
  }
}

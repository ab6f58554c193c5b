// verifyAudit(): recomputes the hash chain of the Audit tab (from its start anchor to the head kept
// in properties, so deleted last rows show) and of the archive (from genesis to that anchor), names
// the first changed, inserted or deleted row, and records the check itself as a `verify` row.
import { GENESIS_HASH, type ChainHead } from '../core/audit';
import {
  auditHmac,
  auditSheetOf,
  appendAuditLocked,
  chainStart,
  openAuditSpreadsheet,
  readAuditRows,
} from '../gas/audit-sink';
import { PROPERTY_KEYS, readJson } from '../gas/properties';
import { authorize } from '../gas/roles';
import { openArchive } from './archive';
import { checkChain, type ChainCheck } from './chain-report';
import { auditEvent, detailOf } from './events';

export interface VerifyReport {
  ok: boolean;
  code?: 'unknown_user' | 'forbidden' | 'busy' | 'no_audit_sheet' | 'cannot_open';
  audit?: ChainCheck;
  archive?: ChainCheck;
}

function checkArchive(start: ChainHead): ChainCheck | undefined {
  let archive: GoogleAppsScript.Spreadsheet.Spreadsheet | null;
  try {
    archive = openArchive();
  } catch {
    return { ok: false, rows: 0, message: 'Archive: the archive spreadsheet cannot be opened' };
  }
  if (!archive)
    return start.seq > 0
      ? { ok: false, rows: 0, message: `Archive: missing, but the live chain starts at seq ${start.seq}` }
      : undefined;
  return checkChain(
    readAuditRows(auditSheetOf(archive)),
    auditHmac(),
    { seq: 0, hash: GENESIS_HASH },
    start,
    'Archive',
  );
}

/** Managers only; returns what Settings shows and writes one `verify` audit row. */
export function verifyAudit(): VerifyReport {
  const auth = authorize('verify-audit');
  if (!auth.ok) return { ok: false, code: auth.code };
  let spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet | null;
  try {
    spreadsheet = openAuditSpreadsheet();
  } catch {
    return { ok: false, code: 'cannot_open' };
  }
  if (!spreadsheet) return { ok: false, code: 'no_audit_sheet' };
  const lock = LockService.getScriptLock();
  // Rows and head must be read together: an append in between would look like a truncation.
  if (!lock.tryLock(10_000)) return { ok: false, code: 'busy' };
  try {
    const start = chainStart();
    const head = readJson<ChainHead>(PROPERTY_KEYS.auditHead) ?? undefined;
    const audit = checkChain(readAuditRows(auditSheetOf(spreadsheet)), auditHmac(), start, head, 'Audit');
    const archive = checkArchive(start);
    const ok = audit.ok && (archive?.ok ?? true);
    const detail = detailOf({
      rows: audit.rows,
      row: audit.row,
      kind: audit.kind,
      archive: archive ? (archive.ok ? 'ok' : 'broken') : 'none',
    });
    appendAuditLocked([
      auditEvent(
        {
          action: 'verify',
          decidedBy: 'person',
          outcome: ok ? 'success' : `failure:${audit.kind ?? archive?.kind ?? 'archive'}`,
          detail,
        },
        auth,
      ),
    ]);
    console.log(
      `verifyAudit: ${ok ? 'intact' : 'broken'} (${audit.rows} rows${audit.row ? `, row ${audit.row}` : ''})`,
    );
    return { ok, audit, ...(archive ? { archive } : {}) };
  } finally {
    lock.releaseLock();
  }
}

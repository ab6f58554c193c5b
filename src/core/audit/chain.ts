// A keyed hash chain over the audit rows: each row's hash covers its content and the previous
// row's hash, so a changed, inserted, deleted or reordered row breaks the chain from there on.
// The HMAC itself is injected: Apps Script computes it natively, Node with node:crypto.
import { AUDIT_COLUMNS, type AuditEvent, type AuditRow } from './columns';

export type Hmac = (message: string) => string;

export const GENESIS_HASH = 'genesis';

/** What the chain's owner keeps outside the sheet, so a truncated tail is detected too. */
export interface ChainHead {
  seq: number;
  hash: string;
}

export function canonicalRow(row: AuditRow): string {
  return JSON.stringify(AUDIT_COLUMNS.filter((c) => c !== 'rowHash').map((c) => row[c]));
}

function cell(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.join(',');
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  return String(value);
}

export function sealRow(event: AuditEvent, head: ChainHead, hmac: Hmac): AuditRow {
  const row = Object.fromEntries(
    AUDIT_COLUMNS.map((c) => [c, cell((event as unknown as Record<string, unknown>)[c])]),
  ) as AuditRow;
  row.seq = String(head.seq + 1);
  row.prevHash = head.hash;
  row.rowHash = hmac(canonicalRow(row));
  return row;
}

/** Seals events in order and returns the rows plus the new head. */
export function sealRows(
  events: AuditEvent[],
  head: ChainHead,
  hmac: Hmac,
): { rows: AuditRow[]; head: ChainHead } {
  const rows: AuditRow[] = [];
  let current = head;
  for (const event of events) {
    const row = sealRow(event, current, hmac);
    rows.push(row);
    current = { seq: Number(row.seq), hash: row.rowHash };
  }
  return { rows, head: current };
}

export interface ChainProblem {
  /** 1-based data row (the header is row 0). */
  row: number;
  kind: 'changed' | 'deleted' | 'inserted' | 'truncated' | 'malformed';
  message: string;
}

export interface VerifyResult {
  ok: boolean;
  rows: number;
  problem?: ChainProblem;
}

/**
 * Walks the chain from `start` (the genesis, or the anchor an archive left behind) and names the
 * first row where it breaks. `expectedHead`, when known, catches rows deleted from the end.
 */
export function verifyChain(
  rows: AuditRow[],
  hmac: Hmac,
  start: ChainHead = { seq: 0, hash: GENESIS_HASH },
  expectedHead?: ChainHead,
): VerifyResult {
  let previous = start;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const n = i + 1;
    const seq = Number(row.seq);
    if (!Number.isInteger(seq))
      return {
        ok: false,
        rows: rows.length,
        problem: { row: n, kind: 'malformed', message: `row ${n} has no sequence number` },
      };
    const intact = hmac(canonicalRow(row)) === row.rowHash;
    if (!intact) {
      const kind = seq === previous.seq + 1 && row.prevHash === previous.hash ? 'changed' : 'inserted';
      return {
        ok: false,
        rows: rows.length,
        problem: {
          row: n,
          kind,
          message: `row ${n} (seq ${row.seq}) was ${kind === 'changed' ? 'changed' : 'inserted or changed'}: its hash does not match its content`,
        },
      };
    }
    if (seq !== previous.seq + 1 || row.prevHash !== previous.hash) {
      const kind = seq > previous.seq + 1 ? 'deleted' : 'inserted';
      const message =
        kind === 'deleted'
          ? `${seq - previous.seq - 1} row(s) deleted before row ${n} (seq ${previous.seq + 1}${seq - previous.seq > 2 ? `…${seq - 1}` : ''} missing)`
          : `row ${n} (seq ${row.seq}) is out of place: a row was inserted, copied or moved there`;
      return { ok: false, rows: rows.length, problem: { row: n, kind, message } };
    }
    previous = { seq, hash: row.rowHash };
  }
  if (expectedHead && (expectedHead.seq !== previous.seq || expectedHead.hash !== previous.hash)) {
    const missing = expectedHead.seq - previous.seq;
    return {
      ok: false,
      rows: rows.length,
      problem: {
        row: rows.length + 1,
        kind: 'truncated',
        message:
          missing > 0
            ? `the last ${missing} row(s) were deleted (the chain should end at seq ${expectedHead.seq})`
            : `the chain does not end where it was last written (seq ${expectedHead.seq})`,
      },
    };
  }
  return { ok: true, rows: rows.length };
}

// Turns a broken chain into a sentence naming the row as a person finds it: in the sheet or in a
// CSV opened in a spreadsheet, data row n is row n + 1 (the header is row 1). Pure, so the
// command line uses it too.
import { verifyChain, type AuditRow, type ChainHead, type ChainProblem, type Hmac } from '../core/audit';

export interface ChainCheck {
  ok: boolean;
  rows: number;
  /** The row to look at, counting the header as row 1. */
  row?: number;
  kind?: ChainProblem['kind'];
  message: string;
}

export function checkChain(
  rows: AuditRow[],
  hmac: Hmac,
  start: ChainHead,
  head: ChainHead | undefined,
  label: string,
): ChainCheck {
  const result = verifyChain(rows, hmac, start, head);
  if (result.ok || !result.problem)
    return { ok: true, rows: rows.length, message: `${label}: chain intact, ${rows.length} row(s)` };
  const { kind, row: n } = result.problem;
  const row = n + 1;
  const seq = rows[n - 1]?.seq ?? '';
  const before = n >= 2 ? Number(rows[n - 2]!.seq) : start.seq;
  const message = {
    changed: `${label} row ${row} (seq ${seq}) was changed after it was written`,
    inserted: `${label} row ${row} (seq ${seq}) was inserted, copied or moved there`,
    deleted: `${label}: ${Number(seq) - before - 1} row(s) deleted just above row ${row} (seq ${before + 1}${Number(seq) - before > 2 ? `…${Number(seq) - 1}` : ''} missing)`,
    truncated:
      head && head.seq > before
        ? `${label}: the last ${head.seq - before} row(s) were deleted after row ${row - 1} (the chain should end at seq ${head.seq})`
        : `${label}: the chain does not end where it was last written (seq ${head?.seq ?? '?'})`,
    malformed: `${label} row ${row} has no sequence number`,
  }[kind];
  return { ok: false, rows: rows.length, row, kind, message };
}

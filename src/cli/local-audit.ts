// The audit trail `npm start` writes: out/audit.csv with the Audit tab's columns, and the chain's
// key, head and start anchor in out/audit-key.json (the local stand-in for script properties).
import { createHmac, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import {
  AUDIT_COLUMNS,
  GENESIS_HASH,
  parseCsv,
  readNeutralisedCell,
  sealRows,
  toCsvLine,
  type AuditEvent,
  type AuditRow,
  type ChainHead,
  type Hmac,
} from '../core/audit';

export interface LocalKey {
  key: string;
  head: ChainHead;
  /** Where the chain starts when older rows were archived; genesis when absent. */
  start?: ChainHead;
}

/** The key's UTF-8 bytes, as Utilities.computeHmacSha256Signature(message, key) uses them: a CSV exported from the sheet verifies with the sheet's key. */
export function nodeHmac(key: string): Hmac {
  return (message) => createHmac('sha256', Buffer.from(key, 'utf8')).update(message, 'utf8').digest('hex');
}

export function newKey(): string {
  return randomBytes(32).toString('hex');
}

export function keyPathFor(csvPath: string): string {
  return csvPath.replace(/\.csv$/i, '') + '-key.json';
}

export function readKey(path: string): LocalKey | null {
  if (!existsSync(path)) return null;
  try {
    const key = JSON.parse(readFileSync(path, 'utf8')) as LocalKey;
    return typeof key.key === 'string' && key.head ? key : null;
  } catch {
    return null;
  }
}

export function writeAuditCsv(path: string, rows: AuditRow[], key: LocalKey): void {
  const lines = [AUDIT_COLUMNS.join(','), ...rows.map((r) => toCsvLine(AUDIT_COLUMNS.map((c) => r[c])))];
  writeFileSync(path, `${lines.join('\n')}\n`);
  writeFileSync(keyPathFor(path), `${JSON.stringify(key, null, 2)}\n`, { mode: 0o600 });
}

export function readAuditCsv(text: string): { rows: AuditRow[]; headerOk: boolean } {
  const [header, ...data] = parseCsv(text).filter((r) => r.length > 1 || (r[0] ?? '') !== '');
  const headerOk = !!header && header.join(',') === AUDIT_COLUMNS.join(',');
  const rows = data.map(
    (cells) =>
      Object.fromEntries(AUDIT_COLUMNS.map((c, i) => [c, readNeutralisedCell(cells[i] ?? '')])) as AuditRow,
  );
  return { rows, headerOk };
}

/** Seals events onto the local chain (creating out/audit.csv and its key on first use). */
export function appendLocalAudit(path: string, events: AuditEvent[]): AuditRow[] {
  const key = readKey(keyPathFor(path)) ?? { key: newKey(), head: { seq: 0, hash: GENESIS_HASH } };
  const existing = existsSync(path) ? readAuditCsv(readFileSync(path, 'utf8')).rows : [];
  const { rows, head } = sealRows(events, key.head, nodeHmac(key.key));
  writeAuditCsv(path, [...existing, ...rows], { ...key, head });
  return rows;
}

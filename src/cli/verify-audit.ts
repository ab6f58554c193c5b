import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { GENESIS_HASH } from '../core/audit';
import { checkChain } from '../sheet/chain-report';
import { keyPathFor, nodeHmac, readAuditCsv, readKey } from './local-audit';

export const DEFAULT_AUDIT_CSV = 'out/audit.csv';

/**
 * Exit 0 when the chain is intact, 1 when it is broken, 2 when it cannot be checked. The key is
 * `<name>-key.json` next to the CSV, else `audit-key.json` in its folder (a copy such as
 * out/audit-copy.csv still finds out/audit-key.json).
 */
export function verifyAuditCommand(path = DEFAULT_AUDIT_CSV, keyPath = keyPathFor(path)): number {
  if (!existsSync(path)) {
    console.error(`cannot read ${path}: no such file (npm start writes out/audit.csv)`);
    return 2;
  }
  const key = readKey(keyPath) ?? readKey(join(dirname(path), 'audit-key.json'));
  if (!key) {
    console.error(`no key for ${path}: expected ${keyPath}`);
    return 2;
  }
  const { rows, headerOk } = readAuditCsv(readFileSync(path, 'utf8'));
  if (!headerOk) {
    console.error(`${path}: the header row is not the Audit tab's columns`);
    return 1;
  }
  const result = checkChain(
    rows,
    nodeHmac(key.key),
    key.start ?? { seq: 0, hash: GENESIS_HASH },
    key.head,
    path,
  );
  if (result.ok) {
    console.log(`audit chain intact: ${result.rows} rows in ${path}`);
    return 0;
  }
  console.error(`audit chain broken: ${result.message}`);
  return 1;
}

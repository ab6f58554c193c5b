// Roles come from the Roles tab (email, role). Staff have no access to the spreadsheet, and a
// Gmail add-on runs as the person using it, so the table is mirrored into script properties by
// any execution that can read the tab (the owner's scanner, a manager), and read from there by
// everyone else. Before an audit sheet exists nobody has roles: whoever opens the add-on first may
// only run set-up, as manager, which seeds the tab with them. Unknown users get nothing.
import { can, parseRole, type Permission, type Role } from '../core/policy/roles';
import { fnv1a } from '../core/text/hash';
import { auditEvent, detailOf } from '../sheet/events';
import { appendAudit, openAuditSpreadsheet } from './audit-sink';
import { readJson, readSettings, writeJson } from './properties';
import { activeUserEmail } from './session';

export const ROLES_SHEET = 'Roles';
export const ROLES_HEADER = ['email', 'role', 'note'] as const;
export const ROLES_PROPERTY = 'roles.table';
const CACHE_KEY = 'roles.v2';
const CACHE_SECONDS = 300;

export type RoleTable = Record<string, Role[]>;

/** Rows as getValues() gives them, header first; a row whose first cell starts with # is a comment. */
export function parseRoleRows(rows: unknown[][]): RoleTable {
  const table: RoleTable = {};
  for (const row of rows.slice(1)) {
    const email = String(row[0] ?? '')
      .trim()
      .toLowerCase();
    const role = parseRole(String(row[1] ?? ''));
    if (email.startsWith('#') || !/^[^@\s]+@[^@\s]+$/.test(email) || !role) continue;
    const roles = (table[email] ??= []);
    if (!roles.includes(role)) roles.push(role);
  }
  return table;
}

export function roleTableVersion(table: RoleTable): string {
  const canonical = Object.keys(table)
    .sort()
    .map((e) => `${e}:${[...table[e]!].sort().join('+')}`)
    .join(',');
  return `roles-${fnv1a(canonical).toString(16).padStart(8, '0')}`;
}

/** Mirrors the table into properties; a change is audited with the table's version (never the addresses). */
export function storeRoleTable(table: RoleTable): void {
  const stored = readJson<RoleTable>(ROLES_PROPERTY);
  const version = roleTableVersion(table);
  CacheService.getScriptCache().put(CACHE_KEY, JSON.stringify(table), CACHE_SECONDS);
  if (stored && roleTableVersion(stored) === version) return;
  writeJson(ROLES_PROPERTY, table);
  const actor = activeUserEmail() ?? 'system';
  appendAudit([
    auditEvent(
      { action: 'config-change', detail: detailOf({ roles: version, users: Object.keys(table).length }) },
      { actor, actorRole: roleLabel(table[actor] ?? []) },
    ),
  ]);
}

function readRoleTable(): RoleTable | null {
  const cache = CacheService.getScriptCache();
  const cached = cache.get(CACHE_KEY);
  if (cached) return JSON.parse(cached) as RoleTable;
  try {
    const sheet = openAuditSpreadsheet()?.getSheetByName(ROLES_SHEET);
    if (sheet) {
      const table = parseRoleRows(sheet.getDataRange().getValues());
      storeRoleTable(table);
      return table;
    }
  } catch {
    // No access to the spreadsheet (staff): the mirrored copy below answers.
  }
  const stored = readJson<RoleTable>(ROLES_PROPERTY);
  if (stored) cache.put(CACHE_KEY, JSON.stringify(stored), CACHE_SECONDS);
  return stored;
}

export function forgetRoles(): void {
  CacheService.getScriptCache().remove(CACHE_KEY);
}

export interface Actor {
  email: string | null;
  roles: Role[];
}

export function currentActor(): Actor {
  const email = activeUserEmail();
  if (!email) return { email: null, roles: [] };
  let table: RoleTable | null;
  try {
    table = readRoleTable();
  } catch {
    table = null;
  }
  if (table) return { email, roles: table[email] ?? [] };
  return { email, roles: readSettings().auditSpreadsheetId ? [] : ['manager'] };
}

export function roleLabel(roles: readonly Role[]): string {
  return roles.length ? [...roles].sort().join('+') : 'none';
}

export type Authorization =
  | { ok: true; email: string; roles: Role[]; actor: string; actorRole: string }
  | { ok: false; code: 'unknown_user' | 'forbidden'; email: string | null; roles: Role[] };

/** The check every callback makes first; `actor`/`actorRole` go straight into audit events. */
export function authorize(permission: Permission, actor: Actor = currentActor()): Authorization {
  if (!actor.email) return { ok: false, code: 'unknown_user', email: null, roles: [] };
  if (!can(actor.roles, permission))
    return { ok: false, code: 'forbidden', email: actor.email, roles: actor.roles };
  return {
    ok: true,
    email: actor.email,
    roles: actor.roles,
    actor: actor.email,
    actorRole: roleLabel(actor.roles),
  };
}

/** Only pharmacists clear an escalation. */
export function mayClearEscalation(): boolean {
  return authorize('clear-escalation').ok;
}

/** Only managers change settings and the Templates, Rules and Roles tabs. */
export function mayConfigure(): boolean {
  return authorize('configure').ok;
}

/** Actor fields for an audit event written by the current user (fails closed to `redacted`/`none`). */
export function actorFields(actor: Actor = currentActor()): { actor: string; actorRole: string } {
  return { actor: actor.email ?? 'redacted', actorRole: roleLabel(actor.roles) };
}

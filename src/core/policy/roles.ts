// Who may do what. Checked in every callback against the active user; an unknown user may do
// nothing (fail closed), because Session can return an empty address.
export const ROLES = ['staff', 'pharmacist', 'manager'] as const;
export type Role = (typeof ROLES)[number];

export type Permission =
  'view' | 'draft' | 'escalate' | 'handle' | 'correct' | 'clear-escalation' | 'configure' | 'verify-audit';

const GRANTS: Record<Role, readonly Permission[]> = {
  staff: ['view', 'draft', 'escalate', 'handle', 'correct'],
  pharmacist: ['view', 'draft', 'escalate', 'handle', 'correct', 'clear-escalation'],
  manager: ['view', 'draft', 'escalate', 'handle', 'correct', 'configure', 'verify-audit'],
};

export function can(roles: readonly Role[], permission: Permission): boolean {
  return roles.some((r) => GRANTS[r].includes(permission));
}

export function parseRole(value: string): Role | null {
  const v = value.trim().toLowerCase();
  return (ROLES as readonly string[]).includes(v) ? (v as Role) : null;
}

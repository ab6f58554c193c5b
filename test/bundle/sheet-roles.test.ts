import { describe, expect, it } from 'vitest';
import {
  auditRows,
  MANAGER,
  newEnv,
  OWNER,
  PHARMACIST,
  runEntry,
  runHelper,
  STAFF,
  tabOf,
} from './audit-harness';

type Fn = (...args: unknown[]) => unknown;
const actor = (env: ReturnType<typeof newEnv>, user: string) =>
  runHelper(env, (h) => h.currentActor!(), { user });
const allowed = (env: ReturnType<typeof newEnv>, user: string, permission: string) =>
  runHelper(env, (h: Record<string, Fn>) => (h.authorize!(permission) as { ok: boolean }).ok, { user });

async function staffed() {
  const env = newEnv();
  runEntry(env, 'setupAuditSpreadsheet');
  const roles = tabOf(env, 'Roles');
  [
    [STAFF, 'staff'],
    [PHARMACIST, 'pharmacist'],
    [MANAGER, 'Manager'],
    ['# former@pharmacy.example', 'manager'],
    ['not an address', 'manager'],
    ['typo@pharmacy.example', 'boss'],
  ].forEach(([email, role], i) => {
    roles.write(3 + i, 1, email);
    roles.write(3 + i, 2, role);
  });
  env.clock.advance(301_000);
  await actor(env, OWNER); // an execution that can read the tab mirrors it for those who cannot
  return env;
}

describe('roles (helpers bundle)', () => {
  it('reads the Roles tab, ignoring comments and bad rows, and mirrors it for users without access', async () => {
    const env = await staffed();
    expect(await actor(env, STAFF)).toEqual({ email: STAFF, roles: ['staff'] });
    expect(await actor(env, MANAGER)).toEqual({ email: MANAGER, roles: ['manager'] });
    expect(await actor(env, 'former@pharmacy.example')).toEqual({
      email: 'former@pharmacy.example',
      roles: [],
    });
    expect(await actor(env, 'typo@pharmacy.example')).toEqual({ email: 'typo@pharmacy.example', roles: [] });
  });

  it('lets only pharmacists clear an escalation and only managers configure', async () => {
    const env = await staffed();
    expect(await allowed(env, PHARMACIST, 'clear-escalation')).toBe(true);
    expect(await allowed(env, STAFF, 'clear-escalation')).toBe(false);
    expect(await allowed(env, MANAGER, 'clear-escalation')).toBe(false);
    expect(await allowed(env, MANAGER, 'configure')).toBe(true);
    expect(await allowed(env, PHARMACIST, 'configure')).toBe(false);
    expect(await allowed(env, STAFF, 'configure')).toBe(false);
    expect(await allowed(env, STAFF, 'correct')).toBe(true);
    expect(
      await runHelper(env, (h) => [h.mayClearEscalation!(), h.mayConfigure!()], { user: PHARMACIST }),
    ).toEqual([true, false]);
  });

  it('fails closed: no address, someone not in the tab, or no copy of the table at all', async () => {
    const env = await staffed();
    expect(await runHelper(env, (h) => h.authorize!('view'), { user: '' })).toMatchObject({
      ok: false,
      code: 'unknown_user',
    });
    expect(await runHelper(env, (h) => h.authorize!('view'), { user: 'stranger@example.org' })).toMatchObject(
      { ok: false, code: 'forbidden' },
    );
    env.properties.script.delete('roles.table');
    env.clock.advance(301_000);
    expect(await actor(env, STAFF)).toEqual({ email: STAFF, roles: [] });
  });

  it('before set-up, the first user may only set up (as manager)', async () => {
    const env = newEnv();
    expect(await actor(env, STAFF)).toEqual({ email: STAFF, roles: ['manager'] });
    expect(await runHelper(env, (h) => h.authorize!('clear-escalation'), { user: STAFF })).toMatchObject({
      ok: false,
      code: 'forbidden',
    });
  });

  it('audits a change of the table by its version, never by address', async () => {
    const env = await staffed();
    const changes = auditRows(tabOf(env, 'Audit')).filter(
      (r) => r.action === 'config-change' && r.detail.startsWith('roles='),
    );
    expect(changes).toHaveLength(2);
    expect(changes[1]!.detail).toMatch(/^roles=roles-[0-9a-f]{8};users=4$/);
    expect(changes.map((r) => Object.values(r).join(' ')).join(' ')).not.toContain(STAFF);
  });
});

import { createHash } from 'node:crypto';
import { GasObject, type Execution } from './execution';
import type { Faked } from './types';

export type UserApi = Faked<GoogleAppsScript.Base.User, 'getEmail'>;

export type SessionApi = Faked<
  GoogleAppsScript.Base.Session,
  | 'getActiveUser'
  | 'getEffectiveUser'
  | 'getScriptTimeZone'
  | 'getActiveUserLocale'
  | 'getTemporaryActiveUserKey'
>;

export class FakeUser implements UserApi {
  constructor(readonly email: string) {}

  getEmail(): string {
    return this.email;
  }

  toString(): string {
    return this.email;
  }
}

export function emailOfUser(user: string | UserApi): string {
  return typeof user === 'string' ? user : user.getEmail();
}

export class FakeSession extends GasObject implements SessionApi {
  constructor(
    exec: Execution,
    private readonly timeZone: string,
    private readonly scriptId: string,
  ) {
    super(exec, 'session', 'Session');
  }

  getActiveUser(): FakeUser {
    return this.io('getActiveUser', () => new FakeUser(this.exec.activeUser));
  }

  getEffectiveUser(): FakeUser {
    return this.io('getEffectiveUser', () => new FakeUser(this.exec.effectiveUser));
  }

  getScriptTimeZone(): string {
    return this.io('getScriptTimeZone', () => this.timeZone);
  }

  getActiveUserLocale(): string {
    return this.io('getActiveUserLocale', () => this.exec.locale);
  }

  getTemporaryActiveUserKey(): string {
    return this.io('getTemporaryActiveUserKey', () =>
      createHash('sha256')
        .update(`${this.scriptId}:${this.exec.activeUser}`)
        .digest('base64url')
        .slice(0, 40),
    );
  }
}

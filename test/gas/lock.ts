import { MESSAGES } from './errors';
import { GasObject, type Execution } from './execution';
import type { FakeClock } from './clock';
import type { Faked } from './types';

export type LockApi = Faked<GoogleAppsScript.Lock.Lock, 'tryLock' | 'waitLock' | 'releaseLock' | 'hasLock'>;
export type LockServiceApi = Faked<
  GoogleAppsScript.Lock.LockService,
  'getScriptLock' | 'getUserLock' | 'getDocumentLock'
>;

export class LockTable {
  private readonly holders = new Map<string, Execution>();
  private readonly scheduled = new Map<string, number>();
  private readonly hooked = new WeakSet<Execution>();

  constructor(private readonly clock: FakeClock) {}

  holder(scope: string): Execution | undefined {
    const holder = this.holders.get(scope);
    if (holder && (holder.ended || this.clock.now() >= this.releaseTime(scope, holder))) {
      this.holders.delete(scope);
      this.scheduled.delete(scope);
      return undefined;
    }
    return holder;
  }

  /** Simulates the holding execution finishing its critical section at `atMs`. */
  scheduleRelease(scope: string, atMs: number): void {
    this.scheduled.set(scope, atMs);
  }

  acquire(exec: Execution, scope: string, timeoutMs: number): boolean {
    const holder = this.holder(scope);
    if (holder && holder !== exec) {
      const waitUntil = this.clock.now() + Math.max(0, timeoutMs);
      const freeAt = this.releaseTime(scope, holder);
      if (freeAt > waitUntil) {
        this.clock.set(waitUntil);
        return false;
      }
      this.clock.set(Math.max(this.clock.now(), freeAt));
      this.holder(scope);
    }
    this.holders.set(scope, exec);
    if (!this.hooked.has(exec)) {
      this.hooked.add(exec);
      exec.onEnd(() => this.releaseAll(exec));
    }
    return true;
  }

  release(exec: Execution, scope: string): void {
    if (this.holders.get(scope) === exec) {
      this.holders.delete(scope);
      this.scheduled.delete(scope);
    }
  }

  releaseAll(exec: Execution): void {
    for (const [scope, holder] of [...this.holders]) if (holder === exec) this.release(exec, scope);
  }

  held(): Array<{ scope: string; execution: number }> {
    return [...this.holders.keys()]
      .map((scope) => ({ scope, holder: this.holder(scope) }))
      .filter((h): h is { scope: string; holder: Execution } => !!h.holder)
      .map((h) => ({ scope: h.scope, execution: h.holder.id }));
  }

  private releaseTime(scope: string, holder: Execution): number {
    // A killed execution gives up its locks: at the latest when it passes its time limit.
    return Math.min(this.scheduled.get(scope) ?? Infinity, holder.deadline + 1);
  }
}

export class FakeLock extends GasObject implements LockApi {
  constructor(
    exec: Execution,
    private readonly table: LockTable,
    readonly scope: string,
  ) {
    super(exec, 'lock', 'Lock');
  }

  tryLock(timeoutInMillis: number): boolean {
    return this.io('tryLock', () => this.table.acquire(this.exec, this.scope, timeoutInMillis));
  }

  waitLock(timeoutInMillis: number): void {
    this.io('waitLock', () => {
      if (!this.table.acquire(this.exec, this.scope, timeoutInMillis)) this.fail(MESSAGES.lockTimeout);
    });
  }

  releaseLock(): void {
    this.io('releaseLock', () => this.table.release(this.exec, this.scope));
  }

  hasLock(): boolean {
    return this.io('hasLock', () => this.table.holder(this.scope) === this.exec);
  }
}

export class FakeLockService extends GasObject implements LockServiceApi {
  constructor(
    exec: Execution,
    private readonly table: LockTable,
  ) {
    super(exec, 'lock', 'LockService');
  }

  getScriptLock(): FakeLock {
    return this.io('getScriptLock', () => new FakeLock(this.exec, this.table, 'script'));
  }

  getUserLock(): FakeLock {
    return this.io('getUserLock', () => new FakeLock(this.exec, this.table, `user:${this.exec.activeUser}`));
  }

  getDocumentLock(): FakeLock {
    return this.io('getDocumentLock', () => new FakeLock(this.exec, this.table, 'document'));
  }
}

import { describe, expect, it } from 'vitest';
import { createGasEnvironment } from './environment';
import { MESSAGES } from './errors';

describe('LockService contention between executions', () => {
  it('a second execution cannot take a script lock held by the first', () => {
    const env = createGasEnvironment();
    const second = env.newExecution({ user: 'other@pharmacy.example' });
    const lockA = env.globals.LockService.getScriptLock();
    const lockB = second.globals.LockService.getScriptLock();
    expect(lockA.tryLock(1000)).toBe(true);
    expect(lockA.hasLock()).toBe(true);
    const before = env.clock.now();
    expect(lockB.tryLock(5000)).toBe(false);
    expect(env.clock.now() - before).toBeGreaterThanOrEqual(5000);
    expect(() => lockB.waitLock(1000)).toThrow(MESSAGES.lockTimeout);
    expect(lockB.hasLock()).toBe(false);
    lockA.releaseLock();
    expect(lockB.tryLock(0)).toBe(true);
    expect(lockA.hasLock()).toBe(false);
    expect(env.globals.LockService.getScriptLock().tryLock(0)).toBe(false);
  });

  it('user locks are per user; a lock is freed when its execution ends', () => {
    const env = createGasEnvironment({ user: 'a@p.example' });
    const sameUser = env.newExecution({ user: 'a@p.example' });
    const otherUser = env.newExecution({ user: 'b@p.example' });
    expect(env.globals.LockService.getUserLock().tryLock(0)).toBe(true);
    expect(otherUser.globals.LockService.getUserLock().tryLock(0)).toBe(true);
    expect(sameUser.globals.LockService.getUserLock().tryLock(0)).toBe(false);
    env.end();
    expect(sameUser.globals.LockService.getUserLock().tryLock(0)).toBe(true);
  });

  it('a waiter gets the lock when the holder finishes within the timeout', () => {
    const env = createGasEnvironment();
    const second = env.newExecution();
    env.globals.LockService.getScriptLock().waitLock(100);
    env.locks.scheduleRelease('script', env.clock.now() + 3000);
    const start = env.clock.now();
    second.globals.LockService.getScriptLock().waitLock(10_000);
    expect(env.clock.now() - start).toBeGreaterThanOrEqual(3000);
    expect(env.locks.held()).toEqual([{ scope: 'script', execution: second.execution.id }]);
  });

  it('a lock held by an execution that exceeded its time limit is released', () => {
    const env = createGasEnvironment({ limitMs: 30_000 });
    env.globals.LockService.getScriptLock().waitLock(0);
    const second = env.newExecution({ limitMs: 360_000 });
    expect(second.globals.LockService.getScriptLock().tryLock(60_000)).toBe(true);
    expect(() => env.globals.LockService.getScriptLock()).toThrow(MESSAGES.executionTime);
  });
});

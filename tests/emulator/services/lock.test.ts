import { describe, expect, it } from 'vitest';
import { createLockService, LOCK_TIMEOUT_MESSAGE } from '../../../src/local/emulator/services/lock';
import { testContext, thrown } from './context';

const LOCK_SERVICE = 'https://developers.google.com/apps-script/reference/lock/lock-service';
const LOCK = 'https://developers.google.com/apps-script/reference/lock/lock';

function twoUsers() {
  const { ctx, setUser } = testContext({ user: 'camille@example.org' });
  const service = createLockService(ctx);
  const camille = service.startExecution('camille@example.org');
  const counsellor = service.startExecution('conseillere@example.org');
  return { ctx, setUser, service, camille, counsellor };
}

describe(`LockService (${LOCK_SERVICE}, ${LOCK})`, () => {
  it('getDocumentLock() returns null when the script is not bound to a document', () => {
    const { ctx } = testContext();
    const unbound = createLockService(ctx, null, { boundToDocument: false });
    expect(unbound.global.getDocumentLock()).toBeNull();
    expect(unbound.global.getScriptLock()).not.toBeNull();
    expect(createLockService(ctx).global.getDocumentLock()).not.toBeNull();
  });

  it('nothing is held until tryLock: getting the lock object takes nothing', () => {
    const { ctx } = testContext();
    const service = createLockService(ctx);
    const lock = service.global.getDocumentLock();
    expect(lock.hasLock()).toBe(false);
    expect(service.holders()).toEqual({});
    expect(lock.tryLock(0)).toBe(true);
    expect(lock.hasLock()).toBe(true);
    expect(service.holders().document?.execution).toBe(service.currentExecution());
  });

  it("two people: the second execution's tryLock fails while the first holds the document lock, then succeeds after releaseLock", () => {
    const { ctx, service, camille, counsellor } = twoUsers();
    service.switchExecution(camille);
    const held = service.global.getDocumentLock();
    expect(held.tryLock(10_000)).toBe(true);

    service.switchExecution(counsellor);
    const before = ctx.clock.now().getTime();
    const other = service.global.getDocumentLock();
    expect(other.tryLock(10_000)).toBe(false);
    expect(other.hasLock()).toBe(false);
    // The wait passed in emulated time, not in real time.
    expect(ctx.clock.now().getTime() - before).toBe(10_000);
    expect(service.holders().document?.user).toBe('camille@example.org');

    service.switchExecution(camille);
    held.releaseLock();
    expect(held.hasLock()).toBe(false);
    service.switchExecution(counsellor);
    expect(other.tryLock(0)).toBe(true);
    expect(service.holders().document?.user).toBe('conseillere@example.org');
  });

  it('locks are released when the execution that holds them ends', () => {
    const { service, camille, counsellor } = twoUsers();
    service.switchExecution(camille);
    service.global.getDocumentLock().waitLock(1000);
    service.global.getScriptLock().waitLock(1000);
    service.endExecution(camille); // the script terminated without releaseLock
    expect(service.holders()).toEqual({});
    expect(service.currentExecution()).toBe(counsellor);
    expect(service.global.getDocumentLock().tryLock(0)).toBe(true);
  });

  it(`waitLock throws "${LOCK_TIMEOUT_MESSAGE}" after its timeout`, () => {
    const { ctx, service, camille, counsellor } = twoUsers();
    service.switchExecution(camille);
    service.global.getScriptLock().waitLock(0);
    service.switchExecution(counsellor);
    const start = ctx.clock.now().getTime();
    const error = thrown(() => service.global.getScriptLock().waitLock(30_000));
    expect(error.name).toBe('Exception');
    expect(error.message).toBe(LOCK_TIMEOUT_MESSAGE);
    expect(ctx.clock.now().getTime() - start).toBe(30_000);
  });

  it('releaseLock has no effect when this execution did not acquire the lock', () => {
    const { service, camille, counsellor } = twoUsers();
    service.switchExecution(camille);
    service.global.getDocumentLock().tryLock(0);
    service.switchExecution(counsellor);
    service.global.getDocumentLock().releaseLock();
    expect(service.holders().document?.user).toBe('camille@example.org');
  });

  it('user locks are per user: two people do not contend for their user locks', () => {
    const { service, camille, counsellor } = twoUsers();
    service.switchExecution(camille);
    expect(service.global.getUserLock().tryLock(0)).toBe(true);
    service.switchExecution(counsellor);
    expect(service.global.getUserLock().tryLock(0)).toBe(true);
    expect(service.global.getScriptLock().tryLock(0)).toBe(true);
    service.switchExecution(camille);
    expect(service.global.getScriptLock().tryLock(0)).toBe(false);
  });

  it('counts calls as LockService.getDocumentLock and Lock.tryLock', () => {
    const { ctx } = testContext();
    const service = createLockService(ctx);
    const lock = service.global.getDocumentLock();
    lock.tryLock(100);
    lock.releaseLock();
    expect(ctx.calls.snapshot()).toEqual({
      'Lock.releaseLock': 1,
      'Lock.tryLock': 1,
      'LockService.getDocumentLock': 1,
    });
  });
});

/**
 * LockService (https://developers.google.com/apps-script/reference/lock/lock-service):
 * getDocumentLock() returns null when the script is not bound to a document; nothing is held
 * until tryLock/waitLock; a lock belongs to the execution that took it and is released when
 * that execution ends. Executions are explicit here (begin/switch/end) so a test can interleave
 * two people working in the same workbook, which is the normal case for this add-on.
 *
 * `tryLock(ms)` "attempts to acquire the lock, timing out after the provided number of
 * milliseconds" (https://developers.google.com/apps-script/reference/lock/lock#tryLock(Integer)):
 * it waits. Everything here runs in one thread, so the other execution's end is declared in
 * advance (`executions.endsAt(id, date)`): a wait that reaches it gets the lock at that time;
 * otherwise the whole timeout passes on the clock before the lock is refused, never sooner.
 */
import { counted } from './calls';
import type { EmulatedService, EmulatorContext } from './context';
import { fail } from './errors';

type Scope = 'document' | 'script' | `user:${string}`;

export interface Executions {
  /** Starts an execution (a menu click, a sidebar call, a trigger) and makes it current. */
  begin(): number;
  /** Makes another execution current (interleaving two people). */
  switchTo(id: number): void;
  /** Ends an execution: Apps Script releases the locks it still holds. */
  end(id?: number): void;
  current(): number;
  /** Which execution holds each lock (uncounted, for tests). */
  holders(): Record<string, number>;
  /** Declares when execution `id` will end (releasing its locks) should another wait for it. */
  endsAt(id: number, date: Date): void;
}

type GLock = GoogleAppsScript.Lock.Lock;

class EmuLock implements Pick<GLock, 'tryLock' | 'waitLock' | 'hasLock' | 'releaseLock'> {
  constructor(
    private readonly scope: Scope,
    private readonly held: Map<Scope, number>,
    private readonly executions: Executions,
    private readonly ctx: EmulatorContext,
    private readonly plannedEnds: Map<number, Date>,
  ) {}

  private acquire(timeoutInMillis: number): boolean {
    const me = this.executions.current();
    const holder = this.held.get(this.scope);
    if (holder === undefined || holder === me) {
      this.held.set(this.scope, me);
      return true;
    }
    const timeout = Math.max(0, timeoutInMillis);
    const ends = this.plannedEnds.get(holder);
    const wait =
      ends === undefined ? Number.POSITIVE_INFINITY : ends.getTime() - this.ctx.clock.now().getTime();
    if (wait <= timeout) {
      // The other execution finishes within the wait: its locks are released, this one gets it.
      this.ctx.clock.advanceMs(Math.max(0, wait));
      this.executions.end(holder);
      this.executions.switchTo(me);
      this.held.set(this.scope, me);
      return true;
    }
    // Held for longer than the wait: the whole timeout passes before the refusal.
    this.ctx.clock.advanceMs(timeout);
    return false;
  }

  tryLock(timeoutInMillis: number): boolean {
    return this.acquire(timeoutInMillis);
  }

  waitLock(timeoutInMillis: number): void {
    if (!this.acquire(timeoutInMillis))
      fail('Lock timeout: another process was holding the lock for too long.');
  }

  hasLock(): boolean {
    return this.held.get(this.scope) === this.executions.current();
  }

  releaseLock(): void {
    if (this.hasLock()) this.held.delete(this.scope);
  }
}

export function createLockService(
  ctx: EmulatorContext,
  options: { boundToDocument: boolean },
): EmulatedService<GoogleAppsScript.Lock.LockService, null> & { executions: Executions } {
  const held = new Map<Scope, number>();
  const plannedEnds = new Map<number, Date>();
  let next = 1;
  let current = 0;
  const executions: Executions = {
    begin() {
      current = next++;
      return current;
    },
    switchTo(id) {
      current = id;
    },
    end(id = current) {
      for (const [scope, holder] of held) if (holder === id) held.delete(scope);
      plannedEnds.delete(id);
      if (id === current) current = 0;
    },
    endsAt(id, date) {
      plannedEnds.set(id, date);
    },
    current: () => current,
    holders: () => Object.fromEntries(held),
  };
  const lock = (scope: Scope) =>
    counted(new EmuLock(scope, held, executions, ctx, plannedEnds), 'Lock', ctx.calls) as unknown as GLock;
  const typed = {
    getScriptLock: () => lock('script'),
    getUserLock: () => lock(`user:${ctx.activeUser()}`),
  } satisfies Partial<GoogleAppsScript.Lock.LockService>;
  const service = {
    ...typed,
    // @types says getDocumentLock() never returns null; the reference says it does outside a
    // bound document (https://developers.google.com/apps-script/reference/lock/lock-service#getDocumentLock()).
    getDocumentLock: () => (options.boundToDocument ? lock('document') : null),
  };
  return {
    global: counted(service, 'LockService', ctx.calls) as unknown as GoogleAppsScript.Lock.LockService,
    executions,
    toJSON: () => null,
  };
}

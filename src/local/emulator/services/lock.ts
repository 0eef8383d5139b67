/**
 * LockService: mutual exclusion between executions of the script.
 * https://developers.google.com/apps-script/reference/lock/lock-service
 * https://developers.google.com/apps-script/reference/lock/lock
 *
 * - getDocumentLock() returns null when the script is not bound to a document.
 * - A lock is held by an execution. Nothing is held until tryLock/waitLock succeeds; releaseLock
 *   lets others in; the locks an execution holds are released when it ends ("Locks are released
 *   automatically when the script terminates").
 * - The emulator is single-threaded: while one execution waits, the holder cannot progress, so
 *   a contended tryLock(ms) lets `ms` of emulated time pass and returns false, and a contended
 *   waitLock(ms) does the same then throws Google's timeout exception. No real time passes.
 *
 * Executions: there is always a current one (an implicit one at first). `startExecution(user)`
 * begins another and makes it current, `switchExecution(id)` resumes one, `endExecution()` ends
 * the current one (or the given one) and releases its locks. Within one execution the same
 * lock is re-entrant: a second Lock object of the same scope acquires it at once.
 */
import { counted } from '../calls';
import type { EmulatedService, EmulatorContext } from '../context';
import { fail } from '../errors';
import { asGas } from '../runtime';
import { type ServicesOptions, withDefaults } from './common';

type GLock = GoogleAppsScript.Lock.Lock;
type GLockService = GoogleAppsScript.Lock.LockService;

export type ExecutionId = number;
export type LockScope = 'document' | 'script' | `user:${string}`;

export interface ExecutionState {
  id: ExecutionId;
  /** Who runs it; absent: whoever is the active user (ctx.activeUser()) at the time. */
  user?: string;
  startedAt: string; // ISO
}

export interface HeldLock {
  execution: ExecutionId;
  user: string;
  since: string; // ISO
}

export interface LockState {
  nextExecution: number;
  current: ExecutionId;
  executions: ExecutionState[];
  held: Partial<Record<LockScope, HeldLock>>;
}

export const LOCK_TIMEOUT_MESSAGE = 'Lock timeout: another process was holding the lock for too long.';

class EmuLock implements Pick<GLock, 'tryLock' | 'waitLock' | 'hasLock' | 'releaseLock'> {
  /** The execution for which this Lock object acquired its scope, if it did. */
  private acquiredBy: ExecutionId | null = null;
  constructor(
    private readonly core: LockCore,
    private readonly scope: LockScope,
  ) {}
  tryLock(timeoutInMillis: number): boolean {
    const execution = this.core.data.current;
    if (this.core.acquire(this.scope, execution)) {
      this.acquiredBy = execution;
      return true;
    }
    // The holder cannot run while we wait: the whole timeout passes.
    if (timeoutInMillis > 0) this.core.ctx.clock.advanceMs(timeoutInMillis);
    return false;
  }
  waitLock(timeoutInMillis: number): void {
    if (!this.tryLock(timeoutInMillis)) fail(LOCK_TIMEOUT_MESSAGE);
  }
  hasLock(): boolean {
    return this.acquiredBy !== null && this.core.data.held[this.scope]?.execution === this.acquiredBy;
  }
  releaseLock(): void {
    // No effect when the lock was not acquired (by this execution).
    if (this.core.data.held[this.scope]?.execution === this.core.data.current) {
      delete this.core.data.held[this.scope];
    }
    this.acquiredBy = null;
  }
}

class LockCore {
  constructor(
    readonly ctx: EmulatorContext,
    readonly data: LockState,
  ) {}
  execution(id: ExecutionId): ExecutionState | undefined {
    return this.data.executions.find((e) => e.id === id);
  }
  currentUser(): string {
    return this.execution(this.data.current)?.user ?? this.ctx.activeUser();
  }
  acquire(scope: LockScope, execution: ExecutionId): boolean {
    const held = this.data.held[scope];
    if (held && held.execution !== execution) return false;
    if (!held) {
      this.data.held[scope] = {
        execution,
        user: this.currentUser(),
        since: this.ctx.clock.now().toISOString(),
      };
    }
    return true;
  }
  start(user?: string): ExecutionId {
    const id = this.data.nextExecution++;
    const startedAt = this.ctx.clock.now().toISOString();
    this.data.executions.push(user === undefined ? { id, startedAt } : { id, user, startedAt });
    this.data.current = id;
    return id;
  }
  end(id: ExecutionId): void {
    for (const [scope, held] of Object.entries(this.data.held)) {
      if (held?.execution === id) delete this.data.held[scope as LockScope];
    }
    this.data.executions = this.data.executions.filter((e) => e.id !== id);
    if (this.data.current === id) {
      const last = this.data.executions.at(-1);
      this.data.current = last ? last.id : this.start();
    }
  }
}

export interface LockHelpers {
  /** Begins an execution run by `user` (default: the active user) and makes it current. */
  startExecution(user?: string): ExecutionId;
  /** Ends an execution (default: the current one), releasing every lock it holds. */
  endExecution(id?: ExecutionId): void;
  /** Makes a running execution current again (to interleave two users' executions). */
  switchExecution(id: ExecutionId): void;
  currentExecution(): ExecutionId;
  /** Who holds each lock now. Uncounted. */
  holders(): Partial<Record<LockScope, HeldLock>>;
}

export function createLockService(
  ctx: EmulatorContext,
  state?: LockState | null,
  options?: ServicesOptions,
): EmulatedService<GLockService, LockState> & LockHelpers {
  const { boundToDocument } = withDefaults(options);
  const data: LockState = state
    ? structuredClone(state)
    : { nextExecution: 1, current: 0, executions: [], held: {} };
  const core = new LockCore(ctx, data);
  if (!core.execution(data.current)) core.start();

  const lock = (scope: LockScope): GLock =>
    asGas<GLock>(counted(new EmuLock(core, scope), 'Lock', ctx.calls));
  const service: Pick<GLockService, 'getDocumentLock' | 'getScriptLock' | 'getUserLock'> = {
    getDocumentLock: () => (boundToDocument ? lock('document') : (null as unknown as GLock)),
    getScriptLock: () => lock('script'),
    getUserLock: () => lock(`user:${core.currentUser()}`),
  };

  return {
    global: asGas<GLockService>(counted(service, 'LockService', ctx.calls)),
    toJSON: () => structuredClone(data),
    startExecution: (user) => core.start(user),
    endExecution: (id = data.current) => core.end(id),
    switchExecution: (id) => {
      if (!core.execution(id)) throw new Error(`No running execution ${id}`);
      data.current = id;
    },
    currentExecution: () => data.current,
    holders: () => structuredClone(data.held),
  };
}

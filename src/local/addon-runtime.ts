/**
 * Runs the built add-on (dist/Code.js) the way Apps Script does: every execution — a menu
 * click, a trigger, a google.script.run call — evaluates the whole file in a fresh global
 * scope holding only the Apps Script services, then calls one top-level function by name.
 * Nothing kept in a global survives from one execution to the next, as in production.
 */
import vm from 'node:vm';
import { authModeGuard } from './emulator/auth-mode';
import type { CallLog } from './emulator/calls';
import { transfer } from './transport';

/**
 * The modes Google runs a function in (src/local/emulator/auth-mode.ts): NONE and LIMITED for
 * simple triggers (onOpen, onEdit), FULL for menu items, google.script.run, installable
 * triggers and onInstall
 * (https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle#authorization_modes).
 */
export type AuthMode = 'NONE' | 'LIMITED' | 'FULL';

export interface RuntimeHost {
  /** The Apps Script globals (SpreadsheetApp, HtmlService, …) for one execution. */
  readonly globals: object;
  /** The emulator's call log: guarded per mode when the host has no `withAuthMode`. */
  readonly calls: CallLog;
  /** Runs one execution in a mode (the emulator: refusals, blank e-mail, add-on enabled). */
  withAuthMode?<T>(mode: AuthMode, fn: () => T): T;
  /** The emulator's clock: `new Date()` and `Date.now()` in the script follow it. */
  readonly clock?: { now(): Date };
  /** Called around each execution (locks held by an execution are released when it ends). */
  beginExecution?(): void;
  endExecution?(): void;
}

export class AddonRuntime {
  private readonly script: vm.Script;
  /** Executions started so far (each one evaluates Code.js again, as production does). */
  executions = 0;

  constructor(
    private readonly host: RuntimeHost,
    code: string,
  ) {
    this.script = new vm.Script(code, { filename: 'Code.js' });
  }

  /** Evaluates Code.js in a fresh context and returns that context (for inspection in tests). */
  evaluate(): vm.Context {
    const clock = this.host.clock;
    const context = vm.createContext({
      ...this.host.globals,
      ...(clock ? { Date: clockedDate(clock) } : {}),
    });
    this.script.runInContext(context);
    return context;
  }

  /** Runs one public function as an execution of its own (menu item, trigger, editor run). */
  run(functionName: string, ...args: unknown[]): unknown {
    return this.runAs('FULL', functionName, ...args);
  }

  /**
   * Runs one function in an authorisation mode: in NONE any call beyond the menu throws, in
   * LIMITED any call beyond the document and the services needing no authorization throws.
   */
  runAs(authMode: AuthMode, functionName: string, ...args: unknown[]): unknown {
    this.executions++;
    this.host.beginExecution?.();
    const call = () => {
      const context = this.evaluate();
      const fn: unknown = context[functionName];
      if (typeof fn !== 'function') {
        throw new Error(`Script function not found: ${functionName}`);
      }
      return (fn as (...a: unknown[]) => unknown)(...args);
    };
    try {
      if (this.host.withAuthMode) return this.host.withAuthMode(authMode, call);
      this.host.calls.setGuard(authMode === 'FULL' ? null : authModeGuard(authMode));
      try {
        return call();
      } finally {
        this.host.calls.setGuard(null);
      }
    } finally {
      this.host.endExecution?.();
    }
  }

  /**
   * Runs a simple trigger as Sheets does, in the mode its event carries (`e.authMode`):
   * onOpen(e) and onEdit(e) in NONE or LIMITED.
   */
  runTrigger(functionName: 'onOpen' | 'onEdit', event: { authMode: string }): unknown {
    const mode = event.authMode === 'NONE' || event.authMode === 'LIMITED' ? event.authMode : 'FULL';
    return this.runAs(mode, functionName, event);
  }

  /** Runs a function as google.script.run does: arguments and result are copied under its rules. */
  runFromSidebar(functionName: string, args: readonly unknown[]): unknown {
    const sent = args.map((arg) => transfer(arg));
    return transfer(this.run(functionName, ...sent));
  }
}

/**
 * The host's Date, read through the emulator's clock. Two reasons: the preview's date control
 * and the tests' clock must move the script's « now » as they move TODAY() in formulas; and a
 * fresh vm context has its own Date, so a Date written by the script failed the emulator's
 * `instanceof Date` (it was stored as text) and a Date read from a sheet failed the script's.
 * A proxy keeps `Date.prototype`, so `instanceof Date` holds on both sides.
 */
function clockedDate(clock: { now(): Date }): DateConstructor {
  return new Proxy(Date, {
    construct: (target, args: unknown[]) =>
      args.length === 0 ? new target(clock.now().getTime()) : Reflect.construct(target, args),
    apply: () => clock.now().toString(),
    get: (target, prop, receiver) =>
      prop === 'now' ? () => clock.now().getTime() : Reflect.get(target, prop, receiver),
  });
}

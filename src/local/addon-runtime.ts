/**
 * Runs the built add-on (dist/Code.js) the way Apps Script does: every execution — a menu
 * click, a trigger, a google.script.run call — evaluates the whole file in a fresh global
 * scope holding only the Apps Script services, then calls one top-level function by name.
 * Nothing kept in a global survives from one execution to the next, as in production.
 */
import vm from 'node:vm';
import type { CallLog } from './emulator/calls';
import { transfer } from './transport';

/**
 * What an add-on may call in AuthMode.NONE, i.e. from onOpen before the person has used it in
 * this workbook: build its menu, nothing else ("add menu items", no access to user data —
 * https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle#authorization_modes).
 */
const ALLOWED_IN_NONE = new Set([
  'SpreadsheetApp.getUi',
  'Ui.createAddonMenu',
  'Ui.createMenu',
  'Menu.addItem',
  'Menu.addSeparator',
  'Menu.addSubMenu',
  'Menu.addToUi',
]);

export type AuthMode = 'NONE' | 'LIMITED' | 'FULL';

export interface RuntimeHost {
  /** The Apps Script globals (SpreadsheetApp, HtmlService, …) for one execution. */
  readonly globals: object;
  /** The emulator's call log: the runtime guards it in AuthMode.NONE. */
  readonly calls: CallLog;
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

  /** Runs one function in an authorisation mode; in NONE any call beyond the menu throws. */
  runAs(authMode: AuthMode, functionName: string, ...args: unknown[]): unknown {
    this.executions++;
    this.host.beginExecution?.();
    if (authMode === 'NONE') {
      this.host.calls.setGuard((name) => {
        if (!ALLOWED_IN_NONE.has(name)) {
          throw new Error(`Exception: You do not have permission to call ${name}. (AuthMode.NONE)`);
        }
      });
    }
    try {
      const context = this.evaluate();
      const fn: unknown = context[functionName];
      if (typeof fn !== 'function') {
        throw new Error(`Script function not found: ${functionName}`);
      }
      return (fn as (...a: unknown[]) => unknown)(...args);
    } finally {
      this.host.calls.setGuard(null);
      this.host.endExecution?.();
    }
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

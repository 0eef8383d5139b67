/**
 * Runs the built add-on (dist/Code.js) the way Apps Script does: every execution — a menu
 * click, a trigger, a google.script.run call — evaluates the whole file in a fresh global
 * scope holding only the Apps Script services, then calls one top-level function by name.
 * Nothing kept in a global survives from one execution to the next, as in production.
 */
import vm from 'node:vm';
import { transfer } from './transport';

export interface RuntimeHost {
  /** The Apps Script globals (SpreadsheetApp, HtmlService, …) for one execution. */
  readonly globals: Record<string, unknown>;
  /** Called around each execution (locks held by an execution are released when it ends). */
  beginExecution?(): void;
  endExecution?(): void;
}

export class AddonRuntime {
  private readonly script: vm.Script;

  constructor(
    private readonly host: RuntimeHost,
    code: string,
  ) {
    this.script = new vm.Script(code, { filename: 'Code.js' });
  }

  /** Evaluates Code.js in a fresh context and returns that context (for inspection in tests). */
  evaluate(): vm.Context {
    const context = vm.createContext({ ...this.host.globals });
    this.script.runInContext(context);
    return context;
  }

  /** Runs one public function as an execution of its own (menu item, trigger, editor run). */
  run(functionName: string, ...args: unknown[]): unknown {
    this.host.beginExecution?.();
    try {
      const context = this.evaluate();
      const fn: unknown = context[functionName];
      if (typeof fn !== 'function') {
        throw new Error(`Script function not found: ${functionName}`);
      }
      return (fn as (...a: unknown[]) => unknown)(...args);
    } finally {
      this.host.endExecution?.();
    }
  }

  /** Runs a function as google.script.run does: arguments and result are copied under its rules. */
  runFromSidebar(functionName: string, args: readonly unknown[]): unknown {
    const sent = args.map((arg) => transfer(arg));
    return transfer(this.run(functionName, ...sent));
  }
}

/**
 * Counts every Apps Script service call the code under test makes, by `Type.method`.
 *
 * In production each call is a round trip of tens of milliseconds, so the number of calls an
 * operation makes is part of its contract; benchmarks and budget tests read these counts.
 * Only the outermost call is counted: an emulated method that calls another one internally
 * is still one call for the script.
 */
export class CallLog {
  private readonly counts = new Map<string, number>();
  private depth = 0;
  private guard: ((name: string) => void) | null = null;
  private readonly checks: ((name: string) => void)[] = [];

  /**
   * Adds a check run before every call for the log's whole life (the emulator's OAuth scope
   * check); it throws to refuse the call. Returns its removal.
   */
  addCheck(check: (name: string) => void): () => void {
    this.checks.push(check);
    return () => {
      const index = this.checks.indexOf(check);
      if (index >= 0) this.checks.splice(index, 1);
    };
  }

  /**
   * Checks every call the script makes before it runs; the guard throws to refuse it (the
   * runtime uses this for AuthMode.NONE, where an add-on may only build its menu).
   */
  setGuard(guard: ((name: string) => void) | null): void {
    this.guard = guard;
  }

  record(name: string): void {
    for (const check of this.checks) check(name);
    this.guard?.(name);
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
  }

  /** Number of calls to one method (`'Range.getValues'`), or to all of them. */
  count(name?: string): number {
    if (name !== undefined) return this.counts.get(name) ?? 0;
    let total = 0;
    for (const n of this.counts.values()) total += n;
    return total;
  }

  snapshot(): Record<string, number> {
    return Object.fromEntries([...this.counts.entries()].sort(([a], [b]) => a.localeCompare(b)));
  }

  reset(): void {
    this.counts.clear();
  }

  /** Runs `fn` as one counted call named `name` (nested calls are not counted). */
  call<T>(name: string, fn: () => T): T {
    if (this.depth === 0) this.record(name);
    this.depth++;
    try {
      return fn();
    } finally {
      this.depth--;
    }
  }

  /** Runs `fn` without counting anything: for the emulator's own reads (preview, assertions). */
  quietly<T>(fn: () => T): T {
    this.depth++;
    try {
      return fn();
    } finally {
      this.depth--;
    }
  }
}

/**
 * Wraps an emulated service object so that each call of one of its methods is counted as
 * `typeName.method`. Methods that return `this` keep returning the counted proxy, so chains
 * (`range.setValues(v).setBackground(c)`) count every link.
 */
export function counted<T extends object>(target: T, typeName: string, log: CallLog): T {
  const wrapped = new Map<PropertyKey, unknown>();
  return new Proxy(target, {
    get(obj, prop, receiver) {
      const value: unknown = Reflect.get(obj, prop, receiver);
      if (
        typeof value !== 'function' ||
        typeof prop !== 'string' ||
        prop === 'constructor' ||
        prop.startsWith('_')
      ) {
        return value;
      }
      let fn = wrapped.get(prop);
      if (fn === undefined) {
        const method = value as (...args: unknown[]) => unknown;
        fn = function (this: unknown, ...args: unknown[]) {
          return log.call(`${typeName}.${prop}`, () => method.apply(this, args));
        };
        wrapped.set(prop, fn);
      }
      return fn;
    },
  });
}

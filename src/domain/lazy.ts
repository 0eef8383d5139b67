/**
 * Apps Script evaluates the whole Code.js on every execution (each click, each edit): a zod
 * schema built at load time is built again every time, whether the execution validates anything
 * or not, and building them all was most of the cost of evaluating the bundle. `lazy` defers
 * building a value until its first use: it returns a stand-in that builds the value (once) the
 * first time anything reads a property of it, then forwards every read to it. A schema wrapped
 * in it is used exactly as the schema itself (z.safeParse, z.extend, z.partial, inside another
 * schema), with its own type.
 */
export function lazy<T extends object>(build: () => T): T {
  let value: T | undefined;
  const real = (): T => {
    value ??= build();
    return value;
  };
  return new Proxy({} as T, {
    get: (_target, property) => {
      const target = real();
      const found: unknown = Reflect.get(target, property, target);
      return found;
    },
    has: (_target, property) => Reflect.has(real(), property),
    set: (_target, property, newValue) => Reflect.set(real(), property, newValue),
    getPrototypeOf: () => Reflect.getPrototypeOf(real()),
  });
}

/**
 * What google.script.run does to values crossing between the sidebar and the server
 * (https://developers.google.com/apps-script/guides/html/reference/run#myFunction(...)):
 * primitives, plain objects and arrays are copied; "requests fail if you attempt to pass a
 * Date, Function, DOM element besides a form, or other prohibited type, including prohibited
 * types inside objects or arrays"; circular references fail; undefined fields within arrays
 * become null. Return values are under the same restrictions.
 */
export class TransportError extends Error {
  override name = 'TransportError';
}

export function transfer(value: unknown, seen: Set<object> = new Set()): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return value;
  if (value === undefined) return undefined;
  if (typeof value !== 'object')
    throw new TransportError(`Type interdit pour google.script.run : ${typeof value}`);
  if (value instanceof Date || Object.prototype.toString.call(value) === '[object Date]') {
    throw new TransportError('Type interdit pour google.script.run : Date (passer une chaîne ISO)');
  }
  if (seen.has(value)) throw new TransportError('Référence circulaire interdite pour google.script.run');
  seen.add(value);
  try {
    if (Array.isArray(value)) return value.map((item) => (item === undefined ? null : transfer(item, seen)));
    const proto = Object.getPrototypeOf(value);
    if (proto !== null && Object.getPrototypeOf(proto) !== null) {
      throw new TransportError(
        `Type interdit pour google.script.run : ${proto.constructor?.name ?? 'objet'}`,
      );
    }
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      if (item !== undefined) copy[key] = transfer(item, seen);
    }
    return copy;
  } finally {
    seen.delete(value);
  }
}

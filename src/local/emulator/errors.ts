/**
 * Apps Script reports service errors as `Exception: <message>`: `e.name` is `Exception` and
 * `e.message` is the bare sentence. Tests match the message; `String(e)` matches the console.
 */
export class AppsScriptException extends Error {
  override readonly name = 'Exception';
}

export function fail(message: string): never {
  throw new AppsScriptException(message);
}

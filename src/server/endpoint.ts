import type * as z from 'zod/mini';
import { failure, type Result, success } from '../shared/result';
import { UserError, validate } from '../shared/validation';
import { withPropertiesSnapshot } from './document-properties';

/**
 * Makes a sidebar-callable function: the payload is validated with the schema `schema()`
 * builds (on the function's first call only: Apps Script evaluates Code.js on every execution,
 * and a schema built at load time is paid by every execution, each onEdit included), whatever the
 * sidebar sent, a person's mistake (invalid payload or UserError) becomes a French `Failure`,
 * and anything else is thrown so that it reaches the failure handler and the logs.
 */
export function endpoint<S extends z.ZodMiniType, T>(
  schema: () => S,
  handler: (input: z.output<S>) => T,
): (payload: z.input<S>) => Result<T> {
  let built: S | undefined;
  return (payload) => {
    built ??= schema();
    const checked = validate(built, payload);
    if (!checked.ok) return checked;
    try {
      return success(withPropertiesSnapshot(() => handler(checked.value)));
    } catch (error) {
      if (error instanceof UserError) {
        return failure(error.message, error.field === undefined ? {} : { [error.field]: error.message });
      }
      throw error;
    }
  };
}

import { fr } from 'zod/locales';
import * as z from 'zod/mini';
import { type Failure, failure } from './result';

/** A mistake a person can fix, in French, optionally tied to one field of the form. */
export class UserError extends Error {
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'UserError';
  }
}

let french = false;

/**
 * zod's own messages (for checks without a message of ours) in French rather than English; set
 * at the first validation, not when Code.js is evaluated (every execution pays that).
 */
function inFrench(): void {
  if (french) return;
  z.config(fr());
  french = true;
}

/** z.safeParse, with zod's own messages in French. */
export function safeParseInFrench<S extends z.ZodMiniType>(
  schema: S,
  value: unknown,
): z.core.util.SafeParseResult<z.output<S>> {
  inFrench();
  return z.safeParse(schema, value);
}

const GENERIC = 'Certaines informations sont à corriger.';

/** Turns zod's issues into one French sentence and one message per field (first issue wins). */
export function describeIssues(issues: readonly z.core.$ZodIssue[]): Failure {
  const fields: Record<string, string> = {};
  for (const issue of issues) {
    const path = issue.path.map(String).join('.');
    if (!(path in fields)) fields[path] = issue.message;
  }
  const messages = Object.values(fields);
  const message = messages.length === 1 && '' in fields ? (messages[0] ?? GENERIC) : GENERIC;
  return failure(message, fields);
}

/** Validates `payload` against `schema`: the parsed value, or a French failure. */
export function validate<S extends z.ZodMiniType>(
  schema: S,
  payload: unknown,
): { ok: true; value: z.output<S> } | Failure {
  const parsed = safeParseInFrench(schema, payload);
  return parsed.success ? { ok: true, value: parsed.data } : describeIssues(parsed.error.issues);
}
